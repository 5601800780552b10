package no.meldeport.gateway.fhir;

import java.util.List;
import java.util.function.Function;
import no.meldeport.gateway.submission.InvalidSubmissionException;
import no.meldeport.gateway.submission.SubmissionIssue;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.StringType;

/**
 * Turns submission issues into a FHIR {@link OperationOutcome}. Each issue gets its severity and IssueType code, its
 * FHIRPath {@code expression}, {@code details} with the Meldeport error code (system {@link MeldeportFhir#ISSUE_SYSTEM})
 * and the text, and {@code diagnostics} with the parser's detail or the offending value.
 */
public final class OperationOutcomes {

    private OperationOutcomes() {
    }

    /** Builds the outcome with English texts. */
    public static OperationOutcome from(InvalidSubmissionException exception) {
        return from(exception.issues());
    }

    /** Builds the outcome with English texts. */
    public static OperationOutcome from(List<SubmissionIssue> issues) {
        return from(issues, SubmissionIssue::englishText);
    }

    /**
     * Builds the outcome with texts from the given function, for example one that looks up
     * {@link SubmissionIssue#messageKey()} in a Norwegian message bundle.
     */
    public static OperationOutcome from(List<SubmissionIssue> issues, Function<SubmissionIssue, String> text) {
        OperationOutcome outcome = new OperationOutcome();
        for (SubmissionIssue issue : issues) {
            OperationOutcome.OperationOutcomeIssueComponent component = outcome.addIssue()
                    .setSeverity(OperationOutcome.IssueSeverity.fromCode(issue.severity().code()))
                    .setCode(OperationOutcome.IssueType.fromCode(issue.code().code()))
                    .setDetails(new CodeableConcept()
                            .addCoding(new org.hl7.fhir.r4.model.Coding(
                                    MeldeportFhir.ISSUE_SYSTEM, issue.errorCode(), null))
                            .setText(text.apply(issue)));
            if (issue.expression() != null) {
                component.setExpression(List.of(new StringType(issue.expression())));
            }
            String diagnostics = diagnostics(issue);
            if (diagnostics != null) {
                component.setDiagnostics(diagnostics);
            }
        }
        return outcome;
    }

    private static String diagnostics(SubmissionIssue issue) {
        if (issue.diagnostics() != null) {
            return issue.diagnostics();
        }
        return issue.value() == null ? null : "Offending value: " + issue.value();
    }
}
