package no.meldeport.gateway.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.meldeport.gateway.submission.InvalidSubmissionException;
import no.meldeport.gateway.submission.ParsedSubmission;
import no.meldeport.gateway.submission.SubmissionIssue;
import no.meldeport.gateway.submission.SubmissionPlanner;
import no.meldeport.model.Reporter;

/**
 * The content checks every face runs on a read submission before anything is stored: the report-type validation and
 * the fan-out planning (which rejects, for example, a klinikermelding whose diagnosis is not notifiable). It joins
 * their issues with those the face found while reading, so the sender gets every problem in one response.
 */
public final class SubmissionCheck {

    private final SubmissionValidator validator;
    private final SubmissionPlanner planner;

    public SubmissionCheck(SubmissionValidator validator, SubmissionPlanner planner) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.planner = Objects.requireNonNull(planner, "planner");
    }

    /**
     * Checks a submission and returns its warnings.
     *
     * @param submission what the face could read, or null when it could not read enough to check the content
     * @param readingIssues the issues the face found while reading; checking goes on after them
     * @param reporter who submitted, from the access token, or null
     * @param locator turns model paths into the face's locations
     * @throws InvalidSubmissionException listing every issue, warnings included, when any issue is an error
     */
    public List<SubmissionIssue> check(ParsedSubmission submission, List<SubmissionIssue> readingIssues,
            Reporter reporter, IssueLocator locator) {
        List<SubmissionIssue> issues = new ArrayList<>(readingIssues);
        if (submission != null) {
            issues.addAll(validator.validate(submission, reporter, locator).issues());
            // A part the face could not read is missing from the submission, so planning would misjudge it.
            if (readingIssues.stream().noneMatch(SubmissionIssue::isError)) {
                try {
                    planner.plan(submission);
                } catch (InvalidSubmissionException e) {
                    issues.addAll(e.issues());
                }
            }
        }
        if (submission == null || issues.stream().anyMatch(SubmissionIssue::isError)) {
            throw new InvalidSubmissionException(issues);
        }
        return issues;
    }
}
