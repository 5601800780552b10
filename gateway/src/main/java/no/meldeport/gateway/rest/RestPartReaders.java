package no.meldeport.gateway.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.SubmissionIssue;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.DiabetesAnnualControl;
import no.meldeport.model.DiabetesAnnualControl.SmokingStatus;
import no.meldeport.model.Employer;
import no.meldeport.model.Klinikermelding;
import no.meldeport.model.Measurement;
import no.meldeport.model.SickLeavePeriod;
import no.meldeport.model.Sykmelding;
import no.meldeport.model.Vaccination;

/**
 * Reads the parts of a REST report into the internal model. Each reader returns empty after adding issues when a
 * required field is missing or invalid. A part's {@code sourceId} is its {@code id} field, or else its JSON Pointer.
 */
final class RestPartReaders {

    private static final String SYSVAK_CODE_PATTERN = "[A-Z]{2,3}[0-9]{2}";
    private static final String ATC_PATTERN = "[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}";

    private RestPartReaders() {
    }

    static Optional<Vaccination> vaccination(JsonFieldReader part) {
        int issuesBefore = part.issues().size();
        String id = sourceId(part);
        String sysvakCode = part.text(RestFields.SYSVAK_CODE, true, SYSVAK_CODE_PATTERN,
                "a SYSVAK vaccine code: 2-3 capital letters and 2 digits, for example AII02");
        String vaccineName = part.text(RestFields.VACCINE_NAME, false);
        String atcCode = part.text(RestFields.ATC_CODE, true, ATC_PATTERN, "an ATC code such as J07BB02");
        OffsetDateTime time = part.dateTime(RestFields.VACCINATION_TIME, true);
        String lotNumber = part.text(RestFields.LOT_NUMBER, false);
        Integer dose = part.integer(RestFields.DOSE_NUMBER, false, 1, 99);
        Coding disease = part.object(RestFields.TARGET_DISEASE, false)
                .map(coding -> coding(coding, RestCodes.DISEASE_SYSTEMS))
                .orElse(null);
        String site = part.text(RestFields.SITE, false);
        String route = part.text(RestFields.ROUTE, false);
        Boolean consent = part.bool(RestFields.CONSENT, false);
        if (part.issues().size() > issuesBefore) {
            return Optional.empty();
        }
        return Optional.of(new Vaccination(
                id,
                new Coding(Vaccination.SYSVAK_SYSTEM, sysvakCode, vaccineName),
                new Coding(CodeSystems.ATC, atcCode, null),
                time,
                lotNumber,
                dose,
                disease,
                site == null ? null : new Coding(RestCodes.SITE_SYSTEM, site, null),
                route == null ? null : new Coding(RestCodes.ROUTE_SYSTEM, route, null),
                consent));
    }

    /**
     * Reads a klinikermelding candidate. The diagnosis date is {@code diagnosedato}, else the consultation date; one
     * of them is required. The planner decides whether the diagnosis is notifiable.
     */
    static Optional<Klinikermelding> klinikermelding(JsonFieldReader part, LocalDate encounterDate) {
        int issuesBefore = part.issues().size();
        String id = sourceId(part);
        Coding diagnosis = diagnosis(part, RestFields.DIAGNOSIS, true);
        LocalDate diagnosisDate = part.date(RestFields.DIAGNOSIS_DATE, false);
        if (diagnosisDate == null && encounterDate == null && !part.has(RestFields.DIAGNOSIS_DATE)) {
            RestContextReader.requiredBecause(part, RestFields.DIAGNOSIS_DATE);
        }
        LocalDate onset = part.date(RestFields.SYMPTOM_ONSET, false);
        String municipality = part.text(RestFields.INFECTION_MUNICIPALITY, false, "[0-9]{4}",
                "a four-digit kommunenummer");
        String country = part.text(RestFields.INFECTION_COUNTRY, false, "[A-Z]{2}",
                "an ISO 3166-1 alpha-2 country code such as ES");
        String exposure = part.text(RestFields.EXPOSURE_SETTING, false);
        String transmission = part.text(RestFields.TRANSMISSION_ROUTE, false);
        Boolean closeContact = part.bool(RestFields.CLOSE_CONTACT_CONFIRMED, false);
        String testingReason = part.text(RestFields.TESTING_REASON, false);
        String vaccinationStatus = part.text(RestFields.VACCINATION_STATUS, false);
        Boolean hospitalised = part.bool(RestFields.HOSPITALISED, false);
        String note = part.text(RestFields.NOTE, false);
        if (part.issues().size() > issuesBefore) {
            return Optional.empty();
        }
        return Optional.of(new Klinikermelding(id, diagnosis, null, null,
                diagnosisDate != null ? diagnosisDate : encounterDate, onset, municipality, country, exposure,
                transmission, closeContact, testingReason, vaccinationStatus, hospitalised, note));
    }

    static Optional<DiabetesAnnualControl> diabetesAnnualControl(JsonFieldReader part) {
        int issuesBefore = part.issues().size();
        String id = sourceId(part);
        LocalDate controlDate = part.date(RestFields.CONTROL_DATE, true);
        Coding diagnosis = diagnosis(part, RestFields.DIABETES_DIAGNOSIS, true);
        Integer year = part.integer(RestFields.YEAR_OF_DIAGNOSIS, false, 1900, 2100);
        List<Measurement> measurements = new ArrayList<>();
        for (JsonFieldReader measurement : part.objects(RestFields.MEASUREMENTS)) {
            measurement(measurement).ifPresent(measurements::add);
            measurement.finish();
        }
        Boolean foot = part.bool(RestFields.FOOT_EXAMINATION, false);
        Boolean monofilament = part.bool(RestFields.MONOFILAMENT_REDUCED, false);
        Boolean eye = part.bool(RestFields.EYE_EXAMINATION, false);
        Boolean retinopathy = part.bool(RestFields.RETINOPATHY, false);
        SmokingStatus smoking = code(part, RestFields.SMOKING, false, RestCodes.SMOKING);
        List<Coding> medications = new ArrayList<>();
        for (JsonFieldReader medication : part.objects(RestFields.MEDICATIONS)) {
            String atc = medication.text(RestFields.ATC_CODE, true, "[A-Z][0-9]{2}[A-Z]{0,2}[0-9]{0,2}",
                    "an ATC code such as A10BA02");
            String name = medication.text(RestFields.NAME, false);
            medication.finish();
            if (atc != null) {
                medications.add(new Coding(CodeSystems.ATC, atc, name));
            }
        }
        List<Coding> complications = new ArrayList<>();
        for (JsonFieldReader complication : part.objects(RestFields.COMPLICATIONS)) {
            Coding coding = coding(complication, RestCodes.DIAGNOSIS_SYSTEMS);
            if (coding != null) {
                complications.add(coding);
            }
        }
        if (part.issues().size() > issuesBefore) {
            return Optional.empty();
        }
        return Optional.of(new DiabetesAnnualControl(id, controlDate, diagnosis, year, measurements, foot,
                monofilament, eye, retinopathy, smoking, medications, complications));
    }

    static Optional<Sykmelding> sykmelding(JsonFieldReader part) {
        int issuesBefore = part.issues().size();
        String id = sourceId(part);
        Coding mainDiagnosis = diagnosis(part, RestFields.MAIN_DIAGNOSIS, true);
        List<Coding> secondary = new ArrayList<>();
        for (JsonFieldReader diagnosis : part.objects(RestFields.SECONDARY_DIAGNOSES)) {
            Coding coding = coding(diagnosis, RestCodes.DIAGNOSIS_SYSTEMS);
            if (coding != null) {
                secondary.add(coding);
            }
        }
        List<SickLeavePeriod> periods = new ArrayList<>();
        if (part.size(RestFields.PERIODS) == 0) {
            RestContextReader.requiredBecause(part, RestFields.PERIODS);
        }
        for (JsonFieldReader period : part.objects(RestFields.PERIODS)) {
            period(period).ifPresent(periods::add);
            period.finish();
        }
        Employer employer = part.object(RestFields.EMPLOYER, false).map(RestPartReaders::employer).orElse(null);
        OffsetDateTime treatedAt = part.dateTime(RestFields.TREATED_AT, true);
        LocalDate contactDate = part.date(RestFields.CONTACT_DATE, false);
        Boolean returnToWork = part.bool(RestFields.RETURN_TO_WORK_EXPECTED, false);
        String prognosis = part.text(RestFields.PROGNOSIS, false);
        if (part.issues().size() > issuesBefore) {
            return Optional.empty();
        }
        return Optional.of(new Sykmelding(id, mainDiagnosis, secondary, periods, employer, treatedAt, contactDate,
                returnToWork, prognosis));
    }

    private static Optional<SickLeavePeriod> period(JsonFieldReader period) {
        int issuesBefore = period.issues().size();
        LocalDate from = period.date(RestFields.PERIOD_FROM, true);
        LocalDate to = period.date(RestFields.PERIOD_TO, true);
        if (from != null && to != null && to.isBefore(from)) {
            period.invalid(RestFields.PERIOD_TO, "a date on or after " + RestFields.PERIOD_FROM);
        }
        SickLeavePeriod.Kind kind = code(period, RestFields.PERIOD_KIND, true, RestCodes.PERIOD_KINDS);
        Integer grade = period.integer(RestFields.GRADE_PERCENT, false, 1, 99);
        if (kind == SickLeavePeriod.Kind.GRADED && grade == null && !period.has(RestFields.GRADE_PERCENT)) {
            RestContextReader.requiredBecause(period, RestFields.GRADE_PERCENT);
        }
        Integer treatmentDays = period.integer(RestFields.TREATMENT_DAYS, false, 1, 366);
        if (kind == SickLeavePeriod.Kind.TREATMENT_DAYS && treatmentDays == null
                && !period.has(RestFields.TREATMENT_DAYS)) {
            RestContextReader.requiredBecause(period, RestFields.TREATMENT_DAYS);
        }
        String reasons = period.text(RestFields.MEDICAL_REASONS, false);
        String waitingInfo = period.text(RestFields.WAITING_INFO, false);
        if (period.issues().size() > issuesBefore) {
            return Optional.empty();
        }
        return Optional.of(new SickLeavePeriod(from, to, kind, grade, treatmentDays, reasons, waitingInfo));
    }

    private static Employer employer(JsonFieldReader employer) {
        String name = employer.text(RestFields.NAME, false);
        String number = RestContextReader.organisationNumber(employer, false);
        String occupation = employer.text(RestFields.OCCUPATION, false);
        Integer position = employer.integer(RestFields.POSITION_PERCENT, false, 1, 100);
        employer.finish();
        return new Employer(name, number, occupation, position);
    }

    private static Optional<Measurement> measurement(JsonFieldReader measurement) {
        int issuesBefore = measurement.issues().size();
        String system = code(measurement, RestFields.CODE_SYSTEM, true, RestCodes.MEASUREMENT_SYSTEMS);
        String code = measurement.text(RestFields.CODE, true);
        BigDecimal value = measurement.decimal(RestFields.MEASUREMENT_VALUE, true);
        String unit = measurement.text(RestFields.MEASUREMENT_UNIT, true);
        LocalDate date = measurement.date(RestFields.MEASUREMENT_DATE, false);
        if (measurement.issues().size() > issuesBefore) {
            return Optional.empty();
        }
        return Optional.of(new Measurement(new Coding(system, code, null), value, unit, date));
    }

    /** Reads a coded diagnosis object ({@code kodeverk} ICD-10 or ICPC-2, {@code kode}, {@code tekst}). */
    private static Coding diagnosis(JsonFieldReader part, String field, boolean required) {
        return part.object(field, required).map(coding -> coding(coding, RestCodes.DIAGNOSIS_SYSTEMS)).orElse(null);
    }

    /** Reads {@code kodeverk}, {@code kode} and {@code tekst}; returns null after issues. */
    private static Coding coding(JsonFieldReader coding, Map<String, String> systems) {
        String system = code(coding, RestFields.CODE_SYSTEM, true, systems);
        String code = coding.text(RestFields.CODE, true);
        String text = coding.text(RestFields.CODE_TEXT, false);
        coding.finish();
        return system == null || code == null ? null : new Coding(system, code, text);
    }

    /** Reads a field whose value must be one of the keys of {@code codes}, and returns the mapped value. */
    static <T> T code(JsonFieldReader object, String field, boolean required, Map<String, T> codes) {
        String text = object.text(field, required);
        if (text == null) {
            return null;
        }
        T value = codes.get(text);
        if (value == null) {
            String at = object.pointerOf(field);
            object.issues().add(SubmissionIssue.error(IssueMessage.CODE_NOT_ALLOWED, at, null, text,
                    RestCodes.list(codes)));
        }
        return value;
    }

    private static String sourceId(JsonFieldReader part) {
        String id = part.text(RestFields.PART_ID, false, "[!-~]{1,64}", "1 to 64 visible ASCII characters");
        return id != null ? id : part.pointer();
    }
}
