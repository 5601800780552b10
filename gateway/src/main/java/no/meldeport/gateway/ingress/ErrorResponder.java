package no.meldeport.gateway.ingress;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import no.meldeport.gateway.fhir.OperationOutcomes;
import no.meldeport.gateway.json.Json;
import no.meldeport.gateway.security.AuthenticationException;
import no.meldeport.gateway.security.AuthenticationUnavailableException;
import no.meldeport.gateway.security.GatewaySecurityException;
import no.meldeport.gateway.security.InsufficientScopeException;
import no.meldeport.gateway.security.RateLimitExceededException;
import no.meldeport.gateway.submission.InvalidSubmissionException;
import no.meldeport.gateway.submission.SubmissionIssue;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP responses: an OperationOutcome on {@code /fhir}, an RFC 9457 problem on
 * everything else. Unexpected exceptions become a 500 that names the exchange id and nothing of the cause.
 */
public final class ErrorResponder implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponder.class);

    private final FhirResponses fhir;

    public ErrorResponder(FhirResponses fhir) {
        this.fhir = fhir;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        Message message = exchange.getMessage();
        boolean fhirFace = RequestFacts.path(message).startsWith("/fhir");
        boolean xml = fhirFace && IngressPaths.FHIR_XML.equals(RequestFacts.mediaType(message));
        message.removeHeaders("*");

        if (cause instanceof InvalidSubmissionException invalid) {
            respondInvalid(message, invalid, fhirFace, xml);
        } else if (cause instanceof GatewaySecurityException security) {
            respondSecurity(exchange, message, security, fhirFace, xml);
        } else {
            LOG.error("Request failed exchangeId={} path={}", exchange.getExchangeId(),
                    RequestFacts.path(exchange.getIn()), cause);
            String text = "Internal error in Meldeport; nothing was stored. Send the report again, or quote reference "
                    + exchange.getExchangeId() + " to support.";
            respond(message, 500, fhirFace, xml, OperationOutcome.IssueType.EXCEPTION, ErrorCodes.INTERNAL_ERROR,
                    "Internal error", text);
        }
    }

    private void respondInvalid(Message message, InvalidSubmissionException invalid, boolean fhirFace, boolean xml)
            throws JsonProcessingException {
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, invalid.httpStatus());
        if (fhirFace) {
            message.setHeader(Exchange.CONTENT_TYPE, xml ? IngressPaths.FHIR_XML : IngressPaths.FHIR_JSON);
            message.setBody(fhir.encode(OperationOutcomes.from(invalid), xml));
            return;
        }
        List<Problem.FieldError> errors = invalid.issues().stream()
                .map(issue -> new Problem.FieldError(issue.expression(), issue.errorCode(), issue.englishText()))
                .toList();
        SubmissionIssue first = invalid.issues().get(0);
        Problem problem = new Problem(Problem.TYPE_BASE + first.errorCode(), "Invalid report", invalid.httpStatus(),
                first.englishText(), first.errorCode(), errors);
        message.setHeader(Exchange.CONTENT_TYPE, IngressPaths.PROBLEM_JSON);
        message.setBody(Json.mapper().writeValueAsString(problem));
    }

    private void respondSecurity(Exchange exchange, Message message, GatewaySecurityException security,
            boolean fhirFace, boolean xml) throws JsonProcessingException {
        for (Map.Entry<String, String> header : security.responseHeaders().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        OperationOutcome.IssueType type;
        String code;
        String title;
        if (security instanceof InsufficientScopeException) {
            type = OperationOutcome.IssueType.FORBIDDEN;
            code = ErrorCodes.FORBIDDEN;
            title = "Insufficient scope";
        } else if (security instanceof RateLimitExceededException) {
            type = OperationOutcome.IssueType.THROTTLED;
            code = ErrorCodes.RATE_LIMITED;
            title = "Too many requests";
        } else if (security instanceof AuthenticationUnavailableException) {
            type = OperationOutcome.IssueType.TRANSIENT;
            code = ErrorCodes.AUTHENTICATION_UNAVAILABLE;
            title = "Authentication unavailable";
        } else {
            type = OperationOutcome.IssueType.LOGIN;
            code = ErrorCodes.NOT_AUTHENTICATED;
            title = security instanceof AuthenticationException ? "Not authenticated" : "Rejected";
        }
        LOG.info("Request rejected exchangeId={} status={} reason={}", exchange.getExchangeId(),
                security.httpStatus(), code);
        respond(message, security.httpStatus(), fhirFace, xml, type, code, title, security.description());
    }

    private void respond(Message message, int status, boolean fhirFace, boolean xml, OperationOutcome.IssueType type,
            String code, String title, String text) throws JsonProcessingException {
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        if (fhirFace) {
            message.setHeader(Exchange.CONTENT_TYPE, xml ? IngressPaths.FHIR_XML : IngressPaths.FHIR_JSON);
            message.setBody(fhir.encode(
                    FhirResponses.outcome(OperationOutcome.IssueSeverity.ERROR, type, code, text), xml));
        } else {
            message.setHeader(Exchange.CONTENT_TYPE, IngressPaths.PROBLEM_JSON);
            message.setBody(Json.mapper().writeValueAsString(Problem.of(status, code, title, text)));
        }
    }
}
