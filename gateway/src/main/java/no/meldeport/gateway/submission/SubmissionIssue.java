package no.meldeport.gateway.submission;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in a submission. {@code expression} locates the problem in the syntax of the face the submission
 * came in by: a FHIRPath expression on {@code /fhir} (for example {@code Bundle.entry[2].resource.patient.reference}),
 * a JSON Pointer on the REST API. It is {@code null} when the problem is about the body as a whole.
 *
 * <p>{@code arguments} fill the message pattern, and may be {@link MessageTexts#term term} arguments. They may carry
 * personal data the sender sent (a fødselsnummer with a wrong check digit, a birth date), because the text goes back to
 * the sender, so they are never part of {@link #toString()} or of an exception message. {@code value} is the offending
 * value shown in {@code diagnostics}, set only for values without personal data (codes, media types, references).
 * {@code diagnostics} is a parser's detail text, which may echo parts of the request: it goes back to the submitter but
 * is left out of {@link #toString()}, so never log it on its own.
 */
public record SubmissionIssue(
        IssueSeverity severity,
        IssueMessage message,
        String expression,
        List<String> arguments,
        String value,
        String diagnostics) {

    public SubmissionIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** Creates an error issue with message arguments. */
    public static SubmissionIssue error(IssueMessage message, String expression, String value, String... arguments) {
        return new SubmissionIssue(IssueSeverity.ERROR, message, expression, Arrays.asList(arguments), value, null);
    }

    /** Creates a warning issue, which does not block the submission, with message arguments. */
    public static SubmissionIssue warning(IssueMessage message, String expression, String value, String... arguments) {
        return new SubmissionIssue(IssueSeverity.WARNING, message, expression, Arrays.asList(arguments), value, null);
    }

    /** Returns a copy with a parser's detail text attached. */
    public SubmissionIssue withDiagnostics(String detail) {
        return new SubmissionIssue(severity, message, expression, arguments, value, detail);
    }

    /** Returns a copy at another location, for example after translating a model path into FHIRPath. */
    public SubmissionIssue withExpression(String location) {
        return new SubmissionIssue(severity, message, location, arguments, value, diagnostics);
    }

    /** Reports whether the issue blocks the submission: an error or a fatal issue. */
    public boolean isError() {
        return severity == IssueSeverity.ERROR || severity == IssueSeverity.FATAL;
    }

    public IssueCode code() {
        return message.issueCode();
    }

    public String errorCode() {
        return message.errorCode();
    }

    public String messageKey() {
        return message.messageKey();
    }

    /** Returns what the sender should do about this issue, or null for an information issue. */
    public RetryStrategy retryStrategy() {
        return message.retryStrategy();
    }

    /** Returns the message in {@code language} with its arguments filled in. */
    public String text(MessageLanguage language) {
        return message.text(language, arguments);
    }

    /** Returns the message in English with its arguments filled in. */
    public String englishText() {
        return text(MessageLanguage.EN);
    }

    @Override
    public String toString() {
        return "SubmissionIssue[" + severity + " " + message.errorCode() + " " + code().code()
                + (expression == null ? "" : " at " + expression) + (value == null ? "" : " value=" + value) + "]";
    }
}
