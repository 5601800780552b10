package no.meldeport.gateway.fhir;

import java.util.HashMap;
import java.util.Map;

/**
 * The FHIRPath suffix of each field of the internal model in the FHIR shape of {@code docs/report-types.md}.
 * A suffix is relative to the nearest location the reader recorded for the field (an anchor, see
 * {@link FhirIssueLocator}), else to the part's resource, or for the clinical context to the MessageHeader.
 *
 * <p>Keys are {@code <part>:<model path without indices>}, where the part is a report-type code or {@code context}.
 * The reader records these anchors: for the context {@code patient}, {@code patient.identifier},
 * {@code clinician}, {@code clinician.hprNumber}, {@code organization}, {@code organization.organisationNumber} and
 * {@code encounterDate}; for a diabetes annual control {@code diabetesDiagnosis} and {@code yearOfDiagnosis} (the
 * Condition), each {@code measurements[i]} (the member Observation or its component), the examinations, smoking and
 * each {@code complications[i]} (member Observations) and each {@code medications[i]} (the MedicationStatement); for a
 * sykmelding {@code mainDiagnosis} and each {@code secondaryDiagnoses[i]} (the Condition), each {@code periods[i]}
 * (the period extension), {@code employer} and {@code employer.organisationNumber}; for a klinikermelding
 * {@code diagnosisDate} when it comes from the Encounter.
 */
final class FhirElementPaths {

    static final String CONTEXT = "context";

    private static final Map<String, String> SUFFIXES = new HashMap<>();

    static {
        context();
        vaccination();
        klinikermelding();
        diabetesAnnualControl();
        sykmelding();
    }

    private FhirElementPaths() {
    }

    /** Returns the suffix for a field, or null when the table has none. */
    static String suffix(String part, String genericPath) {
        return SUFFIXES.get(part + ":" + genericPath);
    }

    private static void put(String part, String path, String suffix) {
        SUFFIXES.put(part + ":" + path, suffix);
    }

    private static void coded(String part, String path, String suffix) {
        put(part, path, suffix);
        put(part, path + ".code", suffix);
        put(part, path + ".system", suffix);
    }

    private static String extension(String url) {
        return ".extension('" + url + "')";
    }

    private static void context() {
        put(CONTEXT, "patient.identifier.value", ".value");
        put(CONTEXT, "patient.identifier.assigner", ".assigner.identifier.value");
        put(CONTEXT, "patient.birthDate", ".birthDate");
        put(CONTEXT, "patient.municipalityCode", ".address");
        put(CONTEXT, "patient.givenName", ".name");
        put(CONTEXT, "patient.familyName", ".name");
        put(CONTEXT, "clinician", ".author");
        put(CONTEXT, "clinician.givenName", ".name");
        put(CONTEXT, "clinician.familyName", ".name");
        put(CONTEXT, "organization", ".sender");
        put(CONTEXT, "encounterDate", ".period.start");
    }

    private static void vaccination() {
        String part = "vaccination";
        coded(part, "sysvakCode", ".vaccineCode");
        coded(part, "atcCode", ".vaccineCode");
        put(part, "occurrence", ".occurrenceDateTime");
        put(part, "lotNumber", ".lotNumber");
        put(part, "doseNumber", ".protocolApplied[0].doseNumberPositiveInt");
        coded(part, "targetDisease", ".protocolApplied[0].targetDisease");
        coded(part, "site", ".site");
        coded(part, "route", ".route");
        put(part, "consent", extension(MeldeportFhir.VACCINATION_CONSENT));
    }

    private static void klinikermelding() {
        String part = "klinikermelding";
        String form = extension(MeldeportFhir.MSIS_NOTIFICATION);
        coded(part, "diagnosis", ".code");
        put(part, "diagnosisDate", ".recordedDate");
        put(part, "symptomOnsetDate", ".onsetDateTime");
        put(part, "infectionMunicipality",
                form + extension(MeldeportFhir.MSIS_INFECTION_MUNICIPALITY) + ".valueCoding.code");
        put(part, "infectionCountry", form + extension(MeldeportFhir.MSIS_INFECTION_COUNTRY) + ".valueCoding.code");
        put(part, "exposureSetting", form + extension(MeldeportFhir.MSIS_EXPOSURE_SETTING));
        put(part, "transmissionRoute", form + extension(MeldeportFhir.MSIS_TRANSMISSION_ROUTE));
        put(part, "closeContactConfirmed", form + extension(MeldeportFhir.MSIS_CLOSE_CONTACT_CONFIRMED));
        put(part, "testingReason", form + extension(MeldeportFhir.MSIS_TESTING_REASON));
        put(part, "vaccinationStatus", form + extension(MeldeportFhir.MSIS_VACCINATION_STATUS));
        put(part, "hospitalised", form + extension(MeldeportFhir.MSIS_HOSPITALISED));
        put(part, "note", ".note");
    }

    private static void diabetesAnnualControl() {
        String part = "diabetes-annual-control";
        put(part, "controlDate", ".effectiveDateTime");
        put(part, "diabetesDiagnosis", extension(FhirSystems.WORKFLOW_REASON_REFERENCE));
        put(part, "diabetesDiagnosis.code", ".code");
        put(part, "diabetesDiagnosis.system", ".code");
        put(part, "measurements", ".hasMember");
        put(part, "measurements.value", ".valueQuantity.value");
        put(part, "measurements.unit", ".valueQuantity.code");
        put(part, "measurements.code", ".code");
        put(part, "measurements.effectiveDate", ".effectiveDateTime");
        put(part, "complications.code", ".valueCodeableConcept");
        put(part, "complications.system", ".valueCodeableConcept");
        put(part, "medications.code", ".medicationCodeableConcept");
        put(part, "medications.system", ".medicationCodeableConcept");
    }

    private static void sykmelding() {
        String part = "sykmelding";
        String period = extension(MeldeportFhir.SYKMELDING_PERIOD);
        String employer = extension(MeldeportFhir.SYKMELDING_EMPLOYER);
        String prognosis = extension(MeldeportFhir.SYKMELDING_PROGNOSIS);
        put(part, "treatedAt", ".date");
        put(part, "contactDate", extension(MeldeportFhir.SYKMELDING_CONTACT_DATE) + ".valueDate");
        put(part, "mainDiagnosis", ".section");
        put(part, "mainDiagnosis.code", ".code");
        put(part, "mainDiagnosis.system", ".code");
        put(part, "secondaryDiagnoses.code", ".code");
        put(part, "secondaryDiagnoses.system", ".code");
        put(part, "periods", period);
        put(part, "periods.from", extension(MeldeportFhir.SYKMELDING_PERIOD_PERIOD) + ".valuePeriod.start");
        put(part, "periods.to", extension(MeldeportFhir.SYKMELDING_PERIOD_PERIOD) + ".valuePeriod.end");
        put(part, "periods.kind", extension(MeldeportFhir.SYKMELDING_PERIOD_KIND) + ".valueCode");
        put(part, "periods.gradePercent", extension(MeldeportFhir.SYKMELDING_PERIOD_GRADE) + ".valueInteger");
        put(part, "periods.treatmentDays",
                extension(MeldeportFhir.SYKMELDING_PERIOD_TREATMENT_DAYS) + ".valueInteger");
        put(part, "periods.waitingInfo", extension(MeldeportFhir.SYKMELDING_PERIOD_WAITING_INFO));
        put(part, "periods.medicalReasons", extension(MeldeportFhir.SYKMELDING_PERIOD_MEDICAL_REASONS));
        put(part, "employer", employer);
        put(part, "employer.positionPercent",
                extension(MeldeportFhir.SYKMELDING_EMPLOYER_POSITION_PERCENT) + ".valueInteger");
        put(part, "returnToWorkExpected", prognosis + extension(MeldeportFhir.SYKMELDING_PROGNOSIS_RETURN_TO_WORK));
        put(part, "prognosis", prognosis + extension(MeldeportFhir.SYKMELDING_PROGNOSIS_DESCRIPTION));
    }
}
