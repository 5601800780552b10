package no.meldeport.gateway.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import no.meldeport.gateway.submission.ParsedSubmission;
import no.meldeport.model.ClinicalContext;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.DiabetesAnnualControl;
import no.meldeport.model.Employer;
import no.meldeport.model.Klinikermelding;
import no.meldeport.model.Measurement;
import no.meldeport.model.Organization;
import no.meldeport.model.Patient;
import no.meldeport.model.PersonIdentifier;
import no.meldeport.model.PersonIdentifierType;
import no.meldeport.model.Practitioner;
import no.meldeport.model.ReportContent;
import no.meldeport.model.ReportType;
import no.meldeport.model.Sex;
import no.meldeport.model.SickLeavePeriod;
import no.meldeport.model.Sykmelding;
import no.meldeport.model.Vaccination;

/** Valid parts and contexts of the internal model for validator tests, with the synthetic test persons only. */
final class TestSubmissions {

    static final PersonIdentifier FNR = PersonIdentifier.of(PersonIdentifierType.FODSELSNUMMER, "17054026641");
    static final LocalDate FNR_BIRTH_DATE = LocalDate.of(1940, 5, 17);
    static final Practitioner CLINICIAN = new Practitioner("565501872", "Ingrid", "Fjeld", "+4755501872");
    static final Organization POINT_OF_CARE = new Organization("974589095", "Fjordvik legesenter", "8143541");
    static final OffsetDateTime TREATED = OffsetDateTime.parse("2026-11-20T10:15:00+01:00");

    private TestSubmissions() {
    }

    static Patient patient(PersonIdentifier identifier, LocalDate birthDate) {
        return new Patient(identifier, "Astrid", null, "Haugen", birthDate, Sex.FEMALE, "4601");
    }

    static ClinicalContext context(Patient patient, Practitioner clinician) {
        return new ClinicalContext(patient, clinician, POINT_OF_CARE, null, null);
    }

    static ClinicalContext context() {
        return context(patient(FNR, FNR_BIRTH_DATE), CLINICIAN);
    }

    static ParsedSubmission submission(ReportType type, ClinicalContext context, ReportContent... parts) {
        return new ParsedSubmission("msg-1", type, context, List.of(parts), Map.of());
    }

    static Vaccination vaccination(String sysvak, String atc, OffsetDateTime occurrence) {
        return new Vaccination("Immunization/imm-1", new Coding(Vaccination.SYSVAK_SYSTEM, sysvak, null),
                new Coding(CodeSystems.ATC, atc, null), occurrence, "TH2461AB", 1, null, null, null, true);
    }

    static Vaccination vaccination() {
        return vaccination("AII02", "J07BB02", TREATED);
    }

    static Klinikermelding klinikermelding(Coding diagnosis, LocalDate diagnosisDate, LocalDate onset) {
        return new Klinikermelding("Condition/cond-1", diagnosis, null, null, diagnosisDate, onset, null, "ES",
                null, null, null, null, null, false, null);
    }

    static Klinikermelding klinikermelding() {
        return klinikermelding(new Coding(CodeSystems.ICD10, "A04.5", null), LocalDate.of(2026, 11, 9),
                LocalDate.of(2026, 11, 4));
    }

    static Measurement measurement(String system, String code, String value, String unit) {
        return new Measurement(new Coding(system, code, null), new BigDecimal(value), unit, LocalDate.of(2026, 11, 10));
    }

    static DiabetesAnnualControl annualControl(Coding diagnosis, Integer yearOfDiagnosis, List<Measurement> values) {
        return new DiabetesAnnualControl("Observation/panel-1", LocalDate.of(2026, 11, 18), diagnosis, yearOfDiagnosis,
                values, true, false, true, false, DiabetesAnnualControl.SmokingStatus.NEVER, List.of(), List.of());
    }

    static DiabetesAnnualControl annualControl(List<Measurement> values) {
        return annualControl(new Coding(CodeSystems.ICD10, "E11", null), 2014, values);
    }

    static List<Measurement> usualMeasurements() {
        return List.of(measurement(CodeSystems.NLK, "NPU27300", "53", "mmol/mol"),
                measurement(CodeSystems.LOINC, "8480-6", "138", "mm[Hg]"));
    }

    static SickLeavePeriod period(String from, String to, SickLeavePeriod.Kind kind, Integer grade, Integer days) {
        return new SickLeavePeriod(LocalDate.parse(from), LocalDate.parse(to), kind, grade, days, null,
                kind == SickLeavePeriod.Kind.WAITING ? "Tilrettelegging" : null);
    }

    static Sykmelding sykmelding(List<SickLeavePeriod> periods, LocalDate contactDate) {
        return new Sykmelding("Composition/syk-1", new Coding(CodeSystems.ICPC2, "L96", null), List.of(), periods,
                new Employer("Vestbygg AS", "923456783", "Tømrer", 100), TREATED, contactDate, true, null);
    }

    static Sykmelding sykmelding() {
        return sykmelding(List.of(period("2026-11-20", "2026-11-30", SickLeavePeriod.Kind.ACTIVITY_NOT_POSSIBLE,
                null, null)), null);
    }
}
