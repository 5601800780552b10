package no.meldeport.gateway.ingress;

import java.util.List;
import java.util.UUID;
import no.meldeport.gateway.fhir.FhirIssueLocator;
import no.meldeport.gateway.fhir.FhirReading;
import no.meldeport.gateway.fhir.FhirSubmissionReader;
import no.meldeport.gateway.fhir.OperationOutcomes;
import no.meldeport.gateway.security.AuthenticatedClient;
import no.meldeport.gateway.store.AcceptResult;
import no.meldeport.gateway.store.SubmissionView;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.IssueSeverity;
import no.meldeport.gateway.submission.MessageLanguage;
import no.meldeport.gateway.submission.ParsedSubmission;
import no.meldeport.gateway.submission.SubmissionIssue;
import no.meldeport.gateway.validation.IssueLocator;
import no.meldeport.gateway.validation.SubmissionCheck;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;

/**
 * The FHIR face of submissions. {@code POST /fhir/$process-message}: authenticate, read the message Bundle, check its
 * content (report-type validation and planning, every issue in one response), check scopes, store, and respond 202 with
 * the response message and a {@code Location} of the status, or 200 with the first response for a repeat.
 * {@code POST /fhir/$validate}: the same up to the scope check, storing and delivering nothing, and responding 200 with
 * an OperationOutcome of the warnings, or of one information issue when there are none. Invalid input gets the same
 * 4xx response from both, through the {@link ErrorResponder}.
 */
public final class FhirIngressRoutes extends RouteBuilder {

    public static final String PROCESS_MESSAGE_ROUTE_ID = "fhir-process-message";
    public static final String VALIDATE_ROUTE_ID = "fhir-validate";

    private final FhirSubmissionReader reader;
    private final SubmissionCheck check;
    private final SubmissionIntake intake;
    private final FhirResponses responses;
    private final PublicAddress publicAddress;

    public FhirIngressRoutes(FhirSubmissionReader reader, SubmissionCheck check, SubmissionIntake intake,
            FhirResponses responses, PublicAddress publicAddress) {
        this.reader = reader;
        this.check = check;
        this.intake = intake;
        this.responses = responses;
        this.publicAddress = publicAddress;
    }

    @Override
    public void configure() {
        from(IngressPaths.endpoint(IngressPaths.PROCESS_MESSAGE, "POST"))
                .routeId(PROCESS_MESSAGE_ROUTE_ID)
                .routeConfigurationId(IngressErrorHandling.CONFIGURATION_ID)
                .process("#" + AuthenticateProcessor.BEAN)
                .process(this::processMessage);

        from(IngressPaths.endpoint(IngressPaths.VALIDATE, "POST"))
                .routeId(VALIDATE_ROUTE_ID)
                .routeConfigurationId(IngressErrorHandling.CONFIGURATION_ID)
                .process("#" + AuthenticateProcessor.BEAN)
                .process(this::validate);
    }

    /** A read and checked submission with the warnings its checks found. */
    private record Checked(ParsedSubmission submission, List<SubmissionIssue> warnings) {
    }

    private Checked readAndCheck(Message message, AuthenticatedClient client, byte[] body) {
        FhirReading reading = reader.readAll(body, message.getHeader(Exchange.CONTENT_TYPE, String.class));
        ParsedSubmission submission = reading.submission();
        IssueLocator locator = submission == null ? IssueLocator.NONE : FhirIssueLocator.of(submission);
        List<SubmissionIssue> warnings = check.check(submission, reading.issues(), client.reporter(), locator);
        return new Checked(submission, warnings);
    }

    private void processMessage(Exchange exchange) {
        Message message = exchange.getMessage();
        AuthenticatedClient client = exchange.getProperty(ExchangeProperties.CLIENT, AuthenticatedClient.class);
        String idempotencyKey = RequestFacts.idempotencyKey(message);
        byte[] body = body(message);
        boolean xml = isXml(message);
        MessageLanguage language = RequestFacts.language(message);

        Checked checked = readAndCheck(message, client, body);
        AcceptResult result = intake.accept(client, checked.submission(), idempotencyKey, body);
        if (result instanceof AcceptResult.KeyConflict conflict) {
            throw new IdempotencyKeyConflictException(conflict.idempotencyKey(), conflict.existingSubmissionId());
        }

        message.removeHeaders("*");
        message.setHeader(Exchange.CONTENT_TYPE, xml ? IngressPaths.FHIR_XML : IngressPaths.FHIR_JSON);
        if (result instanceof AcceptResult.Stored stored) {
            respondAccepted(message, 202, stored.submission(), checked, language, xml);
        } else if (result instanceof AcceptResult.Duplicate duplicate) {
            respondAccepted(message, 200, duplicate.submission(), checked, language, xml);
        }
    }

    private void validate(Exchange exchange) {
        Message message = exchange.getMessage();
        AuthenticatedClient client = exchange.getProperty(ExchangeProperties.CLIENT, AuthenticatedClient.class);
        // A dry run rejects an invalid Idempotency-Key as $process-message would.
        RequestFacts.idempotencyKey(message);
        boolean xml = isXml(message);
        MessageLanguage language = RequestFacts.language(message);

        Checked checked = readAndCheck(message, client, body(message));
        intake.dryRun(client, checked.submission());

        List<SubmissionIssue> issues = checked.warnings().isEmpty()
                ? List.of(new SubmissionIssue(IssueSeverity.INFORMATION,
                        IssueMessage.VALIDATION_PASSED, null, List.of(), null, null))
                : checked.warnings();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        message.setHeader(Exchange.CONTENT_TYPE, xml ? IngressPaths.FHIR_XML : IngressPaths.FHIR_JSON);
        message.setHeader("Content-Language", language.tag());
        message.setBody(responses.encode(OperationOutcomes.from(issues, language), xml));
    }

    private void respondAccepted(Message message, int status, SubmissionView submission, Checked checked,
            MessageLanguage language, boolean xml) {
        String baseUrl = publicAddress.baseUrl();
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader("Location", baseUrl + "/api/v1/submissions/" + submission.id());
        Bundle response = responses.responseMessage(
                submission, checked.submission().idempotencyFallbackKey(), baseUrl);
        if (!checked.warnings().isEmpty()) {
            attachWarnings(response, OperationOutcomes.from(checked.warnings(), language));
            message.setHeader("Content-Language", language.tag());
        }
        message.setBody(responses.encode(response, xml));
    }

    /** Adds the warnings as an OperationOutcome entry that {@code MessageHeader.response.details} points to. */
    private static void attachWarnings(Bundle response, OperationOutcome warnings) {
        String fullUrl = "urn:uuid:" + UUID.randomUUID();
        response.addEntry().setFullUrl(fullUrl).setResource(warnings);
        MessageHeader header = (MessageHeader) response.getEntryFirstRep().getResource();
        header.getResponse().setDetails(new Reference(fullUrl));
    }

    private static byte[] body(Message message) {
        byte[] body = message.getBody(byte[].class);
        return body == null ? new byte[0] : body;
    }

    private static boolean isXml(Message message) {
        String mediaType = RequestFacts.mediaType(message);
        return IngressPaths.FHIR_XML.equals(mediaType) || "application/xml".equals(mediaType);
    }
}
