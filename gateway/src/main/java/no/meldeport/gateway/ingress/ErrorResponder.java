package no.meldeport.gateway.ingress;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.meldeport.gateway.fhir.OperationOutcomes;
import no.meldeport.gateway.json.Json;
import no.meldeport.gateway.security.AuthenticationException;
import no.meldeport.gateway.security.AuthenticationUnavailableException;
import no.meldeport.gateway.security.GatewaySecurityException;
import no.meldeport.gateway.security.InsufficientScopeException;
import no.meldeport.gateway.security.RateLimitExceededException;
import no.meldeport.gateway.submission.InvalidSubmissionException;
import no.meldeport.gateway.submission.MessageLanguage;
import no.meldeport.gateway.submission.MessageTexts;
import no.meldeport.gateway.submission.RetryStrategy;
import no.meldeport.gateway.submission.SubmissionIssue;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP responses: an OperationOutcome on {@code /fhir}, an RFC 9457 problem on
 * everything else. Texts are in Norwegian bokmål unless {@code Accept-Language} prefers English, and
 * {@code Content-Language} names it. Every response carries Meldeport's stable error code and a retry strategy
 * ({@link RetryStrategy}); {@code retry-later} responses also carry {@code Retry-After}. Unexpected exceptions become a
 * 500 that names the exchange id and nothing of the cause.
 */
public final class ErrorResponder implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponder.class);
    private static final String RETRY_AFTER = "Retry-After";
    private static final String CONTENT_LANGUAGE = "Content-Language";
    /** How long a sender should wait after an internal error; long enough for a database fail-over, an estimate. */
    static final long INTERNAL_ERROR_RETRY_SECONDS = 30;

    private final FhirResponses fhir;

    public ErrorResponder(FhirResponses fhir) {
        this.fhir = fhir;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        Message message = exchange.getMessage();
        Answer answer = new Answer(
                RequestFacts.path(message).startsWith("/fhir"),
                isXml(RequestFacts.mediaType(message)),
                RequestFacts.language(message));
        message.removeHeaders("*");
        message.setHeader(CONTENT_LANGUAGE, answer.language().tag());

        if (cause instanceof InvalidSubmissionException invalid) {
            respondInvalid(message, invalid, answer);
        } else if (cause instanceof GatewaySecurityException security) {
            respondSecurity(exchange, message, security, answer);
        } else if (cause instanceof IdempotencyKeyConflictException conflict) {
            String text = MessageTexts.format(answer.language(), "error.idempotency-conflict",
                    conflict.idempotencyKey(), conflict.existingSubmissionId());
            respond(message, 409, answer, OperationOutcome.IssueType.DUPLICATE, ErrorCodes.IDEMPOTENCY_KEY_REUSED,
                    "title.idempotency-conflict", text, RetryStrategy.FIX_AND_RESEND, null);
        } else if (cause instanceof InvalidIdempotencyKeyException) {
            String text = MessageTexts.format(answer.language(), "error.idempotency-key-invalid",
                    Integer.toString(RequestFacts.MAX_IDEMPOTENCY_KEY_LENGTH));
            respond(message, 400, answer, OperationOutcome.IssueType.VALUE, ErrorCodes.INVALID_IDEMPOTENCY_KEY,
                    "title.invalid-idempotency-key", text, RetryStrategy.FIX_AND_RESEND, null);
        } else {
            LOG.error("Request failed exchangeId={} path={}", exchange.getExchangeId(),
                    RequestFacts.path(exchange.getIn()), cause);
            message.setHeader(RETRY_AFTER, Long.toString(INTERNAL_ERROR_RETRY_SECONDS));
            String text = MessageTexts.format(answer.language(), "error.internal",
                    Long.toString(INTERNAL_ERROR_RETRY_SECONDS), exchange.getExchangeId());
            respond(message, 500, answer, OperationOutcome.IssueType.EXCEPTION, ErrorCodes.INTERNAL_ERROR,
                    "title.internal-error", text, RetryStrategy.RETRY_LATER, null);
        }
    }

    /** The form of the response: its face, encoding and language. */
    private record Answer(boolean fhirFace, boolean xml, MessageLanguage language) {
    }

    /** A rendered error response for a caller outside Camel: status, headers and body. */
    public record RenderedError(int status, String contentType, String contentLanguage, String body) {
    }

    /**
     * Renders the response to a body the HTTP server rejected before any route read it (too large, or a multipart body
     * it could not decode), in the same form as every other error.
     *
     * @param path the request path, which chooses the FHIR or the REST form
     * @param contentType the request's {@code Content-Type}, which chooses JSON or XML on the FHIR face
     * @param acceptLanguage the request's {@code Accept-Language}
     * @param issue the issue of the response; its message gives the status
     */
    public RenderedError rejectedBody(String path, String contentType, String acceptLanguage, SubmissionIssue issue)
            throws JsonProcessingException {
        String mediaType = contentType == null ? null : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        Answer answer = new Answer(path != null && path.startsWith("/fhir"), isXml(mediaType),
                MessageLanguage.fromAcceptLanguage(acceptLanguage));
        InvalidSubmissionException rejected = new InvalidSubmissionException(issue);
        if (answer.fhirFace()) {
            return new RenderedError(rejected.httpStatus(), answer.xml() ? IngressPaths.FHIR_XML : IngressPaths.FHIR_JSON,
                    answer.language().tag(),
                    fhir.encode(OperationOutcomes.from(rejected.issues(), answer.language()), answer.xml()));
        }
        return new RenderedError(rejected.httpStatus(), IngressPaths.PROBLEM_JSON, answer.language().tag(),
                Json.mapper().writeValueAsString(problem(rejected, answer)));
    }

    private void respondInvalid(Message message, InvalidSubmissionException invalid, Answer answer)
            throws JsonProcessingException {
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, invalid.httpStatus());
        if (answer.fhirFace()) {
            message.setHeader(Exchange.CONTENT_TYPE, answer.xml() ? IngressPaths.FHIR_XML : IngressPaths.FHIR_JSON);
            message.setBody(fhir.encode(OperationOutcomes.from(invalid.issues(), answer.language()), answer.xml()));
            return;
        }
        message.setHeader(Exchange.CONTENT_TYPE, IngressPaths.PROBLEM_JSON);
        message.setBody(Json.mapper().writeValueAsString(problem(invalid, answer)));
    }

    private static Problem problem(InvalidSubmissionException invalid, Answer answer) {
        List<Problem.FieldError> errors = invalid.issues().stream()
                .map(issue -> Problem.FieldError.of(issue, answer.language()))
                .toList();
        SubmissionIssue first = invalid.issues().stream().filter(SubmissionIssue::isError).findFirst().orElseThrow();
        return new Problem(Problem.TYPE_BASE + first.errorCode(),
                MessageTexts.pattern(answer.language(), "title.invalid-report"), invalid.httpStatus(),
                first.text(answer.language()), first.errorCode(), errors, RetryStrategy.FIX_AND_RESEND.code());
    }

    private void respondSecurity(Exchange exchange, Message message, GatewaySecurityException security,
            Answer answer) throws JsonProcessingException {
        for (Map.Entry<String, String> header : security.responseHeaders().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        String retryAfter = security.responseHeaders().getOrDefault(RETRY_AFTER, "");
        OperationOutcome.IssueType type;
        String code;
        String key;
        RetryStrategy strategy;
        if (security instanceof InsufficientScopeException) {
            type = OperationOutcome.IssueType.FORBIDDEN;
            code = ErrorCodes.FORBIDDEN;
            key = "forbidden";
            strategy = RetryStrategy.CONTACT_SUPPORT;
        } else if (security instanceof RateLimitExceededException) {
            type = OperationOutcome.IssueType.THROTTLED;
            code = ErrorCodes.RATE_LIMITED;
            key = "rate-limited";
            strategy = RetryStrategy.RETRY_LATER;
        } else if (security instanceof AuthenticationUnavailableException) {
            type = OperationOutcome.IssueType.TRANSIENT;
            code = ErrorCodes.AUTHENTICATION_UNAVAILABLE;
            key = "authentication-unavailable";
            strategy = RetryStrategy.RETRY_LATER;
        } else {
            type = OperationOutcome.IssueType.LOGIN;
            code = ErrorCodes.NOT_AUTHENTICATED;
            key = security instanceof AuthenticationException ? "not-authenticated" : "rejected";
            strategy = RetryStrategy.FIX_AND_RESEND;
        }
        LOG.info("Request rejected exchangeId={} status={} reason={}", exchange.getExchangeId(),
                security.httpStatus(), code);
        String text = MessageTexts.format(answer.language(), "error." + key, retryAfter);
        respond(message, security.httpStatus(), answer, type, code, "title." + key, text, strategy,
                security.description());
    }

    /**
     * Responds with one issue that is not about a field of the report.
     *
     * @param diagnostics a detail in English for developers, or null
     */
    private void respond(Message message, int status, Answer answer, OperationOutcome.IssueType type, String code,
            String titleKey, String text, RetryStrategy strategy, String diagnostics) throws JsonProcessingException {
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        if (answer.fhirFace()) {
            OperationOutcome outcome =
                    OperationOutcomes.single(OperationOutcome.IssueSeverity.ERROR, type, code, text, strategy);
            if (diagnostics != null) {
                outcome.getIssueFirstRep().setDiagnostics(diagnostics);
            }
            message.setHeader(Exchange.CONTENT_TYPE, answer.xml() ? IngressPaths.FHIR_XML : IngressPaths.FHIR_JSON);
            message.setBody(fhir.encode(outcome, answer.xml()));
        } else {
            String title = MessageTexts.pattern(answer.language(), titleKey);
            message.setHeader(Exchange.CONTENT_TYPE, IngressPaths.PROBLEM_JSON);
            message.setBody(Json.mapper().writeValueAsString(Problem.of(status, code, title, text, strategy.code())));
        }
    }

    private static boolean isXml(String mediaType) {
        return IngressPaths.FHIR_XML.equals(mediaType) || "application/xml".equals(mediaType);
    }
}
