package no.meldeport.gateway.submission;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in a submission. {@code expression} is a FHIRPath expression locating the problem (for example
 * {@code Bundle.entry[2].resource.patient.reference}), or {@code null} when the problem is about the body as a whole.
 * {@code arguments} fill the message pattern, and {@code value} is the offending value. Both are set only for values
 * that carry no personal data (codes, media types, references). {@code diagnostics} is a parser's detail text, which
 * may echo parts of the request: it goes back to the submitter but is left out of {@link #toString()}, so never log it
 * on its own.
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

    /** Returns a copy with a parser's detail text attached. */
    public SubmissionIssue withDiagnostics(String detail) {
        return new SubmissionIssue(severity, message, expression, arguments, value, detail);
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

    /** Returns the message in English with its arguments filled in. */
    public String englishText() {
        return message.english(arguments.toArray());
    }

    @Override
    public String toString() {
        return "SubmissionIssue[" + severity + " " + message.errorCode() + " " + code().code()
                + (expression == null ? "" : " at " + expression) + (value == null ? "" : " value=" + value) + "]";
    }
}
