package no.meldeport.gateway.rest.fhir;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import no.meldeport.gateway.ingress.AuthenticateProcessor;
import no.meldeport.gateway.ingress.ErrorCodes;
import no.meldeport.gateway.ingress.FhirResponses;
import no.meldeport.gateway.ingress.IngressErrorHandling;
import no.meldeport.gateway.ingress.IngressPaths;
import no.meldeport.gateway.ingress.PublicAddress;
import no.meldeport.gateway.receipt.FhirReceipts;
import no.meldeport.gateway.receipt.Receipts;
import no.meldeport.gateway.rest.ApiPaths;
import no.meldeport.gateway.rest.catalog.ReportTypeDefinition;
import no.meldeport.gateway.security.AuthenticatedClient;
import no.meldeport.gateway.store.SubmissionStore;
import no.meldeport.gateway.store.SubmissionView;
import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.PersonIdentifier;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * The FHIR read endpoints: {@code GET /fhir/metadata} (public), and for the caller's own submissions
 * {@code GET /fhir/Task?focus=…}, {@code GET /fhir/Task/{id}} and {@code GET /fhir/DocumentReference/{id}} (the
 * receipt), plus {@code GET /fhir/MessageDefinition}. Responses are FHIR JSON, and another client's resource is treated
 * like a missing one.
 */
public final class FhirReadRoutes extends RouteBuilder {

    private static final String FOCUS_PREFIX = "Bundle/";

    private final SubmissionStore store;
    private final FhirResponses responses;
    private final PublicAddress publicAddress;
    private final List<ReportTypeDefinition> definitions;
    private final Date published;

    public FhirReadRoutes(SubmissionStore store, FhirResponses responses, PublicAddress publicAddress,
            List<ReportTypeDefinition> definitions, Date published) {
        this.store = store;
        this.responses = responses;
        this.publicAddress = publicAddress;
        this.definitions = List.copyOf(definitions);
        this.published = published;
    }

    @Override
    public void configure() {
        from(IngressPaths.endpoint(ApiPaths.FHIR_METADATA, "GET"))
                .routeId("fhir-metadata")
                .routeConfigurationId(IngressErrorHandling.CONFIGURATION_ID)
                .process(exchange -> respond(exchange.getMessage(), 200,
                        FhirMetadata.capabilityStatement(publicAddress.baseUrl(), definitions, published)));
        from(IngressPaths.endpoint(ApiPaths.FHIR_MESSAGE_DEFINITIONS, "GET"))
                .routeId("fhir-message-definitions")
                .routeConfigurationId(IngressErrorHandling.CONFIGURATION_ID)
                .process("#" + AuthenticateProcessor.BEAN)
                .process(exchange -> respond(exchange.getMessage(), 200,
                        FhirMetadata.messageDefinitions(definitions, published)));
        from(IngressPaths.endpoint(ApiPaths.FHIR_TASK_SEARCH, "GET"))
                .routeId("fhir-task-search")
                .routeConfigurationId(IngressErrorHandling.CONFIGURATION_ID)
                .process("#" + AuthenticateProcessor.BEAN)
                .process(this::searchTasks);
        from(IngressPaths.endpoint(ApiPaths.FHIR_TASK, "GET"))
                .routeId("fhir-task-read")
                .routeConfigurationId(IngressErrorHandling.CONFIGURATION_ID)
                .process("#" + AuthenticateProcessor.BEAN)
                .process(this::readTask);
        from(IngressPaths.endpoint(ApiPaths.FHIR_DOCUMENT_REFERENCE, "GET"))
                .routeId("fhir-receipt-read")
                .routeConfigurationId(IngressErrorHandling.CONFIGURATION_ID)
                .process("#" + AuthenticateProcessor.BEAN)
                .process(this::readReceipt);
    }

    private void searchTasks(Exchange exchange) {
        Message message = exchange.getMessage();
        String focus = message.getHeader("focus", String.class);
        if (focus == null || focus.isBlank()) {
            outcome(message, 400, OperationOutcome.IssueType.REQUIRED, ErrorCodes.INVALID_QUERY_PARAMETER,
                    "The search parameter focus is required: Bundle/<submission id>, or the submission id alone.");
            return;
        }
        String submissionId = focus.startsWith(FOCUS_PREFIX) ? focus.substring(FOCUS_PREFIX.length()) : focus;
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.SEARCHSET);
        own(exchange, submissionId).ifPresent(submission -> submission.deliveries().forEach(delivery ->
                bundle.addEntry()
                        .setFullUrl(publicAddress.baseUrl() + "/fhir/Task/" + delivery.id())
                        .setResource(FhirResponses.deliveryTask(submission, delivery))
                        .getSearch().setMode(Bundle.SearchEntryMode.MATCH)));
        bundle.setTotal(bundle.getEntry().size());
        respond(message, 200, bundle);
    }

    private void readTask(Exchange exchange) {
        Message message = exchange.getMessage();
        String deliveryId = message.getHeader("id", String.class);
        Optional<SubmissionView> submission = store.submissionIdOfDelivery(deliveryId)
                .flatMap(submissionId -> own(exchange, submissionId));
        Optional<SubmissionView.DeliveryView> delivery = submission.flatMap(found -> found.deliveries().stream()
                .filter(candidate -> candidate.id().equals(deliveryId))
                .findFirst());
        if (delivery.isEmpty()) {
            notFound(message, "No delivery Task of this client has the id " + deliveryId + ".");
            return;
        }
        respond(message, 200, FhirResponses.deliveryTask(submission.get(), delivery.get()));
    }

    private void readReceipt(Exchange exchange) {
        Message message = exchange.getMessage();
        String submissionId = message.getHeader("id", String.class);
        Optional<SubmissionView> submission = own(exchange, submissionId);
        if (submission.isEmpty()) {
            notFound(message, "No receipt of this client has the id " + submissionId + ".");
            return;
        }
        java.util.Map<String, DeliveryEnvelope> envelopes = store.envelopes(submissionId);
        PersonIdentifier patient = envelopes.values().stream()
                .findFirst()
                .map(envelope -> envelope.context().patient().identifier())
                .orElse(null);
        respond(message, 200, FhirReceipts.documentReference(Receipts.of(submission.get(), envelopes), patient,
                FhirResponses.SUBMISSION_ID_SYSTEM));
    }

    /** Returns the caller's own submission with this id; anything else, malformed ids included, is empty. */
    private Optional<SubmissionView> own(Exchange exchange, String submissionId) {
        AuthenticatedClient client = AuthenticateProcessor.client(exchange);
        if (submissionId == null || submissionId.length() > 64) {
            return Optional.empty();
        }
        return store.find(submissionId).filter(found -> found.clientId().equals(client.clientId()));
    }

    private void notFound(Message message, String text) {
        outcome(message, 404, OperationOutcome.IssueType.NOTFOUND, ErrorCodes.NOT_FOUND, text);
    }

    private void outcome(Message message, int status, OperationOutcome.IssueType type, String code, String text) {
        respond(message, status, FhirResponses.outcome(OperationOutcome.IssueSeverity.ERROR, type, code, text));
    }

    private void respond(Message message, int status, IBaseResource resource) {
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, IngressPaths.FHIR_JSON);
        message.setBody(responses.encode(resource, false));
    }
}
