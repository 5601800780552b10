package no.meldeport.gateway.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import no.meldeport.fixtures.samples.Samples;
import no.meldeport.gateway.submission.ParsedSubmission;
import no.meldeport.model.ReportContent;
import org.junit.jupiter.api.Test;

class FhirIssueLocatorTest {

    private final FhirSubmissionReader reader = new FhirSubmissionReader();

    private ParsedSubmission read(String sample) {
        return reader.read(Samples.byName(sample).bytes(), Samples.byName(sample).contentType());
    }

    private static String sourceId(ParsedSubmission submission, Class<? extends ReportContent> type) {
        return submission.contents().stream().filter(type::isInstance).findFirst().orElseThrow().sourceId();
    }

    @Test
    void vaccinationFieldIsElementOfImmunization() {
        ParsedSubmission submission = read("vaccination-influenza");
        FhirIssueLocator locator = FhirIssueLocator.of(submission);
        String immunization = sourceId(submission, no.meldeport.model.Vaccination.class);

        assertThat(locator.locate(immunization, "occurrence"))
                .isEqualTo(submission.locationOf(immunization) + ".occurrenceDateTime");
        assertThat(locator.locate(immunization, "sysvakCode.code"))
                .isEqualTo(submission.locationOf(immunization) + ".vaccineCode");
        assertThat(locator.locate(immunization, "")).isEqualTo(submission.locationOf(immunization));
    }

    @Test
    void contextFieldsPointAtTheirResources() {
        ParsedSubmission submission = read("vaccination-influenza");
        FhirIssueLocator locator = FhirIssueLocator.of(submission);

        assertThat(locator.locate(null, "patient.identifier.value"))
                .isEqualTo("Bundle.entry[1].resource.identifier[0].value");
        assertThat(locator.locate(null, "patient.birthDate")).isEqualTo("Bundle.entry[1].resource.birthDate");
        assertThat(locator.locate(null, "clinician.hprNumber")).isEqualTo("Bundle.entry[2].resource.identifier[0].value");
        assertThat(locator.locate(null, "organization.organisationNumber"))
                .isEqualTo("Bundle.entry[3].resource.identifier[0].value");
    }

    @Test
    void missingClinicianPointsAtMessageHeaderAuthor() {
        ParsedSubmission submission = read("vaccination-influenza");
        ParsedSubmission withoutAnchors = new ParsedSubmission(submission.messageId(), submission.type(),
                submission.context(), submission.contents(),
                java.util.Map.of(ParsedSubmission.locationKey(null, ""), "Bundle.entry[0].resource"));

        assertThat(FhirIssueLocator.of(withoutAnchors).locate(null, "clinician"))
                .isEqualTo("Bundle.entry[0].resource.author");
    }

    @Test
    void measurementPointsAtMemberObservation() {
        ParsedSubmission submission = read("diabetes-annual-control");
        FhirIssueLocator locator = FhirIssueLocator.of(submission);
        String panel = sourceId(submission, no.meldeport.model.DiabetesAnnualControl.class);

        assertThat(locator.locate(panel, "measurements[0].value"))
                .isEqualTo("Bundle.entry[7].resource.valueQuantity.value");
        assertThat(locator.locate(panel, "measurements[1].unit"))
                .isEqualTo("Bundle.entry[8].resource.component[0].valueQuantity.code");
        assertThat(locator.locate(panel, "measurements[2].value"))
                .isEqualTo("Bundle.entry[8].resource.component[1].valueQuantity.value");
        assertThat(locator.locate(panel, "diabetesDiagnosis.code")).isEqualTo("Bundle.entry[5].resource.code");
        assertThat(locator.locate(panel, "controlDate")).isEqualTo("Bundle.entry[6].resource.effectiveDateTime");
    }

    @Test
    void periodFieldPointsIntoPeriodExtension() {
        ParsedSubmission submission = read("sykmelding-two-periods");
        FhirIssueLocator locator = FhirIssueLocator.of(submission);
        String composition = sourceId(submission, no.meldeport.model.Sykmelding.class);
        String base = submission.locationOf(composition);

        assertThat(locator.locate(composition, "periods[1].gradePercent")).isEqualTo(base
                + ".extension('https://meldeport.no/fhir/StructureDefinition/sykmelding-period')[1]"
                + ".extension('gradePercent').valueInteger");
        assertThat(locator.locate(composition, "periods[0].to")).isEqualTo(base
                + ".extension('https://meldeport.no/fhir/StructureDefinition/sykmelding-period')[0]"
                + ".extension('period').valuePeriod.end");
        assertThat(locator.locate(composition, "treatedAt")).isEqualTo(base + ".date");
    }

    @Test
    void unknownPartHasNoLocation() {
        ParsedSubmission submission = read("vaccination-influenza");

        assertThat(FhirIssueLocator.of(submission).locate("Immunization/unknown", "occurrence")).isNull();
    }
}
