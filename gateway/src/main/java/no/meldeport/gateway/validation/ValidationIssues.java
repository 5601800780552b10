package no.meldeport.gateway.validation;

import java.util.ArrayList;
import java.util.List;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.SubmissionIssue;

/** Collects the issues of one validation, locating each through the face's {@link IssueLocator}. */
final class ValidationIssues {

    private final IssueLocator locator;
    private final List<SubmissionIssue> issues = new ArrayList<>();

    ValidationIssues(IssueLocator locator) {
        this.locator = locator;
    }

    /**
     * Adds an error.
     *
     * @param sourceId the part, or null for the clinical context
     * @param path the model field path of the problem
     * @param value the offending value for diagnostics, only when it carries no personal data
     */
    void error(IssueMessage message, String sourceId, String path, String value, String... arguments) {
        issues.add(SubmissionIssue.error(message, locator.locate(sourceId, path), value, arguments));
    }

    /** Adds a warning; the parameters are those of {@link #error}. */
    void warning(IssueMessage message, String sourceId, String path, String value, String... arguments) {
        issues.add(SubmissionIssue.warning(message, locator.locate(sourceId, path), value, arguments));
    }

    void add(boolean blocking, IssueMessage message, String sourceId, String path, String value, String... arguments) {
        if (blocking) {
            error(message, sourceId, path, value, arguments);
        } else {
            warning(message, sourceId, path, value, arguments);
        }
    }

    ValidationReport report() {
        return new ValidationReport(issues);
    }
}
