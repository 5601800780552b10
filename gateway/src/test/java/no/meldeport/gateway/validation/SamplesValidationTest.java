package no.meldeport.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import no.meldeport.fixtures.samples.Sample;
import no.meldeport.fixtures.samples.Samples;
import no.meldeport.gateway.fhir.FhirIssueLocator;
import no.meldeport.gateway.fhir.FhirSubmissionReader;
import no.meldeport.gateway.reporttype.ReportTypeCatalog;
import no.meldeport.gateway.submission.ParsedSubmission;
import no.meldeport.gateway.submission.SubmissionIssue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample passes the content rules without errors, and its warnings are ones the sample means to have. */
class SamplesValidationTest {

    /** A day after the latest date in the samples. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);

    private final FhirSubmissionReader reader = new FhirSubmissionReader();
    private final SubmissionValidator validator = new SubmissionValidator(ReportTypeCatalog.standard(), true, CLOCK);

    static Stream<Sample> samples() {
        return Samples.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleHasNoErrors(Sample sample) {
        ParsedSubmission submission = reader.read(sample.bytes(), sample.contentType());

        ValidationReport report = validator.validate(submission, null, FhirIssueLocator.of(submission));

        assertThat(report.errors()).as(describe(report)).isEmpty();
        assertThat(report.warnings()).as(describe(report)).isEmpty();
    }

    private static String describe(ValidationReport report) {
        StringBuilder text = new StringBuilder();
        for (SubmissionIssue issue : report.issues()) {
            text.append('\n').append(issue).append(": ").append(issue.englishText());
        }
        return text.toString();
    }
}
