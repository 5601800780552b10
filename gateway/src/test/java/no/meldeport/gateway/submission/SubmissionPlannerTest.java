package no.meldeport.gateway.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.meldeport.fixtures.samples.Sample;
import no.meldeport.fixtures.samples.Samples;
import no.meldeport.gateway.fhir.FhirSubmissionReader;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.Klinikermelding;
import no.meldeport.model.NotifiableDisease;
import no.meldeport.model.NotifiableDiseaseCatalog;
import no.meldeport.routes.plan.FanOutPlanner;
import no.meldeport.routes.plan.PlannedDelivery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SubmissionPlannerTest {

    /** The notifiable diagnoses the samples use, standing in for the real table of notifiable diseases. */
    private static final NotifiableDiseaseCatalog CATALOG = new TableCatalog(Map.of(
            CodeSystems.ICD10 + "|A04.5", new NotifiableDisease("Campylobacteriose", "A"),
            CodeSystems.ICD10 + "|A02.0", new NotifiableDisease("Salmonellose", "A"),
            CodeSystems.ICPC2 + "|R71", new NotifiableDisease("Kikhoste", "A")));

    private final FhirSubmissionReader reader = new FhirSubmissionReader();
    private final SubmissionPlanner planner = new SubmissionPlanner(new FanOutPlanner(CATALOG));

    static List<Sample> samples() {
        return Samples.all();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleReachesItsIndexedRegistries(Sample sample) {
        ParsedSubmission submission = reader.read(sample.bytes(), sample.contentType());

        List<PlannedDelivery> deliveries = planner.plan(submission);

        assertThat(deliveries).extracting(PlannedDelivery::registry).containsExactlyElementsOf(sample.registries());
    }

    @Test
    void notifiableDiseaseInEncounterGetsMsisDisease() {
        Sample sample = Samples.byName("encounter-vaccination-and-notifiable");
        ParsedSubmission submission = reader.read(sample.bytes(), sample.contentType());

        List<PlannedDelivery> deliveries = planner.plan(submission);

        Klinikermelding notification = (Klinikermelding) deliveries.get(1).content();
        assertThat(notification.diagnosis().code()).isEqualTo("A02.0");
        assertThat(notification.msisDisease()).isEqualTo("Salmonellose");
        assertThat(notification.msisGroup()).isEqualTo("A");
    }

    @Test
    void klinikermeldingWithNonNotifiableDiagnosisIsRejected() {
        String body = Samples.byName("klinikermelding-campylobacteriosis").text()
                .replace("\"code\": \"A04.5\"", "\"code\": \"I10\"");
        ParsedSubmission submission = reader.read(body.getBytes(StandardCharsets.UTF_8), "application/fhir+json");

        InvalidSubmissionException exception =
                catchThrowableOfType(InvalidSubmissionException.class, () -> planner.plan(submission));

        assertThat(exception.issues()).hasSize(1);
        SubmissionIssue issue = exception.issues().get(0);
        assertThat(issue.message()).isEqualTo(IssueMessage.DIAGNOSIS_NOT_NOTIFIABLE);
        assertThat(issue.code()).isEqualTo(IssueCode.CODE_INVALID);
        assertThat(issue.expression()).isEqualTo("Bundle.entry[5].resource.code");
        assertThat(issue.value()).isNull();
        assertThat(exception.httpStatus()).isEqualTo(422);
        assertThat(exception.getMessage()).doesNotContain("I10");
    }

    private record TableCatalog(Map<String, NotifiableDisease> diseases) implements NotifiableDiseaseCatalog {

        @Override
        public Optional<NotifiableDisease> find(Coding diagnosis) {
            return Optional.ofNullable(diseases.get(diagnosis.system() + "|" + diagnosis.code()));
        }
    }
}
