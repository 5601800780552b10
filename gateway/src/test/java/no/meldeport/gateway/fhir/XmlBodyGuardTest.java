package no.meldeport.gateway.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import no.meldeport.fixtures.samples.Samples;
import no.meldeport.gateway.submission.InvalidSubmissionException;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.SubmissionIssue;
import no.meldeport.gateway.validation.body.BodyLimits;
import org.junit.jupiter.api.Test;

class XmlBodyGuardTest {

    private static final BodyLimits LIMITS = new BodyLimits(1_000_000, 20, 50, 30);
    private static final String FHIR = " xmlns=\"http://hl7.org/fhir\"";

    private static SubmissionIssue single(String xml) {
        InvalidSubmissionException exception =
                catchThrowableOfType(InvalidSubmissionException.class, () -> XmlBodyGuard.check(xml, LIMITS));
        assertThat(exception).as("expected the XML to be rejected").isNotNull();
        assertThat(exception.issues()).hasSize(1);
        return exception.issues().get(0);
    }

    @Test
    void xmlSamplePasses() {
        String sample = Samples.byName("vaccination-d-number").text();

        assertThatCode(() -> XmlBodyGuard.check(sample, BodyLimits.DEFAULTS)).doesNotThrowAnyException();
    }

    @Test
    void nestingBeyondLimitIsRejected() {
        String xml = "<Bundle" + FHIR + ">" + "<extension>".repeat(25) + "</extension>".repeat(25) + "</Bundle>";

        SubmissionIssue issue = single(xml);

        assertThat(issue.message()).isEqualTo(IssueMessage.NESTING_TOO_DEEP);
        assertThat(issue.expression()).startsWith("Bundle.extension.extension");
    }

    @Test
    void tooManyEntriesAreRejected() {
        String xml = "<Bundle" + FHIR + ">" + "<entry><resource><Basic/></resource></entry>".repeat(31) + "</Bundle>";

        SubmissionIssue issue = single(xml);

        assertThat(issue.message()).isEqualTo(IssueMessage.BUNDLE_TOO_MANY_ENTRIES);
        assertThat(issue.expression()).isEqualTo("Bundle.entry");
    }

    @Test
    void repeatedSiblingsBeyondLimitAreRejected() {
        String xml = "<Bundle" + FHIR + ">" + "<link/>".repeat(51) + "</Bundle>";

        SubmissionIssue issue = single(xml);

        assertThat(issue.message()).isEqualTo(IssueMessage.ARRAY_TOO_LONG);
        assertThat(issue.expression()).isEqualTo("Bundle.link");
    }

    @Test
    void resourceOfOtherVersionIsRejected() {
        String xml = "<Bundle" + FHIR + "><entry><resource><Conformance/></resource></entry></Bundle>";

        SubmissionIssue issue = single(xml);

        assertThat(issue.message()).isEqualTo(IssueMessage.FHIR_VERSION_NOT_SUPPORTED);
        assertThat(issue.expression()).isEqualTo("Bundle.entry[0].resource");
        assertThat(issue.arguments()).containsExactly("DSTU2");
    }

    @Test
    void messageHeaderEventIsRejected() {
        String xml = "<Bundle" + FHIR + "><entry><resource><MessageHeader><event><code value=\"x\"/></event>"
                + "</MessageHeader></resource></entry></Bundle>";

        SubmissionIssue issue = single(xml);

        assertThat(issue.message()).isEqualTo(IssueMessage.FHIR_VERSION_NOT_SUPPORTED);
        assertThat(issue.expression()).isEqualTo("Bundle.entry[0].resource.event");
    }
}
