package no.meldeport.gateway.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import no.meldeport.fixtures.samples.Sample;
import no.meldeport.fixtures.samples.Samples;
import no.meldeport.gateway.submission.ParsedSubmission;
import no.meldeport.model.ClinicalContext;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.DiabetesAnnualControl;
import no.meldeport.model.Klinikermelding;
import no.meldeport.model.Measurement;
import no.meldeport.model.PersonIdentifierType;
import no.meldeport.model.ReportContent;
import no.meldeport.model.ReportType;
import no.meldeport.model.Sex;
import no.meldeport.model.SickLeavePeriod;
import no.meldeport.model.Sykmelding;
import no.meldeport.model.Vaccination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FhirSubmissionReaderSamplesTest {

    private final FhirSubmissionReader reader = new FhirSubmissionReader();

    static List<Sample> samples() {
        return Samples.all();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleReadsWithItsReportType(Sample sample) {
        ParsedSubmission submission = reader.read(sample.bytes(), sample.contentType());

        assertThat(submission.type()).isEqualTo(sample.reportType());
        assertThat(submission.messageId()).startsWith("urn:uuid:");
        assertThat(submission.contents()).isNotEmpty();
        assertThat(submission.context().patient()).isNotNull();
        assertThat(submission.context().clinician().hprNumber()).isIn("565501872", "9144889");
        assertThat(submission.context().organization().organisationNumber()).isIn("974589095", "983044778");
        for (ReportContent content : submission.contents()) {
            assertThat(submission.locationOf(content.sourceId())).matches("Bundle\\.entry\\[\\d+]\\.resource");
        }
    }

    @Test
    void vaccinationAloneIsRead() {
        ParsedSubmission submission = read("vaccination-influenza");

        ClinicalContext context = submission.context();
        assertThat(context.patient().identifier().type()).isEqualTo(PersonIdentifierType.FODSELSNUMMER);
        assertThat(context.patient().identifier().value()).isEqualTo("17054026641");
        assertThat(context.patient().givenName()).isEqualTo("Astrid");
        assertThat(context.patient().middleName()).isEqualTo("Lie");
        assertThat(context.patient().familyName()).isEqualTo("Haugen");
        assertThat(context.patient().birthDate()).isEqualTo(LocalDate.of(1940, 5, 17));
        assertThat(context.patient().sex()).isEqualTo(Sex.FEMALE);
        assertThat(context.patient().municipalityCode()).isEqualTo("4601");
        assertThat(context.clinician().hprNumber()).isEqualTo("565501872");
        assertThat(context.clinician().givenName()).isEqualTo("Ingrid");
        assertThat(context.clinician().familyName()).isEqualTo("Fjeld");
        assertThat(context.clinician().phone()).isEqualTo("+4755501872");
        assertThat(context.organization().name()).isEqualTo("Fjordvik legesenter");
        assertThat(context.organization().herId()).isEqualTo("8143541");
        assertThat(context.encounterId()).isNull();
        assertThat(context.encounterDate()).isNull();

        Vaccination vaccination = only(submission, Vaccination.class);
        assertThat(vaccination.sysvakCode()).isEqualTo(new Coding(Vaccination.SYSVAK_SYSTEM, "AII02", "Fluad"));
        assertThat(vaccination.atcCode().system()).isEqualTo(CodeSystems.ATC);
        assertThat(vaccination.atcCode().code()).isEqualTo("J07BB02");
        assertThat(vaccination.occurrence()).isEqualTo(OffsetDateTime.parse("2026-10-20T10:15:00+02:00"));
        assertThat(vaccination.lotNumber()).isEqualTo("TH2461AB");
        assertThat(vaccination.doseNumber()).isEqualTo(1);
        assertThat(vaccination.targetDisease().code()).isEqualTo("6142004");
        assertThat(vaccination.site().code()).isEqualTo("LA");
        assertThat(vaccination.route().code()).isEqualTo("IM");
        assertThat(vaccination.consent()).isTrue();
        assertThat(vaccination.sourceId()).startsWith("urn:uuid:");
    }

    @Test
    void klinikermeldingInIcd10IsRead() {
        ParsedSubmission submission = read("klinikermelding-campylobacteriosis");

        Klinikermelding candidate = only(submission, Klinikermelding.class);
        assertThat(candidate.diagnosis().system()).isEqualTo(CodeSystems.ICD10);
        assertThat(candidate.diagnosis().code()).isEqualTo("A04.5");
        assertThat(candidate.msisDisease()).isNull();
        assertThat(candidate.msisGroup()).isNull();
        assertThat(candidate.diagnosisDate()).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(candidate.symptomOnsetDate()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(candidate.infectionMunicipality()).isNull();
        assertThat(candidate.infectionCountry()).isEqualTo("ES");
        assertThat(candidate.exposureSetting()).isEqualTo("Reise i utlandet");
        assertThat(candidate.transmissionRoute()).isEqualTo("Næringsmiddelbåren");
        assertThat(candidate.closeContactConfirmed()).isFalse();
        assertThat(candidate.testingReason()).isEqualTo("Symptomer");
        assertThat(candidate.vaccinationStatus()).isNull();
        assertThat(candidate.hospitalised()).isFalse();
        assertThat(candidate.note()).contains("Campylobacter påvist");
        assertThat(submission.context().patient().givenName()).isEqualTo("Per Olav");
        assertThat(submission.context().patient().middleName()).isNull();
        assertThat(submission.context().patient().sex()).isEqualTo(Sex.MALE);
        assertThat(submission.context().encounterDate()).isEqualTo(LocalDate.of(2026, 11, 9));
    }

    @Test
    void klinikermeldingInIcpc2WithoutFocusIsRead() {
        ParsedSubmission submission = read("klinikermelding-pertussis-icpc2");

        Klinikermelding candidate = only(submission, Klinikermelding.class);
        assertThat(candidate.diagnosis()).isEqualTo(new Coding(CodeSystems.ICPC2, "R71", "Kikhoste"));
        assertThat(candidate.infectionMunicipality()).isEqualTo("0301");
        assertThat(candidate.infectionCountry()).isEqualTo("NO");
        assertThat(candidate.exposureSetting()).isEqualTo("Skole");
        assertThat(candidate.closeContactConfirmed()).isTrue();
        assertThat(candidate.vaccinationStatus()).isEqualTo("Vaksinert etter barnevaksinasjonsprogrammet");
        assertThat(submission.context().patient().identifier().value()).isEqualTo("13031353453");
    }

    @Test
    void diabetesAnnualControlIsRead() {
        ParsedSubmission submission = read("diabetes-annual-control");

        DiabetesAnnualControl control = only(submission, DiabetesAnnualControl.class);
        assertThat(control.controlDate()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(control.diabetesDiagnosis().system()).isEqualTo(CodeSystems.ICD10);
        assertThat(control.diabetesDiagnosis().code()).isEqualTo("E11");
        assertThat(control.yearOfDiagnosis()).isEqualTo(2014);
        assertThat(control.measurements()).extracting(measurement -> measurement.code().code()).containsExactly(
                "NPU27300", "8480-6", "8462-4", "NPU01568", "NPU04998", "NOR25909", "NOR15260", "NPU27281", "29463-7");
        Measurement hba1c = control.measurements().get(0);
        assertThat(hba1c.code().system()).isEqualTo(CodeSystems.NLK);
        assertThat(hba1c.value()).isEqualByComparingTo(new BigDecimal("53"));
        assertThat(hba1c.unit()).isEqualTo("mmol/mol");
        assertThat(hba1c.effectiveDate()).isEqualTo(LocalDate.of(2026, 11, 11));
        Measurement systolic = control.measurements().get(1);
        assertThat(systolic.code().system()).isEqualTo(CodeSystems.LOINC);
        assertThat(systolic.value()).isEqualByComparingTo(new BigDecimal("138"));
        assertThat(systolic.unit()).isEqualTo("mm[Hg]");
        assertThat(control.measurements().get(5).unit()).isEqualTo("mL/min/{1.73_m2}");
        assertThat(control.measurements().get(8).value()).isEqualByComparingTo(new BigDecimal("91.5"));
        assertThat(control.footExaminationDone()).isTrue();
        assertThat(control.monofilamentSensationReduced()).isFalse();
        assertThat(control.eyeExaminationDone()).isTrue();
        assertThat(control.retinopathy()).isFalse();
        assertThat(control.smoking()).isEqualTo(DiabetesAnnualControl.SmokingStatus.FORMER);
        assertThat(control.medications()).extracting(Coding::code).containsExactly("A10BA02", "C10AA05");
        assertThat(control.medications()).extracting(Coding::system).containsOnly(CodeSystems.ATC);
        assertThat(control.complications()).containsExactly(
                new Coding(CodeSystems.ICD10, "I25.1", "Aterosklerotisk hjertesykdom"));
    }

    @Test
    void sykmeldingWithOnePeriodIsRead() {
        ParsedSubmission submission = read("sykmelding-one-period");

        Sykmelding sykmelding = only(submission, Sykmelding.class);
        assertThat(sykmelding.mainDiagnosis()).isEqualTo(new Coding(CodeSystems.ICPC2, "R78", "Akutt bronkitt/bronkiolitt"));
        assertThat(sykmelding.secondaryDiagnoses()).isEmpty();
        assertThat(sykmelding.periods()).containsExactly(new SickLeavePeriod(LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 29), SickLeavePeriod.Kind.ACTIVITY_NOT_POSSIBLE, null, null,
                "Feber og kraftig hoste, kan ikke arbeide utendørs", null));
        assertThat(sykmelding.employer().name()).isEqualTo("Vestbygg AS");
        assertThat(sykmelding.employer().organisationNumber()).isEqualTo("923456783");
        assertThat(sykmelding.employer().occupation()).isEqualTo("Tømrer");
        assertThat(sykmelding.employer().positionPercent()).isEqualTo(100);
        assertThat(sykmelding.treatedAt()).isEqualTo(OffsetDateTime.parse("2026-11-23T09:40:00+01:00"));
        assertThat(sykmelding.contactDate()).isNull();
        assertThat(sykmelding.returnToWorkExpected()).isTrue();
        assertThat(sykmelding.prognosis()).isEqualTo("Forventes tilbake i full jobb etter perioden.");
        assertThat(submission.context().patient().identifier().type()).isEqualTo(PersonIdentifierType.D_NUMBER);
        assertThat(submission.context().patient().identifier().value()).isEqualTo("51106297510");
    }

    @Test
    void sykmeldingWithTwoPeriodsIsRead() {
        ParsedSubmission submission = read("sykmelding-two-periods");

        Sykmelding sykmelding = only(submission, Sykmelding.class);
        assertThat(sykmelding.mainDiagnosis().code()).isEqualTo("L96");
        assertThat(sykmelding.secondaryDiagnoses()).extracting(Coding::code).containsExactly("K86");
        assertThat(sykmelding.periods()).hasSize(2);
        SickLeavePeriod full = sykmelding.periods().get(0);
        assertThat(full.kind()).isEqualTo(SickLeavePeriod.Kind.ACTIVITY_NOT_POSSIBLE);
        assertThat(full.from()).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(full.to()).isEqualTo(LocalDate.of(2026, 9, 20));
        SickLeavePeriod graded = sykmelding.periods().get(1);
        assertThat(graded.kind()).isEqualTo(SickLeavePeriod.Kind.GRADED);
        assertThat(graded.gradePercent()).isEqualTo(50);
        assertThat(graded.from()).isEqualTo(LocalDate.of(2026, 9, 21));
        assertThat(graded.to()).isEqualTo(LocalDate.of(2026, 10, 4));
        assertThat(sykmelding.employer().name()).isEqualTo("Vestbygg AS");
        assertThat(sykmelding.employer().organisationNumber()).isNull();
        assertThat(sykmelding.contactDate()).isEqualTo(LocalDate.of(2026, 9, 4));
    }

    @Test
    void sykmeldingReportLeavesItsDiagnosesOut() {
        ParsedSubmission submission = read("sykmelding-two-periods");

        assertThat(submission.contents()).hasSize(1);
        assertThat(submission.contents().get(0)).isInstanceOf(Sykmelding.class);
    }

    @Test
    void vaccinationAndNotifiableEncounterIsRead() {
        ParsedSubmission submission = read("encounter-vaccination-and-notifiable");

        assertThat(submission.contents()).extracting(content -> content.getClass().getSimpleName())
                .containsExactly("Vaccination", "Klinikermelding", "Klinikermelding");
        assertThat(submission.contents()).filteredOn(Klinikermelding.class::isInstance)
                .extracting(content -> ((Klinikermelding) content).diagnosis().code())
                .containsExactly("A02.0", "I10");
        assertThat(submission.context().encounterDate()).isEqualTo(LocalDate.of(2026, 10, 28));
        assertThat(submission.context().encounterId()).startsWith("urn:uuid:");
    }

    @Test
    void encounterWithThreeRegistriesIsRead() {
        ParsedSubmission submission = read("encounter-three-registries");

        assertThat(submission.contents()).extracting(content -> content.getClass().getSimpleName())
                .containsExactly("Vaccination", "DiabetesAnnualControl", "Klinikermelding", "Sykmelding");
        DiabetesAnnualControl control = only(submission, DiabetesAnnualControl.class);
        assertThat(control.diabetesDiagnosis()).isEqualTo(new Coding(CodeSystems.ICPC2, "T90", "Diabetes type 2"));
        assertThat(control.yearOfDiagnosis()).isEqualTo(2019);
        assertThat(control.smoking()).isEqualTo(DiabetesAnnualControl.SmokingStatus.NEVER);
        assertThat(control.eyeExaminationDone()).isNull();
        Sykmelding sykmelding = only(submission, Sykmelding.class);
        assertThat(sykmelding.mainDiagnosis().code()).isEqualTo("L03");
        assertThat(sykmelding.secondaryDiagnoses()).extracting(Coding::code).containsExactly("T90");
        Klinikermelding candidate = only(submission, Klinikermelding.class);
        assertThat(candidate.diagnosis().code()).isEqualTo("L03");
    }

    @Test
    void xmlSampleWithDNumberIsRead() {
        ParsedSubmission submission = read("vaccination-d-number");

        assertThat(submission.type()).isEqualTo(ReportType.VACCINATION);
        assertThat(submission.messageId()).isEqualTo("urn:uuid:c330c7cc-058c-5d97-b19c-f9aff31c5173");
        assertThat(submission.context().patient().identifier().type()).isEqualTo(PersonIdentifierType.D_NUMBER);
        assertThat(submission.context().patient().identifier().value()).isEqualTo("51106297510");
        assertThat(submission.context().patient().municipalityCode()).isEqualTo("1103");
        assertThat(submission.context().encounterId()).isEqualTo("Encounter/kons-2026-11-05-1");
        Vaccination vaccination = only(submission, Vaccination.class);
        assertThat(vaccination.sourceId()).isEqualTo("Immunization/imm-2026-11-05-1");
        assertThat(vaccination.sysvakCode().code()).isEqualTo("BNT03");
        assertThat(vaccination.atcCode().code()).isEqualTo("J07BN01");
        assertThat(vaccination.consent()).isNull();
        assertThat(vaccination.occurrence()).isEqualTo(OffsetDateTime.parse("2026-11-05T13:20:00+01:00"));
        assertThat(submission.locationOf(vaccination.sourceId())).isEqualTo("Bundle.entry[5].resource");
    }

    @Test
    void xmlAndJsonOfSameBundleReadAlike() {
        byte[] xml = Samples.byName("vaccination-d-number").bytes();
        byte[] json = SampleBundles.json(SampleBundles.bundle("vaccination-d-number"));

        ParsedSubmission fromXml = reader.read(xml, "application/fhir+xml");
        ParsedSubmission fromJson = reader.read(json, "application/fhir+json");

        assertThat(fromJson.contents()).isEqualTo(fromXml.contents());
        assertThat(fromJson.context()).usingRecursiveComparison().isEqualTo(fromXml.context());
    }

    @Test
    void mediaTypeAliasesAndParametersAreAccepted() {
        Sample json = Samples.byName("vaccination-influenza");
        Sample xml = Samples.byName("vaccination-d-number");

        assertThat(reader.read(json.bytes(), "application/json").type()).isEqualTo(ReportType.VACCINATION);
        assertThat(reader.read(json.bytes(), "application/fhir+json; charset=UTF-8; fhirVersion=4.0")
                .type()).isEqualTo(ReportType.VACCINATION);
        assertThat(reader.read(xml.bytes(), "application/xml").type()).isEqualTo(ReportType.VACCINATION);
        assertThat(reader.read(xml.bytes(), "Application/FHIR+XML").type()).isEqualTo(ReportType.VACCINATION);
    }

    private ParsedSubmission read(String sampleName) {
        Sample sample = Samples.byName(sampleName);
        return reader.read(sample.bytes(), sample.contentType());
    }

    private static <T extends ReportContent> T only(ParsedSubmission submission, Class<T> type) {
        List<T> matches = submission.contents().stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(matches).as(type.getSimpleName() + " parts").hasSize(1);
        return matches.get(0);
    }
}
