package no.meldeport.mappings;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import no.meldeport.model.ClinicalContext;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.DiabetesAnnualControl;
import no.meldeport.model.DiabetesAnnualControl.SmokingStatus;
import no.meldeport.model.Klinikermelding;
import no.meldeport.model.Measurement;
import no.meldeport.model.Organization;
import no.meldeport.model.Patient;
import no.meldeport.model.PersonIdentifier;
import no.meldeport.model.PersonIdentifierType;
import no.meldeport.model.Practitioner;
import no.meldeport.model.ReportContent;
import no.meldeport.model.Reporter;
import no.meldeport.model.Sex;
import no.meldeport.model.Vaccination;

/**
 * Realistic delivery envelopes for the mapping tests, built from the synthetic test persons only. Every value is fixed,
 * so the golden files stay stable.
 */
public final class TestEnvelopes {

    public static final Instant ACCEPTED_AT = Instant.parse("2026-03-02T09:15:30.123Z");
    public static final String SUBMISSION_ID = "0b9f3c52-6a0e-4d7e-9a43-7c2d1e5f8a10";

    /** Synthetic fødselsnummer of a woman born 1940-05-17. */
    public static final String FNR_ADULT = "17054026641";
    /** Synthetic fødselsnummer of a girl born 2013-03-13. */
    public static final String FNR_CHILD = "13031353453";
    /** Synthetic D-number of a man born 1962-10-11. */
    public static final String D_NUMBER = "51106297510";
    /** Synthetic felles hjelpenummer, for patients without a Norwegian identity number. */
    public static final String FELLES_HJELPENUMMER = "81212121223";

    public static final String HPR_PHYSICIAN = "9144889";
    public static final String HPR_NURSE = "565501872";
    public static final String ORGNR_POINT_OF_CARE = "974589095";
    public static final String ORGNR_LEGAL_ENTITY = "983044778";
    public static final String CLIENT_ID = "epj-vendor-test-client";

    public static final String SNOMED = "http://snomed.info/sct";
    public static final String ACT_SITE = "http://terminology.hl7.org/CodeSystem/v3-ActSite";
    public static final String ROUTE_OF_ADMINISTRATION =
            "http://terminology.hl7.org/CodeSystem/v3-RouteOfAdministration";

    private static final String HBA1C = "NPU27300";

    private TestEnvelopes() {
    }

    // Patients and context

    public static Patient adultWithFnr() {
        return new Patient(PersonIdentifier.of(PersonIdentifierType.FODSELSNUMMER, FNR_ADULT),
                "Kari", "Mari", "Nordmann", LocalDate.of(1940, 5, 17), Sex.FEMALE, "0301");
    }

    public static Patient childWithFnr() {
        return new Patient(PersonIdentifier.of(PersonIdentifierType.FODSELSNUMMER, FNR_CHILD),
                "Emma", null, "Nordmann", LocalDate.of(2013, 3, 13), Sex.FEMALE, "4601");
    }

    public static Patient adultWithDNumber() {
        return new Patient(PersonIdentifier.of(PersonIdentifierType.D_NUMBER, D_NUMBER),
                "Tomasz", null, "Testowski", LocalDate.of(1962, 10, 11), Sex.MALE, "5001");
    }

    /** Returns a patient known only by identifier, as when the EPJ sends nothing else. */
    public static Patient identifierOnly(PersonIdentifierType type, String value) {
        return new Patient(PersonIdentifier.of(type, value), null, null, null, null, null, null);
    }

    public static Practitioner physician() {
        return new Practitioner(HPR_PHYSICIAN, "Hanne", "Fastlege", "+4722000000");
    }

    public static Organization pointOfCare() {
        return new Organization(ORGNR_POINT_OF_CARE, "Storgata legesenter", "8142987");
    }

    public static ClinicalContext context(Patient patient) {
        return new ClinicalContext(patient, physician(), pointOfCare(), "encounter-1", LocalDate.of(2026, 3, 2));
    }

    /** Returns a context with only what the registries require: the patient and the clinician's HPR number. */
    public static ClinicalContext minimalContext(Patient patient) {
        return new ClinicalContext(patient, new Practitioner(HPR_PHYSICIAN, null, null, null), null, null, null);
    }

    public static Reporter reporter() {
        return new Reporter(CLIENT_ID, "Test-EPJ", ORGNR_LEGAL_ENTITY, ORGNR_POINT_OF_CARE, null, HPR_PHYSICIAN);
    }

    public static DeliveryEnvelope envelope(String deliveryId, ClinicalContext context, Reporter reporter,
            ReportContent content) {
        return new DeliveryEnvelope(deliveryId, SUBMISSION_ID, ACCEPTED_AT, context, reporter, content);
    }

    public static Coding icd10(String code, String display) {
        return new Coding(CodeSystems.ICD10, code, display);
    }

    public static Coding icpc2(String code, String display) {
        return new Coding(CodeSystems.ICPC2_FHIR, code, display);
    }

    // SYSVAK

    /** Influenza vaccine for an adult with fødselsnummer, every optional field set. */
    public static DeliveryEnvelope vaccinationFnrFull() {
        Vaccination vaccination = new Vaccination(
                "immunization-1",
                new Coding(Vaccination.SYSVAK_SYSTEM, "AII02", "Fluad"),
                new Coding(CodeSystems.ATC, "J07BB02", "Influensa, inaktivert, splittvirus eller overflateantigen"),
                OffsetDateTime.parse("2026-03-02T10:05:00+01:00"),
                "FL4521",
                1,
                new Coding(SNOMED, "6142004", "Influenza"),
                new Coding(ACT_SITE, "LA", "left arm"),
                new Coding(ROUTE_OF_ADMINISTRATION, "IM", "Injection, intramuscular"),
                true);
        return envelope("6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e01", context(adultWithFnr()), reporter(), vaccination);
    }

    /**
     * Diphtheria-tetanus booster for a D-number patient, given by a nurse. The ATC code comes with the WHO URI, and the
     * event is in summer time, months before it is registered.
     */
    public static DeliveryEnvelope vaccinationDNumber() {
        Vaccination vaccination = new Vaccination(
                "immunization-2",
                new Coding(Vaccination.SYSVAK_SYSTEM, "DT51", null),
                new Coding(CodeSystems.ATC_WHO, "J07AM51", null),
                OffsetDateTime.parse("2025-08-15T14:30:45+02:00"),
                "DT-88123",
                4,
                new Coding(SNOMED, "76902006", "Tetanus"),
                new Coding(ACT_SITE, "RA", "right arm"),
                new Coding(ROUTE_OF_ADMINISTRATION, "IM", "Injection, intramuscular"),
                true);
        ClinicalContext context = new ClinicalContext(adultWithDNumber(),
                new Practitioner(HPR_NURSE, "Per", "Helsesykepleier", null), pointOfCare(), null, null);
        return envelope("6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e02", context, reporter(), vaccination);
    }

    /** BCG for a child in the childhood programme: no consent, and no lot, dose, target disease, site or route. */
    public static DeliveryEnvelope vaccinationMinimal() {
        Vaccination vaccination = new Vaccination(
                "immunization-3",
                new Coding(Vaccination.SYSVAK_SYSTEM, "BCG01", null),
                new Coding(CodeSystems.ATC, "J07AN01", null),
                OffsetDateTime.parse("2026-03-02T08:00:00Z"),
                null, null, null, null, null, null);
        ClinicalContext context = minimalContext(identifierOnly(PersonIdentifierType.FODSELSNUMMER, FNR_CHILD));
        return envelope("6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e03", context, reporter(), vaccination);
    }

    public static Vaccination anyVaccination() {
        return (Vaccination) vaccinationMinimal().content();
    }

    // MSIS

    /** Campylobacteriosis coded in ICD-10 for an adult with fødselsnummer, every optional field set. */
    public static DeliveryEnvelope klinikermeldingFnrFull() {
        Klinikermelding melding = new Klinikermelding(
                "condition-1",
                icd10("A04.5", "Enteritt forårsaket av Campylobacter"),
                "Campylobacteriose",
                "A",
                LocalDate.of(2026, 2, 27),
                LocalDate.of(2026, 2, 20),
                "4601",
                "NO",
                "Restaurant",
                "Næringsmiddelbåren",
                false,
                "Klinisk mistanke",
                "Ikke relevant",
                true,
                "Spiste kyllingrett på restaurant 18. februar.");
        return envelope("7a2e3d4c-5b6a-4f9e-8d7c-2b3c4d5e6f01", context(adultWithFnr()), reporter(), melding);
    }

    /** Pertussis coded in ICPC-2 for a D-number patient, some optional fields set. */
    public static DeliveryEnvelope klinikermeldingIcpc2DNumber() {
        Klinikermelding melding = new Klinikermelding(
                "condition-2",
                icpc2("R71", "Kikhoste"),
                "Kikhoste",
                "A",
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 2, 10),
                null,
                "NO",
                "Arbeidsplass",
                null,
                true,
                null,
                "Uvaksinert",
                false,
                null);
        return envelope("7a2e3d4c-5b6a-4f9e-8d7c-2b3c4d5e6f02", context(adultWithDNumber()), reporter(), melding);
    }

    /**
     * Measles with only what MSIS requires: code, diagnosis date, patient identifier and the clinician's HPR number.
     * The disease name and group are missing too, so the mapper looks them up, and there is no reporter.
     */
    public static DeliveryEnvelope klinikermeldingMinimal() {
        Klinikermelding melding = new Klinikermelding(
                "condition-3",
                icd10("B05.9", null),
                null,
                null,
                LocalDate.of(2026, 3, 2),
                null, null, null, null, null, null, null, null, null, null);
        ClinicalContext context = minimalContext(identifierOnly(PersonIdentifierType.FODSELSNUMMER, FNR_CHILD));
        return envelope("7a2e3d4c-5b6a-4f9e-8d7c-2b3c4d5e6f03", context, null, melding);
    }

    public static Klinikermelding anyKlinikermelding() {
        return (Klinikermelding) klinikermeldingMinimal().content();
    }

    // NOKLUS

    /** Type 2 diabetes with every measurement on the Noklus form, several medications and complications. */
    public static DeliveryEnvelope annualControlFull() {
        LocalDate labDate = LocalDate.of(2026, 2, 23);
        List<Measurement> measurements = List.of(
                nlk(HBA1C, "53", "mmol/mol", labDate),
                nlk("NPU01568", "2.6", "mmol/L", labDate),
                nlk("NPU04998", "78", "umol/L", labDate),
                nlk("NOR25909", "72", "mL/min/{1.73_m2}", labDate),
                nlk("NOR15260", "1.8", "mg/mmol", labDate),
                nlk("NPU27281", "29.4", "kg/m2", null),
                nlk("NPU03794", "168", "cm", null),
                loinc("8480-6", "138", "mm[Hg]"),
                loinc("8462-4", "84", "mm[Hg]"),
                loinc("29463-7", "83.0", "kg"),
                loinc("8280-0", "98", "cm"));
        List<Coding> medications = List.of(
                new Coding(CodeSystems.ATC, "A10BA02", "Metformin"),
                new Coding(CodeSystems.ATC, "A10BJ06", "Semaglutid"),
                new Coding(CodeSystems.ATC_WHO, "C10AA05", "Atorvastatin"),
                new Coding(CodeSystems.ATC, "C09AA05", null));
        List<Coding> complications = List.of(
                icd10("I25.1", "Aterosklerotisk hjertesykdom"),
                icd10("I69.3", "Følgetilstander etter hjerneinfarkt"),
                icpc2("F83", "Retinopati"));
        DiabetesAnnualControl control = new DiabetesAnnualControl(
                "questionnaire-response-1",
                LocalDate.of(2026, 3, 2),
                icd10("E11.9", "Diabetes mellitus type 2 uten komplikasjoner"),
                2009,
                measurements,
                true,
                false,
                true,
                true,
                SmokingStatus.FORMER,
                medications,
                complications);
        return envelope("8b3f4e5d-6c7b-4a0f-9e8d-3c4d5e6f7a01", context(adultWithFnr()), reporter(), control);
    }

    /** Type 1 diabetes coded in ICPC-2 for a D-number patient, with HbA1c only. */
    public static DeliveryEnvelope annualControlMinimal() {
        DiabetesAnnualControl control = new DiabetesAnnualControl(
                "questionnaire-response-2",
                LocalDate.of(2026, 3, 2),
                icpc2("T89", null),
                null,
                List.of(nlk(HBA1C, "61", "mmol/mol", null)),
                null, null, null, null, null, null, null);
        ClinicalContext context = minimalContext(identifierOnly(PersonIdentifierType.D_NUMBER, D_NUMBER));
        return envelope("8b3f4e5d-6c7b-4a0f-9e8d-3c4d5e6f7a02", context, reporter(), control);
    }

    public static DiabetesAnnualControl anyAnnualControl() {
        return (DiabetesAnnualControl) annualControlMinimal().content();
    }

    private static Measurement nlk(String code, String value, String unit, LocalDate date) {
        return new Measurement(new Coding(CodeSystems.NLK, code, null), new BigDecimal(value), unit, date);
    }

    private static Measurement loinc(String code, String value, String unit) {
        return new Measurement(new Coding(CodeSystems.LOINC, code, null), new BigDecimal(value), unit, null);
    }
}
