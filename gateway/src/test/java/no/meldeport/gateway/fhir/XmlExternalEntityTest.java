package no.meldeport.gateway.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.meldeport.fixtures.samples.Samples;
import no.meldeport.gateway.submission.InvalidSubmissionException;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.SubmissionIssue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlExternalEntityTest {

    private static final String XML = "application/fhir+xml";
    private static final String CANARY = "CANARY-7f3c9a1e-must-never-leak";

    @TempDir
    Path directory;

    private String canaryUri;
    private final FhirSubmissionReader reader = new FhirSubmissionReader();

    @BeforeEach
    void writeCanary() throws Exception {
        Path canary = directory.resolve("canary.txt");
        Files.writeString(canary, CANARY);
        canaryUri = canary.toUri().toString();
    }

    @Test
    void externalEntityInNarrativeIsRejected() {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE Bundle [<!ENTITY canary SYSTEM \"" + canaryUri + "\">]>\n"
                + "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"message\"/><entry><resource><Patient>"
                + "<text><status value=\"generated\"/><div xmlns=\"http://www.w3.org/1999/xhtml\">&canary;</div></text>"
                + "</Patient></resource></entry></Bundle>";

        assertRejectedWithoutCanary(body);
    }

    @Test
    void externalEntityInSampleIsRejected() {
        String sample = Samples.byName("vaccination-d-number").text();
        String body = sample
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE Bundle [<!ENTITY lot SYSTEM \""
                                + canaryUri + "\">]>")
                .replace("<lotNumber value=\"GH7302\"/>", "<lotNumber value=\"&lot;\"/><note><text value=\"&lot;\"/></note>");

        assertRejectedWithoutCanary(body);
    }

    @Test
    void externalDtdIsRejected() {
        String body = "<?xml version=\"1.0\"?>\n<!DOCTYPE Bundle SYSTEM \"" + canaryUri + "\">\n"
                + "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"message\"/></Bundle>";

        assertRejectedWithoutCanary(body);
    }

    @Test
    void parameterEntityIsRejected() {
        String body = "<?xml version=\"1.0\"?>\n<!DOCTYPE Bundle [<!ENTITY % remote SYSTEM \"" + canaryUri + "\"> %remote;]>\n"
                + "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"message\"/></Bundle>";

        assertRejectedWithoutCanary(body);
    }

    @Test
    void entityExpansionBombIsRejected() {
        StringBuilder entities = new StringBuilder("<!ENTITY a0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            entities.append("<!ENTITY a").append(level).append(" \"");
            entities.append(("&a" + (level - 1) + ";").repeat(10)).append("\">");
        }
        String body = "<?xml version=\"1.0\"?>\n<!DOCTYPE Bundle [" + entities + "]>\n"
                + "<Bundle xmlns=\"http://hl7.org/fhir\"><id value=\"&a9;\"/><type value=\"message\"/></Bundle>";

        InvalidSubmissionException exception = reject(body);

        assertThat(exception.issues()).extracting(SubmissionIssue::message)
                .containsExactly(IssueMessage.XML_DOCTYPE_NOT_ALLOWED);
    }

    @Test
    void entityReferenceWithoutDoctypeIsRejected() {
        String body = "<Bundle xmlns=\"http://hl7.org/fhir\"><id value=\"&canary;\"/><type value=\"message\"/></Bundle>";

        InvalidSubmissionException exception = reject(body);

        assertThat(exception.issues()).extracting(SubmissionIssue::message)
                .containsExactly(IssueMessage.BODY_NOT_FHIR);
    }

    private void assertRejectedWithoutCanary(String body) {
        InvalidSubmissionException exception = reject(body);

        SubmissionIssue issue = exception.issues().get(0);
        assertThat(exception.issues()).hasSize(1);
        assertThat(issue.message()).isEqualTo(IssueMessage.XML_DOCTYPE_NOT_ALLOWED);
        assertThat(issue.code().code()).isEqualTo("structure");
        assertThat(exception.httpStatus()).isEqualTo(400);
        String outcome = FhirContext.forR4Cached().newJsonParser()
                .encodeResourceToString(OperationOutcomes.from(exception));
        for (String text : List.of(String.valueOf(exception.getMessage()), issue.toString(), issue.englishText(),
                String.valueOf(issue.diagnostics()), outcome)) {
            assertThat(text).doesNotContain(CANARY);
        }
    }

    private InvalidSubmissionException reject(String body) {
        InvalidSubmissionException exception = catchThrowableOfType(InvalidSubmissionException.class,
                () -> reader.read(body.getBytes(StandardCharsets.UTF_8), XML));
        assertThat(exception).as("expected the XML to be rejected").isNotNull();
        return exception;
    }
}
