package no.meldeport.gateway.fhir;

import java.util.List;
import no.meldeport.gateway.submission.InvalidSubmissionException;
import no.meldeport.gateway.submission.ParsedSubmission;
import no.meldeport.gateway.submission.SubmissionIssue;

/**
 * The result of reading one message Bundle: the submission as far as it could be read, and every issue found.
 * {@code submission} is null when the envelope, the report type or the clinical context could not be read; when
 * issues were found it holds only the parts that were read without issues, so later checks can still look at them.
 */
public record FhirReading(ParsedSubmission submission, List<SubmissionIssue> issues) {

    public FhirReading {
        issues = List.copyOf(issues);
    }

    /**
     * Returns the submission when it was read without issues.
     *
     * @throws InvalidSubmissionException listing every issue, when there are any
     */
    public ParsedSubmission orThrow() {
        if (!issues.isEmpty() || submission == null) {
            throw new InvalidSubmissionException(issues);
        }
        return submission;
    }
}
