package no.meldeport.gateway.submission;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a submission cannot be accepted. It carries every issue found, warnings included, and the HTTP status of
 * the response. The status is 413 when the body exceeds a size limit, 415 when the media type is not supported, 400
 * when the body cannot be read as a FHIR Bundle, and 422 otherwise. The exception message lists only error codes and expressions, so it
 * can be logged.
 */
public final class InvalidSubmissionException extends RuntimeException {

    /** The statuses an error issue may carry, most telling first: the first one any error issue has wins. */
    private static final List<Integer> STATUS_PRIORITY = List.of(413, 415, 400, 422);

    private final List<SubmissionIssue> issues;

    public InvalidSubmissionException(List<SubmissionIssue> issues) {
        super(describe(issues));
        if (issues.stream().noneMatch(SubmissionIssue::isError)) {
            throw new IllegalArgumentException("An invalid submission needs at least one error issue");
        }
        this.issues = List.copyOf(issues);
    }

    public InvalidSubmissionException(SubmissionIssue issue) {
        this(List.of(issue));
    }

    public List<SubmissionIssue> issues() {
        return issues;
    }

    /** Returns the status of the error issues, by the priority 413, 415, 400, 422. */
    public int httpStatus() {
        List<Integer> statuses = issues.stream()
                .filter(SubmissionIssue::isError)
                .map(issue -> issue.message().httpStatus())
                .toList();
        return STATUS_PRIORITY.stream().filter(statuses::contains).findFirst().orElse(422);
    }

    private static String describe(List<SubmissionIssue> issues) {
        return "Submission rejected with " + issues.size() + " issue(s): " + issues.stream()
                .map(issue -> issue.errorCode() + (issue.expression() == null ? "" : " at " + issue.expression()))
                .collect(Collectors.joining("; "));
    }
}
