package no.meldeport.gateway.fhir;

import no.meldeport.model.ReportType;
import no.meldeport.model.Vaccination;

/**
 * Every Meldeport-defined FHIR URI that submissions use: code systems, extensions and the names of their
 * sub-extensions. {@code docs/report-types.md} describes where each one goes.
 */
public final class MeldeportFhir {

    public static final String BASE = "https://meldeport.no/fhir";
    private static final String CODE_SYSTEM = BASE + "/CodeSystem/";
    private static final String STRUCTURE_DEFINITION = BASE + "/StructureDefinition/";

    /** {@code MessageHeader.eventCoding.system}; the codes are those of {@link ReportType}. */
    public static final String REPORT_TYPE_SYSTEM = ReportType.CODE_SYSTEM;

    /** SYSVAK vaccine codes in {@code Immunization.vaccineCode}. */
    public static final String SYSVAK_VACCINE_SYSTEM = Vaccination.SYSVAK_SYSTEM;

    /**
     * The Meldeport error codes ({@code MP-1021}, {@code MP-0401} …) in {@code OperationOutcome.issue.details.coding},
     * for issues about a report and for errors about the request alike.
     */
    public static final String ERROR_CODE_SYSTEM = CODE_SYSTEM + "error-code";

    /**
     * Extension on {@code OperationOutcome.issue}, valueCode: what the sender should do next, {@code fix-and-resend},
     * {@code retry-later} (after the {@code Retry-After} header) or {@code contact-support}.
     */
    public static final String RETRY_STRATEGY = STRUCTURE_DEFINITION + "retry-strategy";

    /** Extension on Immunization, valueBoolean: the patient (or guardian) consented to the vaccination. */
    public static final String VACCINATION_CONSENT = STRUCTURE_DEFINITION + "vaccination-consent";

    /** Complex extension on Condition with the fields of the MSIS notification form. */
    public static final String MSIS_NOTIFICATION = STRUCTURE_DEFINITION + "msis-notification";
    /** valueCoding in {@code CodeSystems.MUNICIPALITY}: the presumed municipality of infection. */
    public static final String MSIS_INFECTION_MUNICIPALITY = "infectionMunicipality";
    /** valueCoding in {@link FhirSystems#ISO_3166}: the presumed country of infection. */
    public static final String MSIS_INFECTION_COUNTRY = "infectionCountry";
    /** valueString: where the patient was exposed, for example a kindergarten or travel abroad. */
    public static final String MSIS_EXPOSURE_SETTING = "exposureSetting";
    /** valueString: how the disease was transmitted, for example food-borne. */
    public static final String MSIS_TRANSMISSION_ROUTE = "transmissionRoute";
    /** valueBoolean: a close contact with the disease is confirmed. */
    public static final String MSIS_CLOSE_CONTACT_CONFIRMED = "closeContactConfirmed";
    /** valueString: why the patient was tested. */
    public static final String MSIS_TESTING_REASON = "testingReason";
    /** valueString: the patient's vaccination status against this disease. */
    public static final String MSIS_VACCINATION_STATUS = "vaccinationStatus";
    /** valueBoolean: the patient is admitted to hospital for this disease. */
    public static final String MSIS_HOSPITALISED = "hospitalised";

    /** Codes for the diabetes annual control panel and its members that no standard code system covers. */
    public static final String DIABETES_CONTROL_SYSTEM = CODE_SYSTEM + "diabetes-annual-control";
    /** The panel Observation that groups one annual control through {@code hasMember}. */
    public static final String DIABETES_CONTROL_PANEL = "annual-control";
    /** Member Observation, valueBoolean: the foot examination was done. */
    public static final String DIABETES_FOOT_EXAMINATION = "foot-examination";
    /** Member Observation, valueBoolean: the monofilament test showed reduced sensation. */
    public static final String DIABETES_REDUCED_MONOFILAMENT_SENSATION = "reduced-monofilament-sensation";
    /** Member Observation, valueBoolean: the eye examination was done. */
    public static final String DIABETES_EYE_EXAMINATION = "eye-examination";
    /** Member Observation, valueBoolean: retinopathy was found. */
    public static final String DIABETES_RETINOPATHY = "retinopathy";
    /** Member Observation, valueCodeableConcept in ICD-10 or ICPC-2: a diabetes complication. */
    public static final String DIABETES_COMPLICATION = "complication";

    /** {@code Composition.section.code} of a sykmelding. */
    public static final String SYKMELDING_SECTION_SYSTEM = CODE_SYSTEM + "sykmelding-section";
    /** The section whose single entry is the main diagnosis (a Condition). */
    public static final String SYKMELDING_SECTION_MAIN_DIAGNOSIS = "main-diagnosis";
    /** The section whose entries are the secondary diagnoses (Conditions). */
    public static final String SYKMELDING_SECTION_SECONDARY_DIAGNOSES = "secondary-diagnoses";

    /** Complex extension on the sykmelding Composition, one per activity period. */
    public static final String SYKMELDING_PERIOD = STRUCTURE_DEFINITION + "sykmelding-period";
    /** valuePeriod with start and end dates, both inclusive. */
    public static final String SYKMELDING_PERIOD_PERIOD = "period";
    /** valueCode from {@link #SICK_LEAVE_PERIOD_KIND_SYSTEM}. */
    public static final String SYKMELDING_PERIOD_KIND = "kind";
    /** valueInteger 1 to 99, for kind {@code graded}. */
    public static final String SYKMELDING_PERIOD_GRADE = "gradePercent";
    /** valueInteger, for kind {@code treatment-days}. */
    public static final String SYKMELDING_PERIOD_TREATMENT_DAYS = "treatmentDays";
    /** valueString, may accompany kind {@code activity-not-possible}. */
    public static final String SYKMELDING_PERIOD_MEDICAL_REASONS = "medicalReasons";
    /** valueString, goes with kind {@code waiting}: what the employer is asked to arrange. */
    public static final String SYKMELDING_PERIOD_WAITING_INFO = "waitingInfo";

    /** The kinds of activity period: waiting, graded, activity-not-possible, treatment-days, travel-grant. */
    public static final String SICK_LEAVE_PERIOD_KIND_SYSTEM = CODE_SYSTEM + "sick-leave-period-kind";

    /** Complex extension on the sykmelding Composition: the employer the certificate is for. */
    public static final String SYKMELDING_EMPLOYER = STRUCTURE_DEFINITION + "sykmelding-employer";
    /** valueReference to an Organization in the Bundle with the employer's organisation number. */
    public static final String SYKMELDING_EMPLOYER_ORGANIZATION = "organization";
    /** valueString: the employer's name, used when there is no Organization. */
    public static final String SYKMELDING_EMPLOYER_NAME = "name";
    /** valueString: the patient's occupation at this employer. */
    public static final String SYKMELDING_EMPLOYER_OCCUPATION = "occupation";
    /** valueInteger: the patient's position percentage at this employer. */
    public static final String SYKMELDING_EMPLOYER_POSITION_PERCENT = "positionPercent";

    /** Extension on the sykmelding Composition, valueDate: the first contact about this illness, when earlier. */
    public static final String SYKMELDING_CONTACT_DATE = STRUCTURE_DEFINITION + "sykmelding-contact-date";

    /** Complex extension on the sykmelding Composition: the prognosis. */
    public static final String SYKMELDING_PROGNOSIS = STRUCTURE_DEFINITION + "sykmelding-prognosis";
    /** valueBoolean: the patient is expected to return to work. */
    public static final String SYKMELDING_PROGNOSIS_RETURN_TO_WORK = "returnToWorkExpected";
    /** valueString: the prognosis in free text. */
    public static final String SYKMELDING_PROGNOSIS_DESCRIPTION = "description";

    private MeldeportFhir() {
    }
}
