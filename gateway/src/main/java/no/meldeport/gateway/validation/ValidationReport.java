package no.meldeport.gateway.validation;

import java.util.List;
import no.meldeport.gateway.submission.InvalidSubmissionException;
import no.meldeport.gateway.submission.SubmissionIssue;

/** Every issue the validator found in one submission, errors and warnings, in the order found. */
public record ValidationReport(List<SubmissionIssue> issues) {

    public ValidationReport {
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(SubmissionIssue::isError);
    }

    public List<SubmissionIssue> errors() {
        return issues.stream().filter(SubmissionIssue::isError).toList();
    }

    /** Returns the issues that do not block the submission. */
    public List<SubmissionIssue> warnings() {
        return issues.stream().filter(issue -> !issue.isError()).toList();
    }

    /**
     * Throws when any issue is an error; the exception carries the warnings too, so the sender receives everything at once.
     *
     * @throws InvalidSubmissionException with status 422 (or the status of an earlier issue it is combined with)
     */
    public void throwIfInvalid() {
        if (hasErrors()) {
            throw new InvalidSubmissionException(issues);
        }
    }
}
