package no.meldeport.gateway.submission;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a submission cannot be accepted. It carries every issue found and the HTTP status to respond with: 415
 * when the media type is not supported, 400 when the body cannot be read as a FHIR Bundle, 422 otherwise. The
 * exception message lists only error codes and expressions, so it can be logged.
 */
public final class InvalidSubmissionException extends RuntimeException {

    private final List<SubmissionIssue> issues;

    public InvalidSubmissionException(List<SubmissionIssue> issues) {
        super(describe(issues));
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("An invalid submission needs at least one issue");
        }
        this.issues = List.copyOf(issues);
    }

    public InvalidSubmissionException(SubmissionIssue issue) {
        this(List.of(issue));
    }

    public List<SubmissionIssue> issues() {
        return issues;
    }

    /** Returns 415 if any issue is about the media type, else 400 if any is about reading the body, else 422. */
    public int httpStatus() {
        List<Integer> statuses = issues.stream().map(issue -> issue.message().httpStatus()).toList();
        if (statuses.contains(415)) {
            return 415;
        }
        return statuses.contains(400) ? 400 : 422;
    }

    private static String describe(List<SubmissionIssue> issues) {
        return "Submission rejected with " + issues.size() + " issue(s): " + issues.stream()
                .map(issue -> issue.errorCode() + (issue.expression() == null ? "" : " at " + issue.expression()))
                .collect(Collectors.joining("; "));
    }
}
