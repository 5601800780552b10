package no.meldeport.gateway.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.IssueSeverity;
import no.meldeport.gateway.submission.MessageLanguage;
import no.meldeport.gateway.submission.SubmissionIssue;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

class OperationOutcomesTest {

    @Test
    void issueBecomesOutcomeIssue() {
        SubmissionIssue issue = SubmissionIssue.error(IssueMessage.BUNDLE_NOT_MESSAGE, "Bundle.type", "collection",
                "collection");

        OperationOutcome outcome = OperationOutcomes.from(List.of(issue));

        OperationOutcome.OperationOutcomeIssueComponent component = outcome.getIssueFirstRep();
        assertThat(outcome.getIssue()).hasSize(1);
        assertThat(component.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
        assertThat(component.getCode()).isEqualTo(OperationOutcome.IssueType.VALUE);
        assertThat(component.getExpression()).extracting(Object::toString).containsExactly("Bundle.type");
        assertThat(component.getDetails().getText()).isEqualTo("The Bundle type is collection, but it must be message.");
        assertThat(component.getDetails().getCodingFirstRep().getSystem()).isEqualTo(MeldeportFhir.ERROR_CODE_SYSTEM);
        assertThat(component.getDetails().getCodingFirstRep().getCode()).isEqualTo("MP-1021");
        assertThat(component.getDiagnostics()).isEqualTo("Offending value: collection");
        assertThat(component.getExtensionByUrl(MeldeportFhir.RETRY_STRATEGY).getValue().primitiveValue())
                .isEqualTo("fix-and-resend");
    }

    @Test
    void parserDetailGoesToDiagnostics() {
        SubmissionIssue issue = SubmissionIssue.error(IssueMessage.BODY_NOT_FHIR, null, null, "JSON")
                .withDiagnostics("Unexpected character at line 1");

        OperationOutcome.OperationOutcomeIssueComponent component =
                OperationOutcomes.from(List.of(issue)).getIssueFirstRep();

        assertThat(component.getCode()).isEqualTo(OperationOutcome.IssueType.STRUCTURE);
        assertThat(component.hasExpression()).isFalse();
        assertThat(component.getDiagnostics()).isEqualTo("Unexpected character at line 1");
    }

    @Test
    void everyIssueCodeIsAFhirIssueType() {
        for (IssueMessage message : IssueMessage.values()) {
            SubmissionIssue issue = SubmissionIssue.error(message, null, null, "a", "b", "c", "d", "e");

            OperationOutcome.OperationOutcomeIssueComponent component =
                    OperationOutcomes.from(List.of(issue)).getIssueFirstRep();

            assertThat(component.getCode().toCode()).as(message.name()).isEqualTo(message.issueCode().code());
            assertThat(component.getDetails().getText()).as(message.name()).doesNotContain("{").isNotBlank();
        }
    }

    @Test
    void languageSelectsNorwegianText() {
        SubmissionIssue issue = SubmissionIssue.error(IssueMessage.BUNDLE_NOT_MESSAGE, "Bundle.type", "collection",
                "collection");

        OperationOutcome outcome = OperationOutcomes.from(List.of(issue), MessageLanguage.NB);

        assertThat(outcome.getIssueFirstRep().getDetails().getText())
                .isEqualTo("Bundle har typen collection, men den må være message.");
    }

    @Test
    void informationIssueHasNoRetryStrategy() {
        SubmissionIssue issue = new SubmissionIssue(IssueSeverity.INFORMATION, IssueMessage.VALIDATION_PASSED, null,
                List.of(), null, null);

        OperationOutcome.OperationOutcomeIssueComponent component =
                OperationOutcomes.from(List.of(issue)).getIssueFirstRep();

        assertThat(component.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.INFORMATION);
        assertThat(component.getCode()).isEqualTo(OperationOutcome.IssueType.INFORMATIONAL);
        assertThat(component.hasExtension(MeldeportFhir.RETRY_STRATEGY)).isFalse();
    }

    @Test
    void textFunctionSetsDetailsText() {
        SubmissionIssue issue = SubmissionIssue.error(IssueMessage.BUNDLE_EMPTY, "Bundle.entry", null);

        OperationOutcome outcome = OperationOutcomes.from(List.of(issue), found -> "Bundle har ingen entry.");

        assertThat(outcome.getIssueFirstRep().getDetails().getText()).isEqualTo("Bundle har ingen entry.");
    }

    @Test
    void errorCodesAndKeysAreUnique() {
        assertThat(List.of(IssueMessage.values())).extracting(IssueMessage::errorCode).doesNotHaveDuplicates();
        assertThat(List.of(IssueMessage.values())).extracting(IssueMessage::messageKey).doesNotHaveDuplicates();
        assertThat(IssueMessage.BUNDLE_NOT_MESSAGE.messageKey()).isEqualTo("submission.bundle-not-message");
    }
}
