package no.meldeport.gateway.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import no.meldeport.gateway.ingress.AuthenticateProcessor;
import no.meldeport.gateway.ingress.ErrorCodes;
import no.meldeport.gateway.ingress.IngressErrorHandling;
import no.meldeport.gateway.ingress.IngressPaths;
import no.meldeport.gateway.ingress.Problem;
import no.meldeport.gateway.ingress.PublicAddress;
import no.meldeport.gateway.ingress.RequestFacts;
import no.meldeport.gateway.ingress.SubmissionIntake;
import no.meldeport.gateway.ingress.SubmissionStatusRoutes.SubmissionStatus;
import no.meldeport.gateway.json.Json;
import no.meldeport.gateway.security.AuthenticatedClient;
import no.meldeport.gateway.store.AcceptResult;
import no.meldeport.gateway.submission.ParsedSubmission;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code POST /api/v1/reports}: the plain JSON face. Authenticates, reads the report document into the internal
 * model, and hands it to the same {@link SubmissionIntake} as {@code $process-message}. Responds 202 with the
 * submission's status and a {@code Location}, 200 with the first answer for a repeat, and 409 when the idempotency key
 * was used for another report. Invalid documents become problem documents in the {@code ErrorResponder}.
 */
public final class RestReportRoutes extends RouteBuilder {

    public static final String ROUTE_ID = "rest-reports";

    private final RestReportReader reader;
    private final SubmissionIntake intake;
    private final PublicAddress publicAddress;
    private final ObjectMapper json = Json.mapper();

    public RestReportRoutes(RestReportReader reader, SubmissionIntake intake, PublicAddress publicAddress) {
        this.reader = reader;
        this.intake = intake;
        this.publicAddress = publicAddress;
    }

    @Override
    public void configure() {
        from(IngressPaths.endpoint(ApiPaths.REPORTS, "POST"))
                .routeId(ROUTE_ID)
                .routeConfigurationId(IngressErrorHandling.CONFIGURATION_ID)
                .process("#" + AuthenticateProcessor.BEAN)
                .process(this::submit);
    }

    private void submit(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        AuthenticatedClient client = AuthenticateProcessor.client(exchange);
        byte[] body = message.getBody(byte[].class);
        byte[] received = body == null ? new byte[0] : body;
        String idempotencyKey = RequestFacts.header(message, RequestFacts.IDEMPOTENCY_KEY);

        ParsedSubmission submission = reader.read(received, RequestFacts.mediaType(message));
        AcceptResult result = intake.accept(client, submission, idempotencyKey, received);

        message.removeHeaders("*");
        if (result instanceof AcceptResult.Stored stored) {
            respondAccepted(message, 202, SubmissionStatus.of(stored.submission()));
        } else if (result instanceof AcceptResult.Duplicate duplicate) {
            respondAccepted(message, 200, SubmissionStatus.of(duplicate.submission()));
        } else if (result instanceof AcceptResult.KeyConflict conflict) {
            message.setHeader(Exchange.HTTP_RESPONSE_CODE, 409);
            message.setHeader(Exchange.CONTENT_TYPE, IngressPaths.PROBLEM_JSON);
            message.setBody(json.writeValueAsString(Problem.of(409, ErrorCodes.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency key reused",
                    "The idempotency key '" + conflict.idempotencyKey() + "' was used before for a different report"
                            + " (submission " + conflict.existingSubmissionId() + "). Send a new report with a new"
                            + " key; resend an unchanged report with the same key.")));
        }
    }

    private void respondAccepted(Message message, int status, SubmissionStatus body) throws Exception {
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, IngressPaths.JSON);
        message.setHeader("Location", ApiPaths.submission(publicAddress.baseUrl(), body.submissionId()));
        message.setBody(json.writeValueAsString(body));
    }
}
