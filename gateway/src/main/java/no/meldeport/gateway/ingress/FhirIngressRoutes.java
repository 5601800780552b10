package no.meldeport.gateway.ingress;

import no.meldeport.gateway.fhir.FhirSubmissionReader;
import no.meldeport.gateway.security.AuthenticatedClient;
import no.meldeport.gateway.store.AcceptResult;
import no.meldeport.gateway.store.SubmissionView;
import no.meldeport.gateway.submission.ParsedSubmission;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * {@code POST /fhir/$process-message}: authenticate, read the message Bundle, plan, check scopes, store, and respond
 * 202 with the response message and a {@code Location} of the status, or 200 with the first response for a repeat.
 */
public final class FhirIngressRoutes extends RouteBuilder {

    public static final String PROCESS_MESSAGE_ROUTE_ID = "fhir-process-message";

    private final FhirSubmissionReader reader;
    private final SubmissionIntake intake;
    private final FhirResponses responses;
    private final PublicAddress publicAddress;

    public FhirIngressRoutes(FhirSubmissionReader reader, SubmissionIntake intake, FhirResponses responses,
            PublicAddress publicAddress) {
        this.reader = reader;
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
    }

    private void processMessage(Exchange exchange) {
        Message message = exchange.getMessage();
        AuthenticatedClient client = exchange.getProperty(ExchangeProperties.CLIENT, AuthenticatedClient.class);
        byte[] body = message.getBody(byte[].class);
        String mediaType = RequestFacts.mediaType(message);
        String idempotencyKey = RequestFacts.header(message, RequestFacts.IDEMPOTENCY_KEY);

        ParsedSubmission submission = reader.read(body == null ? new byte[0] : body, mediaType);
        AcceptResult result = intake.accept(client, submission, idempotencyKey, body == null ? new byte[0] : body);

        boolean xml = IngressPaths.FHIR_XML.equals(mediaType) || "application/xml".equals(mediaType);
        message.removeHeaders("*");
        message.setHeader(Exchange.CONTENT_TYPE, xml ? IngressPaths.FHIR_XML : IngressPaths.FHIR_JSON);
        String baseUrl = publicAddress.baseUrl();
        if (result instanceof AcceptResult.Stored stored) {
            respondAccepted(message, 202, stored.submission(), submission.messageId(), baseUrl, xml);
        } else if (result instanceof AcceptResult.Duplicate duplicate) {
            respondAccepted(message, 200, duplicate.submission(), submission.messageId(), baseUrl, xml);
        } else if (result instanceof AcceptResult.KeyConflict conflict) {
            message.setHeader(Exchange.HTTP_RESPONSE_CODE, 409);
            message.setBody(responses.encode(FhirResponses.outcome(OperationOutcome.IssueSeverity.ERROR,
                    OperationOutcome.IssueType.DUPLICATE, ErrorCodes.IDEMPOTENCY_KEY_REUSED,
                    "The idempotency key '" + conflict.idempotencyKey() + "' was used before for a different report"
                            + " (submission " + conflict.existingSubmissionId() + "). Send a new report with a new key;"
                            + " resend an unchanged report with the same key."), xml));
        }
    }

    private void respondAccepted(Message message, int status, SubmissionView submission, String requestMessageId,
            String baseUrl, boolean xml) {
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader("Location", baseUrl + "/api/v1/submissions/" + submission.id());
        message.setBody(responses.encode(responses.responseMessage(submission, requestMessageId, baseUrl), xml));
    }
}
