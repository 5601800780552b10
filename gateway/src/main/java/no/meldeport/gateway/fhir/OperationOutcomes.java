package no.meldeport.gateway.fhir;

import java.util.List;
import java.util.function.Function;
import no.meldeport.gateway.submission.InvalidSubmissionException;
import no.meldeport.gateway.submission.MessageLanguage;
import no.meldeport.gateway.submission.RetryStrategy;
import no.meldeport.gateway.submission.SubmissionIssue;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.StringType;

/**
 * Turns submission issues into a FHIR {@link OperationOutcome}. Each issue gets its severity and IssueType code, its
 * FHIRPath {@code expression}, {@code details} with the Meldeport error code (system
 * {@link MeldeportFhir#ERROR_CODE_SYSTEM}) and the text, {@code diagnostics} with the parser's detail or the offending
 * value, and the {@link MeldeportFhir#RETRY_STRATEGY} extension that names what the sender should do next.
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

    /** Builds the outcome with texts in {@code language}. */
    public static OperationOutcome from(List<SubmissionIssue> issues, MessageLanguage language) {
        return from(issues, issue -> issue.text(language));
    }

    /**
     * Builds the outcome with texts from the given function, for example one that looks up
     * {@link SubmissionIssue#messageKey()} in a Norwegian message bundle.
     */
    public static OperationOutcome from(List<SubmissionIssue> issues, Function<SubmissionIssue, String> text) {
        OperationOutcome outcome = new OperationOutcome();
        for (SubmissionIssue issue : issues) {
            OperationOutcome.OperationOutcomeIssueComponent component = addIssue(outcome,
                    OperationOutcome.IssueSeverity.fromCode(issue.severity().code()),
                    OperationOutcome.IssueType.fromCode(issue.code().code()),
                    issue.errorCode(), text.apply(issue), issue.retryStrategy());
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

    /**
     * Builds an outcome with one issue that is not about a field of the report, such as a rejected token.
     *
     * @param retryStrategy what the sender should do next, or null for none
     */
    public static OperationOutcome single(OperationOutcome.IssueSeverity severity, OperationOutcome.IssueType type,
            String errorCode, String text, RetryStrategy retryStrategy) {
        OperationOutcome outcome = new OperationOutcome();
        addIssue(outcome, severity, type, errorCode, text, retryStrategy);
        return outcome;
    }

    private static OperationOutcome.OperationOutcomeIssueComponent addIssue(OperationOutcome outcome,
            OperationOutcome.IssueSeverity severity, OperationOutcome.IssueType type, String errorCode, String text,
            RetryStrategy retryStrategy) {
        OperationOutcome.OperationOutcomeIssueComponent component = outcome.addIssue()
                .setSeverity(severity)
                .setCode(type)
                .setDetails(new CodeableConcept()
                        .addCoding(new org.hl7.fhir.r4.model.Coding(MeldeportFhir.ERROR_CODE_SYSTEM, errorCode, null))
                        .setText(text));
        if (retryStrategy != null) {
            component.addExtension(MeldeportFhir.RETRY_STRATEGY, new CodeType(retryStrategy.code()));
        }
        return component;
    }

    private static String diagnostics(SubmissionIssue issue) {
        if (issue.diagnostics() != null) {
            return issue.diagnostics();
        }
        return issue.value() == null ? null : "Offending value: " + issue.value();
    }
}
