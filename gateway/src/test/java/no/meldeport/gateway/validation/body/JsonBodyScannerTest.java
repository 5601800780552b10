package no.meldeport.gateway.validation.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import no.meldeport.fixtures.samples.Sample;
import no.meldeport.fixtures.samples.Samples;
import no.meldeport.gateway.submission.InvalidSubmissionException;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.SubmissionIssue;
import org.junit.jupiter.api.Test;

class JsonBodyScannerTest {

    private static final BodyLimits LIMITS = new BodyLimits(1_000_000, 20, 50, 30);

    private final JsonBodyScanner scanner = new JsonBodyScanner(LIMITS);

    private InvalidSubmissionException reject(String json) {
        InvalidSubmissionException exception =
                catchThrowableOfType(InvalidSubmissionException.class, () -> scanner.scan(json));
        assertThat(exception).as("expected the body to be rejected").isNotNull();
        return exception;
    }

    private static SubmissionIssue single(InvalidSubmissionException exception) {
        assertThat(exception.issues()).hasSize(1);
        return exception.issues().get(0);
    }

    @Test
    void everyJsonSamplePasses() {
        for (Sample sample : Samples.all()) {
            if (sample.contentType().endsWith("json")) {
                assertThatCode(() -> new JsonBodyScanner(BodyLimits.DEFAULTS).scan(sample.text()))
                        .as(sample.name()).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void nestingBeyondLimitIsRejected() {
        String json = "{\"resourceType\":\"Bundle\",\"extension\":" + "[".repeat(30) + "]".repeat(30) + "}";

        InvalidSubmissionException exception = reject(json);

        SubmissionIssue issue = single(exception);
        assertThat(issue.message()).isEqualTo(IssueMessage.NESTING_TOO_DEEP);
        assertThat(issue.expression()).startsWith("Bundle.extension[0]");
        assertThat(exception.httpStatus()).isEqualTo(400);
    }

    @Test
    void duplicatePropertiesAreAllReported() {
        String json = "{\"resourceType\":\"Bundle\",\"type\":\"message\",\"type\":\"collection\",\"entry\":["
                + "{\"resource\":{\"resourceType\":\"Patient\",\"gender\":\"male\",\"gender\":\"female\"}}]}";

        InvalidSubmissionException exception = reject(json);

        assertThat(exception.issues()).extracting(SubmissionIssue::message)
                .containsOnly(IssueMessage.DUPLICATE_JSON_PROPERTY);
        assertThat(exception.issues()).extracting(SubmissionIssue::expression)
                .containsExactly("Bundle.type", "Bundle.entry[0].resource.gender");
    }

    @Test
    void longArrayIsRejected() {
        String json = "{\"resourceType\":\"Bundle\",\"link\":[" + "1,".repeat(60) + "1]}";

        InvalidSubmissionException exception = reject(json);

        SubmissionIssue issue = single(exception);
        assertThat(issue.message()).isEqualTo(IssueMessage.ARRAY_TOO_LONG);
        assertThat(issue.expression()).isEqualTo("Bundle.link[50]");
        assertThat(exception.httpStatus()).isEqualTo(413);
    }

    @Test
    void tooManyBundleEntriesAreRejected() {
        String entries = "{\"resource\":{\"resourceType\":\"Basic\"}},".repeat(31);
        String json = "{\"resourceType\":\"Bundle\",\"entry\":[" + entries.substring(0, entries.length() - 1) + "]}";

        SubmissionIssue issue = single(reject(json));

        assertThat(issue.message()).isEqualTo(IssueMessage.BUNDLE_TOO_MANY_ENTRIES);
        assertThat(issue.arguments()).containsExactly("30");
    }

    @Test
    void bodyThatIsNotObjectIsRejected() {
        SubmissionIssue issue = single(reject("[{\"resourceType\":\"Bundle\"}]"));

        assertThat(issue.message()).isEqualTo(IssueMessage.BODY_NOT_FHIR);
        assertThat(issue.diagnostics()).contains("JSON array");
    }

    @Test
    void contentAfterObjectIsRejected() {
        SubmissionIssue issue = single(reject("{\"resourceType\":\"Bundle\"} {\"resourceType\":\"Bundle\"}"));

        assertThat(issue.message()).isEqualTo(IssueMessage.BODY_NOT_FHIR);
        assertThat(issue.diagnostics()).contains("continues after");
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        SubmissionIssue issue = single(reject("{\"resourceType\":\"Bundle\",\n\"type\": message}"));

        assertThat(issue.message()).isEqualTo(IssueMessage.BODY_NOT_FHIR);
        assertThat(issue.diagnostics()).contains("line 2");
    }

    @Test
    void resourceOfOtherVersionIsRejected() {
        String json = "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"ProcedureRequest\"}}]}";

        SubmissionIssue issue = single(reject(json));

        assertThat(issue.message()).isEqualTo(IssueMessage.FHIR_VERSION_NOT_SUPPORTED);
        assertThat(issue.arguments()).containsExactly("STU3");
        assertThat(issue.expression()).isEqualTo("Bundle.entry[0].resource");
    }

    @Test
    void stu3EventIsRejectedInAnyOrder() {
        String eventFirst = "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"event\":{\"code\":\"x\"},"
                + "\"resourceType\":\"MessageHeader\"}}]}";
        String typeFirst = "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"MessageHeader\","
                + "\"event\":{\"code\":\"x\"}}}]}";

        for (String json : new String[] {eventFirst, typeFirst}) {
            SubmissionIssue issue = single(reject(json));

            assertThat(issue.message()).isEqualTo(IssueMessage.FHIR_VERSION_NOT_SUPPORTED);
            assertThat(issue.expression()).isEqualTo("Bundle.entry[0].resource.event");
        }
    }
}
