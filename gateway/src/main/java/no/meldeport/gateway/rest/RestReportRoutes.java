package no.meldeport.gateway.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import no.meldeport.gateway.ingress.AuthenticateProcessor;
import java.util.List;
import no.meldeport.gateway.ingress.IdempotencyKeyConflictException;
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
import no.meldeport.gateway.submission.MessageLanguage;
import no.meldeport.gateway.submission.SubmissionIssue;
import no.meldeport.gateway.validation.SubmissionCheck;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code POST /api/v1/reports}: the plain JSON face. Authenticates, reads the report document into the internal
 * model, and hands it to the same {@link SubmissionIntake} as {@code $process-message}. Responds 202 with the
 * submission's status and a {@code Location}, 200 with the first submission's status for a repeat, and 409 when the idempotency key
 * was used for another report. Invalid documents become problem documents in the {@code ErrorResponder}.
 */
public final class RestReportRoutes extends RouteBuilder {

    public static final String ROUTE_ID = "rest-reports";
    public static final String VALIDATE_ROUTE_ID = "rest-reports-validate";

    private final RestReportReader reader;
    private final SubmissionCheck check;
    private final SubmissionIntake intake;
    private final PublicAddress publicAddress;
    private final ObjectMapper json = Json.mapper();

    public RestReportRoutes(RestReportReader reader, SubmissionCheck check, SubmissionIntake intake,
            PublicAddress publicAddress) {
        this.reader = reader;
        this.check = check;
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

        from(IngressPaths.endpoint(ApiPaths.REPORTS_VALIDATE, "POST"))
                .routeId(VALIDATE_ROUTE_ID)
                .routeConfigurationId(IngressErrorHandling.CONFIGURATION_ID)
                .process("#" + AuthenticateProcessor.BEAN)
                .process(this::validate);
    }

    /** Reads the document and runs the same checks as the FHIR face; throws with every problem found. */
    private Checked readAndCheck(Message message, AuthenticatedClient client, byte[] body) {
        ParsedSubmission submission = reader.read(body, RequestFacts.mediaType(message));
        List<SubmissionIssue> warnings =
                check.check(submission, List.of(), client.reporter(), RestIssueLocator.of(submission));
        return new Checked(submission, warnings);
    }

    /** A read and checked document with the warnings its checks found. */
    private record Checked(ParsedSubmission submission, List<SubmissionIssue> warnings) {
    }

    /** {@code POST /api/v1/reports/validate}: the same checks as a dry run; stores and delivers nothing. */
    private void validate(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        AuthenticatedClient client = AuthenticateProcessor.client(exchange);
        RequestFacts.idempotencyKey(message);
        MessageLanguage language = RequestFacts.language(message);
        byte[] body = message.getBody(byte[].class);

        Checked checked = readAndCheck(message, client, body == null ? new byte[0] : body);
        intake.dryRun(client, checked.submission());

        List<Problem.FieldError> warnings = checked.warnings().stream()
                .map(issue -> Problem.FieldError.of(issue, language))
                .toList();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        message.setHeader(Exchange.CONTENT_TYPE, IngressPaths.JSON);
        message.setHeader("Content-Language", language.tag());
        message.setBody(json.writeValueAsString(new ValidationResult(true, warnings)));
    }

    /** The body of a successful dry run: the document would be accepted, with these warnings. */
    public record ValidationResult(boolean valid, List<Problem.FieldError> warnings) {
    }

    private void submit(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        AuthenticatedClient client = AuthenticateProcessor.client(exchange);
        byte[] body = message.getBody(byte[].class);
        byte[] received = body == null ? new byte[0] : body;
        String idempotencyKey = RequestFacts.idempotencyKey(message);

        Checked checked = readAndCheck(message, client, received);
        AcceptResult result = intake.accept(client, checked.submission(), idempotencyKey, received);
        if (result instanceof AcceptResult.KeyConflict conflict) {
            throw new IdempotencyKeyConflictException(conflict.idempotencyKey(), conflict.existingSubmissionId());
        }

        message.removeHeaders("*");
        if (result instanceof AcceptResult.Stored stored) {
            respondAccepted(message, 202, SubmissionStatus.of(stored.submission()));
        } else if (result instanceof AcceptResult.Duplicate duplicate) {
            respondAccepted(message, 200, SubmissionStatus.of(duplicate.submission()));
        }
    }

    private void respondAccepted(Message message, int status, SubmissionStatus body) throws Exception {
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, IngressPaths.JSON);
        message.setHeader("Location", ApiPaths.submission(publicAddress.baseUrl(), body.submissionId()));
        message.setBody(json.writeValueAsString(body));
    }
}
