package no.meldeport.mappings.nav;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import no.meldeport.model.ClinicalContext;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.Employer;
import no.meldeport.model.Organization;
import no.meldeport.model.Patient;
import no.meldeport.model.PersonIdentifier;
import no.meldeport.model.PersonIdentifierType;
import no.meldeport.model.Practitioner;
import no.meldeport.model.Reporter;
import no.meldeport.model.Sex;
import no.meldeport.model.SickLeavePeriod;
import no.meldeport.model.SickLeavePeriod.Kind;
import no.meldeport.model.Sykmelding;

/**
 * Sykmelding delivery envelopes for the NAV mapping tests, one per case that has a golden file. All persons are
 * synthetic: the identifiers are the synthetic test numbers, and the organisation numbers pass the mod-11 check.
 */
final class NavTestEnvelopes {

    /** A named test case; {@code name} is also the golden file's base name. */
    record NavCase(String name, DeliveryEnvelope envelope) {

        @Override
        public String toString() {
            return name;
        }
    }

    static final String SYSTEM_VERSION = "1.0.0-test";

    static final String FNR = "17054026641";
    static final String D_NUMBER = "51106297510";
    static final String HPR_NUMBER = "9144889";
    static final String POINT_OF_CARE_ORGANISATION_NUMBER = "974589095";
    static final String POINT_OF_CARE_HER_ID = "8094866";
    static final String EMPLOYER_ORGANISATION_NUMBER = "983044778";

    static final Instant ACCEPTED_AT = Instant.parse("2025-03-14T09:30:00Z");
    static final OffsetDateTime TREATED_AT = OffsetDateTime.parse("2025-03-14T09:15:00+01:00");
    static final LocalDate CONTACT_DATE = LocalDate.parse("2025-03-12");

    static final Coding TENDINITIS_ICPC2_FHIR = new Coding(CodeSystems.ICPC2_FHIR, "L87",
            "Bursitt/tendinitt/synovitt IKA");
    static final Coding LUMBAGO_ICD10_OID = new Coding(CodeSystems.ICD10, "M54.5", "Lumbago");
    static final Coding RESPIRATORY_INFECTION_ICPC2_OID = new Coding(CodeSystems.ICPC2, "R74",
            "Akutt øvre luftveisinfeksjon");
    static final Coding ASTHMA_ICD10_FHIR = new Coding(CodeSystems.ICD10_FHIR, "J45.9", "Astma, uspesifisert");
    static final Coding DEPRESSION_ICPC2_FHIR = new Coding(CodeSystems.ICPC2_FHIR, "P76", "Depressiv lidelse");

    private NavTestEnvelopes() {
    }

    static List<NavCase> goldenCases() {
        return List.of(
                new NavCase("full-fnr-single-period", fullFnrSinglePeriod()),
                new NavCase("d-number-patient", dNumberPatient()),
                new NavCase("missing-optional-fields", missingOptionalFields()),
                new NavCase("several-diagnoses", severalDiagnoses()),
                new NavCase("graded-two-periods", gradedTwoPeriods()),
                new NavCase("treatment-days", treatmentDays()),
                new NavCase("waiting", waiting()),
                new NavCase("travel-grant", travelGrant()));
    }

    /**
     * Builds a sykmelding with every field filled: FNR patient, one employer, one period of 100 % with a medical
     * reason.
     */
    static DeliveryEnvelope fullFnrSinglePeriod() {
        Sykmelding sykmelding = new Sykmelding("sykmelding-1", TENDINITIS_ICPC2_FHIR, List.of(),
                List.of(activityNotPossible("2025-03-14", "2025-03-28", "Smerter ved belastning av skulder.")),
                fullEmployer(), TREATED_AT, CONTACT_DATE, true, "Unngå tunge løft over skulderhøyde.");
        return envelope("0b6c6a52-3d2f-4a0e-9a57-1f2e3d4c5b01", fnrPatient(), clinician(), pointOfCare(), sykmelding);
    }

    /**
     * Builds a sykmelding for a D-number patient with a middle name, with an ICD-10 main diagnosis in OID spelling
     * and a point of care without HER id.
     */
    static DeliveryEnvelope dNumberPatient() {
        Patient patient = new Patient(PersonIdentifier.of(PersonIdentifierType.D_NUMBER, D_NUMBER), "Ana", "Maria",
                "Silva", LocalDate.parse("1962-10-11"), Sex.FEMALE, "0301");
        Organization withoutHerId = new Organization(POINT_OF_CARE_ORGANISATION_NUMBER, "Fjordbyen legesenter", null);
        Sykmelding sykmelding = new Sykmelding("sykmelding-2", LUMBAGO_ICD10_OID, List.of(),
                List.of(activityNotPossible("2025-03-14", "2025-03-21", "Kan ikke sitte eller stå over tid.")),
                fullEmployer(), TREATED_AT, CONTACT_DATE, true, null);
        return envelope("0b6c6a52-3d2f-4a0e-9a57-1f2e3d4c5b02", patient, clinician(), withoutHerId, sykmelding);
    }

    /**
     * Builds a sykmelding with every optional value absent: an employer with a name only, no prognosis, no
     * contact date, no medical reason, no diagnosis display text and no clinician phone.
     */
    static DeliveryEnvelope missingOptionalFields() {
        Employer nameOnly = new Employer("Fjordbyen barnehage", null, null, null);
        Coding withoutDisplay = new Coding(CodeSystems.ICPC2_FHIR, "L87", null);
        Practitioner withoutPhone = new Practitioner(HPR_NUMBER, "Lise", "Lege", null);
        Sykmelding sykmelding = new Sykmelding("sykmelding-3", withoutDisplay, null,
                List.of(activityNotPossible("2025-03-14", "2025-03-20", null)),
                nameOnly, TREATED_AT, null, null, null);
        return envelope("0b6c6a52-3d2f-4a0e-9a57-1f2e3d4c5b03", fnrPatient(), withoutPhone, pointOfCare(),
                sykmelding);
    }

    /** Builds a sykmelding with an ICPC-2 main diagnosis and two secondary diagnoses, one ICD-10 and one ICPC-2. */
    static DeliveryEnvelope severalDiagnoses() {
        Sykmelding sykmelding = new Sykmelding("sykmelding-4", RESPIRATORY_INFECTION_ICPC2_OID,
                List.of(ASTHMA_ICD10_FHIR, DEPRESSION_ICPC2_FHIR),
                List.of(activityNotPossible("2025-03-14", "2025-03-19", "Feber og nedsatt allmenntilstand.")),
                fullEmployer(), TREATED_AT, CONTACT_DATE, true, null);
        return envelope("0b6c6a52-3d2f-4a0e-9a57-1f2e3d4c5b04", fnrPatient(), clinician(), pointOfCare(), sykmelding);
    }

    /** Builds a sykmelding of 100 % sick leave for one week, then 50 % graded sick leave for two weeks. */
    static DeliveryEnvelope gradedTwoPeriods() {
        SickLeavePeriod graded = new SickLeavePeriod(LocalDate.parse("2025-03-22"), LocalDate.parse("2025-04-04"),
                Kind.GRADED, 50, null, null, null);
        Sykmelding sykmelding = new Sykmelding("sykmelding-5", TENDINITIS_ICPC2_FHIR, List.of(),
                List.of(activityNotPossible("2025-03-14", "2025-03-21", "Smerter ved belastning av skulder."),
                        graded),
                fullEmployer(), TREATED_AT, CONTACT_DATE, true, "Gradvis opptrapping av arbeidstiden.");
        return envelope("0b6c6a52-3d2f-4a0e-9a57-1f2e3d4c5b05", fnrPatient(), clinician(), pointOfCare(), sykmelding);
    }

    /** Builds a sykmelding of one treatment day a week for four weeks, for a patient without employer. */
    static DeliveryEnvelope treatmentDays() {
        SickLeavePeriod period = new SickLeavePeriod(LocalDate.parse("2025-03-17"), LocalDate.parse("2025-04-13"),
                Kind.TREATMENT_DAYS, null, 1, null, null);
        Sykmelding sykmelding = new Sykmelding("sykmelding-6", DEPRESSION_ICPC2_FHIR, List.of(), List.of(period),
                null, TREATED_AT, CONTACT_DATE, null, null);
        return envelope("0b6c6a52-3d2f-4a0e-9a57-1f2e3d4c5b06", fnrPatient(), clinician(), pointOfCare(), sykmelding);
    }

    /** Builds a waiting (avventende) sykmelding with advice to the employer. */
    static DeliveryEnvelope waiting() {
        SickLeavePeriod period = new SickLeavePeriod(LocalDate.parse("2025-03-14"), LocalDate.parse("2025-03-27"),
                Kind.WAITING, null, null, null, "Kan jobbe med tilrettelagte oppgaver uten tunge løft.");
        Sykmelding sykmelding = new Sykmelding("sykmelding-7", LUMBAGO_ICD10_OID, List.of(), List.of(period),
                fullEmployer(), TREATED_AT, CONTACT_DATE, true, null);
        return envelope("0b6c6a52-3d2f-4a0e-9a57-1f2e3d4c5b07", fnrPatient(), clinician(), pointOfCare(), sykmelding);
    }

    /** Builds a sykmelding of full work with a travel grant (reisetilskudd). */
    static DeliveryEnvelope travelGrant() {
        SickLeavePeriod period = new SickLeavePeriod(LocalDate.parse("2025-03-14"), LocalDate.parse("2025-03-31"),
                Kind.TRAVEL_GRANT, null, null, null, null);
        Sykmelding sykmelding = new Sykmelding("sykmelding-8", TENDINITIS_ICPC2_FHIR, List.of(), List.of(period),
                fullEmployer(), TREATED_AT, CONTACT_DATE, true, null);
        return envelope("0b6c6a52-3d2f-4a0e-9a57-1f2e3d4c5b08", fnrPatient(), clinician(), pointOfCare(), sykmelding);
    }

    static DeliveryEnvelope envelope(String deliveryId, Patient patient, Practitioner clinician,
            Organization organization, Sykmelding sykmelding) {
        ClinicalContext context = new ClinicalContext(patient, clinician, organization, "encounter-1",
                LocalDate.parse("2025-03-14"));
        Reporter reporter = new Reporter("epj-test-client", "Test-EPJ", POINT_OF_CARE_ORGANISATION_NUMBER, null, null,
                HPR_NUMBER);
        return new DeliveryEnvelope(deliveryId, "submission-" + deliveryId.substring(deliveryId.length() - 2),
                ACCEPTED_AT, context, reporter, sykmelding);
    }

    /** Returns the envelope with its sykmelding content replaced. */
    static DeliveryEnvelope withContent(DeliveryEnvelope envelope, Sykmelding sykmelding) {
        return new DeliveryEnvelope(envelope.deliveryId(), envelope.submissionId(), envelope.acceptedAt(),
                envelope.context(), envelope.reporter(), sykmelding);
    }

    /** Returns the envelope with its clinical context replaced. */
    static DeliveryEnvelope withContext(DeliveryEnvelope envelope, ClinicalContext context) {
        return new DeliveryEnvelope(envelope.deliveryId(), envelope.submissionId(), envelope.acceptedAt(), context,
                envelope.reporter(), envelope.content());
    }

    static Sykmelding sykmeldingOf(DeliveryEnvelope envelope) {
        return (Sykmelding) envelope.content();
    }

    static Patient fnrPatient() {
        return new Patient(PersonIdentifier.of(PersonIdentifierType.FODSELSNUMMER, FNR), "Kari", null, "Nordmann",
                LocalDate.parse("1940-05-17"), Sex.FEMALE, "4601");
    }

    static Practitioner clinician() {
        return new Practitioner(HPR_NUMBER, "Lise", "Lege", "+47 22 33 44 55");
    }

    static Organization pointOfCare() {
        return new Organization(POINT_OF_CARE_ORGANISATION_NUMBER, "Fjordbyen legesenter", POINT_OF_CARE_HER_ID);
    }

    static Employer fullEmployer() {
        return new Employer("Fjordbyen barnehage", EMPLOYER_ORGANISATION_NUMBER, "Barnehagelærer", 80);
    }

    static SickLeavePeriod activityNotPossible(String from, String to, String medicalReasons) {
        return new SickLeavePeriod(LocalDate.parse(from), LocalDate.parse(to), Kind.ACTIVITY_NOT_POSSIBLE, null, null,
                medicalReasons, null);
    }
}
