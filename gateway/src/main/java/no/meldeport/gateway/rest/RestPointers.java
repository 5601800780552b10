package no.meldeport.gateway.rest;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.meldeport.model.ClinicalContext;
import no.meldeport.model.DiabetesAnnualControl;
import no.meldeport.model.Employer;
import no.meldeport.model.Klinikermelding;
import no.meldeport.model.Measurement;
import no.meldeport.model.Organization;
import no.meldeport.model.Patient;
import no.meldeport.model.PersonIdentifier;
import no.meldeport.model.Practitioner;
import no.meldeport.model.ReportContent;
import no.meldeport.model.SickLeavePeriod;
import no.meldeport.model.Sykmelding;
import no.meldeport.model.Vaccination;

/**
 * Translates a place in the internal model into the JSON Pointer of the REST document field it was read from, so
 * that checks on the model (the validator's rules) point REST clients at their own field names. A model place is a
 * field path of record components below a part or the clinical context, with list indices in brackets, for example
 * {@code periods[1].gradePercent} below a sykmelding at {@code /sykmeldinger/0}, which becomes
 * {@code /sykmeldinger/0/perioder/1/grad}. A place the REST document has no field for points at the nearest field
 * that it has.
 */
public final class RestPointers {

    private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[([0-9]+)])?");

    /** How a model {@code Coding} is written in a REST document. */
    private enum CodingStyle {
        /** An object of its own: {@code kodeverk}, {@code kode}, {@code tekst}. */
        OBJECT,
        /** One string field holding the code, for example {@code sysvakKode}. */
        FLAT,
        /** Fields of the enclosing object: {@code kodeverk} and {@code kode} of a measurement. */
        INLINE,
        /** A medication: {@code atcKode} and {@code navn}. */
        MEDICATION
    }

    /** One model component: its REST field (empty for the enclosing object) and what lies below it. */
    private record Step(String field, Object below) {
    }

    private static final Map<String, Step> IDENTIFIER = Map.of(
            "type", new Step(RestFields.IDENTIFIER_TYPE, null),
            "value", new Step(RestFields.IDENTIFIER_VALUE, null),
            "assigner", new Step(RestFields.IDENTIFIER_ASSIGNER, null));
    private static final Map<String, Step> PATIENT = Map.of(
            "identifier", new Step(RestFields.IDENTIFIER, IDENTIFIER),
            "givenName", new Step(RestFields.GIVEN_NAME, null),
            "middleName", new Step(RestFields.MIDDLE_NAME, null),
            "familyName", new Step(RestFields.FAMILY_NAME, null),
            "birthDate", new Step(RestFields.BIRTH_DATE, null),
            "sex", new Step(RestFields.SEX, null),
            "municipalityCode", new Step(RestFields.MUNICIPALITY, null));
    private static final Map<String, Step> PRACTITIONER = Map.of(
            "hprNumber", new Step(RestFields.HPR_NUMBER, null),
            "givenName", new Step(RestFields.GIVEN_NAME, null),
            "familyName", new Step(RestFields.FAMILY_NAME, null),
            "phone", new Step(RestFields.PHONE, null));
    private static final Map<String, Step> ORGANIZATION = Map.of(
            "organisationNumber", new Step(RestFields.ORGANISATION_NUMBER, null),
            "name", new Step(RestFields.NAME, null),
            "herId", new Step(RestFields.HER_ID, null));
    private static final Map<String, Step> CONTEXT = Map.of(
            "patient", new Step(RestFields.PATIENT, PATIENT),
            "clinician", new Step(RestFields.CLINICIAN, PRACTITIONER),
            "organization", new Step(RestFields.ORGANIZATION, ORGANIZATION),
            "encounterId", new Step(RestFields.ENCOUNTER + "/" + RestFields.PART_ID, null),
            "encounterDate", new Step(RestFields.ENCOUNTER + "/" + RestFields.ENCOUNTER_DATE, null));

    private static final Map<String, Step> VACCINATION = Map.ofEntries(
            Map.entry("sourceId", new Step(RestFields.PART_ID, null)),
            Map.entry("sysvakCode", new Step(RestFields.SYSVAK_CODE, CodingStyle.FLAT)),
            Map.entry("atcCode", new Step(RestFields.ATC_CODE, CodingStyle.FLAT)),
            Map.entry("occurrence", new Step(RestFields.VACCINATION_TIME, null)),
            Map.entry("lotNumber", new Step(RestFields.LOT_NUMBER, null)),
            Map.entry("doseNumber", new Step(RestFields.DOSE_NUMBER, null)),
            Map.entry("targetDisease", new Step(RestFields.TARGET_DISEASE, CodingStyle.OBJECT)),
            Map.entry("site", new Step(RestFields.SITE, CodingStyle.FLAT)),
            Map.entry("route", new Step(RestFields.ROUTE, CodingStyle.FLAT)),
            Map.entry("consent", new Step(RestFields.CONSENT, null)));
    private static final Map<String, Step> KLINIKERMELDING = Map.ofEntries(
            Map.entry("sourceId", new Step(RestFields.PART_ID, null)),
            Map.entry("diagnosis", new Step(RestFields.DIAGNOSIS, CodingStyle.OBJECT)),
            Map.entry("msisDisease", new Step(RestFields.DIAGNOSIS, null)),
            Map.entry("msisGroup", new Step(RestFields.DIAGNOSIS, null)),
            Map.entry("diagnosisDate", new Step(RestFields.DIAGNOSIS_DATE, null)),
            Map.entry("symptomOnsetDate", new Step(RestFields.SYMPTOM_ONSET, null)),
            Map.entry("infectionMunicipality", new Step(RestFields.INFECTION_MUNICIPALITY, null)),
            Map.entry("infectionCountry", new Step(RestFields.INFECTION_COUNTRY, null)),
            Map.entry("exposureSetting", new Step(RestFields.EXPOSURE_SETTING, null)),
            Map.entry("transmissionRoute", new Step(RestFields.TRANSMISSION_ROUTE, null)),
            Map.entry("closeContactConfirmed", new Step(RestFields.CLOSE_CONTACT_CONFIRMED, null)),
            Map.entry("testingReason", new Step(RestFields.TESTING_REASON, null)),
            Map.entry("vaccinationStatus", new Step(RestFields.VACCINATION_STATUS, null)),
            Map.entry("hospitalised", new Step(RestFields.HOSPITALISED, null)),
            Map.entry("note", new Step(RestFields.NOTE, null)));
    private static final Map<String, Step> MEASUREMENT = Map.of(
            "code", new Step("", CodingStyle.INLINE),
            "value", new Step(RestFields.MEASUREMENT_VALUE, null),
            "unit", new Step(RestFields.MEASUREMENT_UNIT, null),
            "effectiveDate", new Step(RestFields.MEASUREMENT_DATE, null));
    private static final Map<String, Step> DIABETES = Map.ofEntries(
            Map.entry("sourceId", new Step(RestFields.PART_ID, null)),
            Map.entry("controlDate", new Step(RestFields.CONTROL_DATE, null)),
            Map.entry("diabetesDiagnosis", new Step(RestFields.DIABETES_DIAGNOSIS, CodingStyle.OBJECT)),
            Map.entry("yearOfDiagnosis", new Step(RestFields.YEAR_OF_DIAGNOSIS, null)),
            Map.entry("measurements", new Step(RestFields.MEASUREMENTS, MEASUREMENT)),
            Map.entry("footExaminationDone", new Step(RestFields.FOOT_EXAMINATION, null)),
            Map.entry("monofilamentSensationReduced", new Step(RestFields.MONOFILAMENT_REDUCED, null)),
            Map.entry("eyeExaminationDone", new Step(RestFields.EYE_EXAMINATION, null)),
            Map.entry("retinopathy", new Step(RestFields.RETINOPATHY, null)),
            Map.entry("smoking", new Step(RestFields.SMOKING, null)),
            Map.entry("medications", new Step(RestFields.MEDICATIONS, CodingStyle.MEDICATION)),
            Map.entry("complications", new Step(RestFields.COMPLICATIONS, CodingStyle.OBJECT)));
    private static final Map<String, Step> PERIOD = Map.of(
            "from", new Step(RestFields.PERIOD_FROM, null),
            "to", new Step(RestFields.PERIOD_TO, null),
            "kind", new Step(RestFields.PERIOD_KIND, null),
            "gradePercent", new Step(RestFields.GRADE_PERCENT, null),
            "treatmentDays", new Step(RestFields.TREATMENT_DAYS, null),
            "medicalReasons", new Step(RestFields.MEDICAL_REASONS, null),
            "waitingInfo", new Step(RestFields.WAITING_INFO, null));
    private static final Map<String, Step> EMPLOYER = Map.of(
            "name", new Step(RestFields.NAME, null),
            "organisationNumber", new Step(RestFields.ORGANISATION_NUMBER, null),
            "occupation", new Step(RestFields.OCCUPATION, null),
            "positionPercent", new Step(RestFields.POSITION_PERCENT, null));
    private static final Map<String, Step> SYKMELDING = Map.ofEntries(
            Map.entry("sourceId", new Step(RestFields.PART_ID, null)),
            Map.entry("mainDiagnosis", new Step(RestFields.MAIN_DIAGNOSIS, CodingStyle.OBJECT)),
            Map.entry("secondaryDiagnoses", new Step(RestFields.SECONDARY_DIAGNOSES, CodingStyle.OBJECT)),
            Map.entry("periods", new Step(RestFields.PERIODS, PERIOD)),
            Map.entry("employer", new Step(RestFields.EMPLOYER, EMPLOYER)),
            Map.entry("treatedAt", new Step(RestFields.TREATED_AT, null)),
            Map.entry("contactDate", new Step(RestFields.CONTACT_DATE, null)),
            Map.entry("returnToWorkExpected", new Step(RestFields.RETURN_TO_WORK_EXPECTED, null)),
            Map.entry("prognosis", new Step(RestFields.PROGNOSIS, null)));

    /** The component tables by model type, for tests that check every component is mapped. */
    static final Map<Class<?>, Map<String, Step>> TABLES = Map.ofEntries(
            Map.entry(ClinicalContext.class, CONTEXT),
            Map.entry(Patient.class, PATIENT),
            Map.entry(PersonIdentifier.class, IDENTIFIER),
            Map.entry(Practitioner.class, PRACTITIONER),
            Map.entry(Organization.class, ORGANIZATION),
            Map.entry(Vaccination.class, VACCINATION),
            Map.entry(Klinikermelding.class, KLINIKERMELDING),
            Map.entry(DiabetesAnnualControl.class, DIABETES),
            Map.entry(Measurement.class, MEASUREMENT),
            Map.entry(Sykmelding.class, SYKMELDING),
            Map.entry(SickLeavePeriod.class, PERIOD),
            Map.entry(Employer.class, EMPLOYER));

    private RestPointers() {
    }

    /** Returns the pointer of a place in the shared clinical context, for example {@code patient.identifier.value}. */
    public static String ofContext(String fieldPath) {
        return translate("", CONTEXT, fieldPath);
    }

    /**
     * Returns the pointer of a place in a part.
     *
     * @param partPointer the part's own pointer, from {@code ParsedSubmission.sourceLocations}
     */
    public static String ofPart(ReportContent part, String partPointer, String fieldPath) {
        return translate(partPointer, TABLES.get(part.getClass()), fieldPath);
    }

    private static String translate(String base, Map<String, Step> table, String fieldPath) {
        StringBuilder pointer = new StringBuilder(base);
        Object current = table;
        if (fieldPath == null || fieldPath.isEmpty()) {
            return pointer.toString();
        }
        for (String step : fieldPath.split("\\.")) {
            Matcher matcher = STEP.matcher(step);
            if (!matcher.matches()) {
                break;
            }
            String name = matcher.group(1);
            String index = matcher.group(2);
            if (current instanceof CodingStyle style) {
                appendCodingField(pointer, style, name);
                break;
            }
            if (!(current instanceof Map<?, ?> components) || !(components.get(name) instanceof Step next)) {
                break;
            }
            if (!next.field().isEmpty()) {
                pointer.append('/').append(next.field());
            }
            if (index != null) {
                pointer.append('/').append(index);
            }
            current = next.below();
        }
        return pointer.toString();
    }

    private static void appendCodingField(StringBuilder pointer, CodingStyle style, String component) {
        String field = switch (style) {
            case FLAT -> null;
            case OBJECT, INLINE -> switch (component) {
                case "system" -> RestFields.CODE_SYSTEM;
                case "code" -> RestFields.CODE;
                case "display" -> style == CodingStyle.OBJECT ? RestFields.CODE_TEXT : null;
                default -> null;
            };
            case MEDICATION -> switch (component) {
                case "code", "system" -> RestFields.ATC_CODE;
                case "display" -> RestFields.NAME;
                default -> null;
            };
        };
        if (field != null) {
            pointer.append('/').append(field);
        }
    }
}
