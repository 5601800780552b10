package no.meldeport.gateway.ingress;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import no.meldeport.gateway.submission.MessageLanguage;
import no.meldeport.gateway.submission.SubmissionIssue;

/**
 * An RFC 9457 problem document for the plain REST API. {@code code} is Meldeport's stable error code (for example
 * {@code MP-0404}); {@code retryStrategy} names what the sender should do next ({@code fix-and-resend},
 * {@code retry-later} after the {@code Retry-After} header, or {@code contact-support}); {@code errors} lists field
 * problems, each with a JSON Pointer.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors,
        String retryStrategy) {

    public static final String TYPE_BASE = "https://meldeport.no/problems/";

    /** Creates a problem without a retry strategy. */
    public Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {
        this(type, title, status, detail, code, errors, null);
    }

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(TYPE_BASE + code, title, status, detail, code, List.of());
    }

    /** Creates a problem without field errors but with a retry strategy code. */
    public static Problem of(int status, String code, String title, String detail, String retryStrategy) {
        return new Problem(TYPE_BASE + code, title, status, detail, code, List.of(), retryStrategy);
    }

    /**
     * One problem with one field: where it is (a JSON Pointer), a stable code, a text for people, its severity
     * ({@code error} or {@code warning}), what to do next, and a parser's detail where there is one.
     */
    public record FieldError(String pointer, String code, String detail, String severity, String retryStrategy,
            String diagnostics) {

        public FieldError(String pointer, String code, String detail) {
            this(pointer, code, detail, null, null, null);
        }

        /** Renders a submission issue in the given language; its expression is the face's own location. */
        public static FieldError of(SubmissionIssue issue, MessageLanguage language) {
            return new FieldError(issue.expression(), issue.errorCode(), issue.text(language),
                    issue.severity().code(), issue.retryStrategy() == null ? null : issue.retryStrategy().code(),
                    issue.diagnostics());
        }
    }
}
