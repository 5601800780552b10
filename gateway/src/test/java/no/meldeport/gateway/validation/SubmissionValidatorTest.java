package no.meldeport.gateway.validation;

import static no.meldeport.gateway.validation.TestSubmissions.CLINICIAN;
import static no.meldeport.gateway.validation.TestSubmissions.FNR;
import static no.meldeport.gateway.validation.TestSubmissions.FNR_BIRTH_DATE;
import static no.meldeport.gateway.validation.TestSubmissions.TREATED;
import static no.meldeport.gateway.validation.TestSubmissions.annualControl;
import static no.meldeport.gateway.validation.TestSubmissions.context;
import static no.meldeport.gateway.validation.TestSubmissions.klinikermelding;
import static no.meldeport.gateway.validation.TestSubmissions.measurement;
import static no.meldeport.gateway.validation.TestSubmissions.patient;
import static no.meldeport.gateway.validation.TestSubmissions.period;
import static no.meldeport.gateway.validation.TestSubmissions.submission;
import static no.meldeport.gateway.validation.TestSubmissions.sykmelding;
import static no.meldeport.gateway.validation.TestSubmissions.usualMeasurements;
import static no.meldeport.gateway.validation.TestSubmissions.vaccination;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import no.meldeport.gateway.reporttype.ReportTypeCatalog;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.IssueSeverity;
import no.meldeport.gateway.submission.MessageLanguage;
import no.meldeport.gateway.submission.ParsedSubmission;
import no.meldeport.gateway.submission.SubmissionIssue;
import no.meldeport.model.ClinicalContext;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.PersonIdentifier;
import no.meldeport.model.PersonIdentifierType;
import no.meldeport.model.Practitioner;
import no.meldeport.model.ReportType;
import no.meldeport.model.Reporter;
import no.meldeport.model.SickLeavePeriod;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SubmissionValidatorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);
    /** Names each place "sourceId:path", or "context:path" for the clinical context. */
    private static final IssueLocator LOCATOR =
            (sourceId, path) -> (sourceId == null ? "context" : sourceId) + ":" + path;

    private final SubmissionValidator validator = new SubmissionValidator(ReportTypeCatalog.standard(), true, CLOCK);
    private final SubmissionValidator production = new SubmissionValidator(ReportTypeCatalog.standard(), false, CLOCK);

    private List<SubmissionIssue> issues(ParsedSubmission submission) {
        return validator.validate(submission, null, LOCATOR).issues();
    }

    private static ParsedSubmission vaccinationFor(ClinicalContext context) {
        return submission(ReportType.VACCINATION, context, vaccination());
    }

    private static SubmissionIssue only(List<SubmissionIssue> issues) {
        assertThat(issues).hasSize(1);
        return issues.get(0);
    }

    @Test
    void validReportOfEachTypeHasNoIssues() {
        assertThat(issues(submission(ReportType.VACCINATION, context(), vaccination()))).isEmpty();
        assertThat(issues(submission(ReportType.KLINIKERMELDING, context(), klinikermelding()))).isEmpty();
        assertThat(issues(submission(ReportType.DIABETES_ANNUAL_CONTROL, context(),
                annualControl(usualMeasurements())))).isEmpty();
        assertThat(issues(submission(ReportType.SYKMELDING, context(), sykmelding()))).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ClinicalContext context = context(patient(
                PersonIdentifier.of(PersonIdentifierType.FODSELSNUMMER, "13031353454"), null), CLINICIAN);
        ParsedSubmission submission = submission(ReportType.ENCOUNTER_REPORT, context,
                vaccination("AII02", "J07BB02", OffsetDateTime.parse("2099-01-01T10:00:00+01:00")),
                annualControl(List.of(measurement(CodeSystems.NLK, "NPU27300", "999", "mmol/mol"))));

        List<SubmissionIssue> issues = issues(submission);

        assertThat(issues).extracting(SubmissionIssue::message).containsExactly(
                IssueMessage.PERSON_IDENTIFIER_CHECK_DIGITS,
                IssueMessage.DATE_IN_FUTURE,
                IssueMessage.MEASUREMENT_OUT_OF_RANGE);
        assertThat(issues).extracting(SubmissionIssue::expression).containsExactly(
                "context:patient.identifier.value",
                "Immunization/imm-1:occurrence",
                "Observation/panel-1:measurements[0].value");
    }

    @Nested
    class Identifiers {

        @Test
        void wrongCheckDigitNamesNumberInNorwegian() {
            ClinicalContext context = context(patient(
                    PersonIdentifier.of(PersonIdentifierType.FODSELSNUMMER, "13031353454"), null), CLINICIAN);

            SubmissionIssue issue = only(issues(vaccinationFor(context)));

            assertThat(issue.message()).isEqualTo(IssueMessage.PERSON_IDENTIFIER_CHECK_DIGITS);
            assertThat(issue.value()).as("personal data stays out of diagnostics").isNull();
            assertThat(issue.text(MessageLanguage.NB)).isEqualTo(
                    "Fødselsnummeret 13031353454 har feil kontrollsiffer. Kontroller nummeret i pasientens journal.");
            assertThat(issue.toString()).doesNotContain("13031353454");
        }

        @Test
        void syntheticNumberIsRejectedWhenNotAllowed() {
            ClinicalContext context = context(patient(
                    PersonIdentifier.of(PersonIdentifierType.FODSELSNUMMER, "28894698995"), null), CLINICIAN);

            List<SubmissionIssue> allowed = issues(vaccinationFor(context));
            List<SubmissionIssue> rejected = production.validate(vaccinationFor(context), null, LOCATOR).issues();

            assertThat(allowed).isEmpty();
            assertThat(only(rejected).message()).isEqualTo(IssueMessage.PERSON_IDENTIFIER_SYNTHETIC);
            assertThat(only(rejected).text(MessageLanguage.EN)).contains("Tenor test population, month + 80");
        }

        @Test
        void dNumberSentAsFodselsnummerIsWrongKind() {
            ClinicalContext context = context(patient(
                    PersonIdentifier.of(PersonIdentifierType.FODSELSNUMMER, "51106297510"), null), CLINICIAN);

            assertThat(only(issues(vaccinationFor(context))).message())
                    .isEqualTo(IssueMessage.PERSON_IDENTIFIER_WRONG_KIND);
        }

        @Test
        void hNumberNeedsAssigner() {
            ClinicalContext context = context(patient(
                    PersonIdentifier.of(PersonIdentifierType.H_NUMBER, "17458500088"), null), CLINICIAN);
            ParsedSubmission submission = submission(ReportType.KLINIKERMELDING, context, klinikermelding());

            SubmissionIssue issue = only(issues(submission));

            assertThat(issue.message()).isEqualTo(IssueMessage.H_NUMBER_ASSIGNER_MISSING);
            assertThat(issue.expression()).isEqualTo("context:patient.identifier.assigner");
        }

        @Test
        void hNumberIsNotAcceptedBySysvak() {
            ClinicalContext context = context(patient(
                    new PersonIdentifier(PersonIdentifierType.H_NUMBER, "17458500088", "974589095"), null), CLINICIAN);

            SubmissionIssue issue = only(issues(vaccinationFor(context)));

            assertThat(issue.message()).isEqualTo(IssueMessage.PERSON_IDENTIFIER_NOT_ACCEPTED);
            assertThat(issue.text(MessageLanguage.EN)).isEqualTo("SYSVAK does not accept patients identified by"
                    + " H-number. Identify the patient by fødselsnummer, D-number, DUF number.");
        }

        @Test
        void birthDateDifferentFromIdentifierIsWarning() {
            ClinicalContext context = context(patient(FNR, LocalDate.of(1940, 5, 18)), CLINICIAN);

            SubmissionIssue issue = only(issues(vaccinationFor(context)));

            assertThat(issue.message()).isEqualTo(IssueMessage.BIRTH_DATE_MISMATCH);
            assertThat(issue.severity()).isEqualTo(IssueSeverity.WARNING);
        }

        @Test
        void malformedHprNumberIsRejected() {
            ClinicalContext context = context(patient(FNR, FNR_BIRTH_DATE),
                    new Practitioner("0914488", "Ingrid", "Fjeld", null));

            SubmissionIssue issue = only(issues(vaccinationFor(context)));

            assertThat(issue.message()).isEqualTo(IssueMessage.HPR_NUMBER_INVALID);
            assertThat(issue.expression()).isEqualTo("context:clinician.hprNumber");
        }

        @Test
        void shortHprNumberIsWarning() {
            ClinicalContext context = context(patient(FNR, FNR_BIRTH_DATE),
                    new Practitioner("12345", "Ingrid", "Fjeld", null));

            SubmissionIssue issue = only(issues(vaccinationFor(context)));

            assertThat(issue.message()).isEqualTo(IssueMessage.HPR_NUMBER_UNUSUAL);
            assertThat(issue.severity()).isEqualTo(IssueSeverity.WARNING);
        }

        @Test
        void organisationNumberWithWrongCheckDigitIsRejected() {
            ClinicalContext context = new ClinicalContext(patient(FNR, FNR_BIRTH_DATE), CLINICIAN,
                    new no.meldeport.model.Organization("974589096", "Fjordvik", null), null, null);

            SubmissionIssue issue = only(issues(vaccinationFor(context)));

            assertThat(issue.message()).isEqualTo(IssueMessage.ORGANISATION_NUMBER_CHECK_DIGIT);
            assertThat(issue.expression()).isEqualTo("context:organization.organisationNumber");
            assertThat(issue.value()).isEqualTo("974589096");
        }
    }

    @Nested
    class Dates {

        @Test
        void vaccinationInFutureIsRejected() {
            ParsedSubmission submission = submission(ReportType.VACCINATION, context(),
                    vaccination("AII02", "J07BB02", OffsetDateTime.parse("2026-12-05T09:00:00+01:00")));

            SubmissionIssue issue = only(issues(submission));

            assertThat(issue.message()).isEqualTo(IssueMessage.DATE_IN_FUTURE);
            assertThat(issue.expression()).isEqualTo("Immunization/imm-1:occurrence");
            assertThat(issue.text(MessageLanguage.NB)).startsWith("Vaksinasjonstidspunktet (2026-12-05T09:00+01:00)");
        }

        @Test
        void fewMinutesAheadIsClockSkew() {
            ParsedSubmission submission = submission(ReportType.VACCINATION, context(),
                    vaccination("AII02", "J07BB02", OffsetDateTime.parse("2026-12-04T12:03:00Z")));

            assertThat(issues(submission)).isEmpty();
        }

        @Test
        void diagnosisBeforeBirthIsRejected() {
            ParsedSubmission submission = submission(ReportType.KLINIKERMELDING, context(), klinikermelding(
                    new Coding(CodeSystems.ICD10, "A04.5", null), LocalDate.of(1939, 1, 1), null));

            SubmissionIssue issue = only(issues(submission));

            assertThat(issue.message()).isEqualTo(IssueMessage.DATE_BEFORE_BIRTH);
            assertThat(issue.expression()).isEqualTo("Condition/cond-1:diagnosisDate");
        }

        @Test
        void onsetAfterDiagnosisIsWarning() {
            ParsedSubmission submission = submission(ReportType.KLINIKERMELDING, context(), klinikermelding(
                    new Coding(CodeSystems.ICD10, "A04.5", null), LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 10)));

            SubmissionIssue issue = only(issues(submission));

            assertThat(issue.message()).isEqualTo(IssueMessage.DATE_ORDER);
            assertThat(issue.severity()).isEqualTo(IssueSeverity.WARNING);
        }

        @Test
        void contactAfterAssessmentIsRejected() {
            ParsedSubmission submission = submission(ReportType.SYKMELDING, context(), sykmelding(
                    List.of(period("2026-11-20", "2026-11-30", SickLeavePeriod.Kind.ACTIVITY_NOT_POSSIBLE, null, null)),
                    LocalDate.of(2026, 11, 21)));

            SubmissionIssue issue = only(issues(submission));

            assertThat(issue.message()).isEqualTo(IssueMessage.DATE_ORDER);
            assertThat(issue.severity()).isEqualTo(IssueSeverity.ERROR);
            assertThat(issue.expression()).isEqualTo("Composition/syk-1:contactDate");
        }

        @Test
        void overlappingPeriodsAreRejected() {
            ParsedSubmission submission = submission(ReportType.SYKMELDING, context(), sykmelding(List.of(
                    period("2026-11-20", "2026-11-30", SickLeavePeriod.Kind.ACTIVITY_NOT_POSSIBLE, null, null),
                    period("2026-11-30", "2026-12-10", SickLeavePeriod.Kind.GRADED, 50, null)), null));

            SubmissionIssue issue = only(issues(submission));

            assertThat(issue.message()).isEqualTo(IssueMessage.PERIODS_OVERLAP);
            assertThat(issue.expression()).isEqualTo("Composition/syk-1:periods[1].from");
        }

        @Test
        void periodsOutOfOrderAreRejected() {
            ParsedSubmission submission = submission(ReportType.SYKMELDING, context(), sykmelding(List.of(
                    period("2026-12-01", "2026-12-10", SickLeavePeriod.Kind.GRADED, 50, null),
                    period("2026-11-20", "2026-11-30", SickLeavePeriod.Kind.ACTIVITY_NOT_POSSIBLE, null, null)), null));

            assertThat(only(issues(submission)).message()).isEqualTo(IssueMessage.PERIODS_NOT_IN_ORDER);
        }

        @Test
        void periodEndingBeforeStartIsRejected() {
            ParsedSubmission submission = submission(ReportType.SYKMELDING, context(), sykmelding(List.of(
                    period("2026-11-30", "2026-11-20", SickLeavePeriod.Kind.ACTIVITY_NOT_POSSIBLE, null, null)), null));

            SubmissionIssue issue = only(issues(submission));

            assertThat(issue.message()).isEqualTo(IssueMessage.PERIOD_END_BEFORE_START);
            assertThat(issue.expression()).isEqualTo("Composition/syk-1:periods[0].to");
        }

        @Test
        void yearOfDiagnosisBeforeBirthIsRejected() {
            ParsedSubmission submission = submission(ReportType.DIABETES_ANNUAL_CONTROL, context(),
                    annualControl(new Coding(CodeSystems.ICD10, "E11", null), 1930, usualMeasurements()));

            SubmissionIssue issue = only(issues(submission));

            assertThat(issue.message()).isEqualTo(IssueMessage.VALUE_OUT_OF_RANGE);
            assertThat(issue.expression()).isEqualTo("Observation/panel-1:yearOfDiagnosis");
        }
    }

    @Nested
    class Codes {

        @Test
        void malformedIcd10CodeIsRejected() {
            ParsedSubmission submission = submission(ReportType.KLINIKERMELDING, context(), klinikermelding(
                    new Coding(CodeSystems.ICD10, "A4.5X", null), LocalDate.of(2026, 11, 9), null));

            SubmissionIssue issue = only(issues(submission));

            assertThat(issue.message()).isEqualTo(IssueMessage.DIAGNOSIS_CODE_INVALID);
            assertThat(issue.expression()).isEqualTo("Condition/cond-1:diagnosis.code");
            assertThat(issue.englishText()).contains("ICD-10").contains("A04.5");
        }

        @Test
        void malformedSysvakCodeIsRejected() {
            ParsedSubmission submission = submission(ReportType.VACCINATION, context(),
                    vaccination("AI02X", "J07BB02", TREATED));

            assertThat(only(issues(submission)).message()).isEqualTo(IssueMessage.VACCINE_CODE_INVALID);
        }

        @Test
        void knownVaccineWithOtherAtcCodeIsWarning() {
            ParsedSubmission submission = submission(ReportType.VACCINATION, context(),
                    vaccination("AII02", "J07BN01", TREATED));

            SubmissionIssue issue = only(issues(submission));

            assertThat(issue.message()).isEqualTo(IssueMessage.VACCINE_CODES_MISMATCH);
            assertThat(issue.severity()).isEqualTo(IssueSeverity.WARNING);
            assertThat(issue.expression()).isEqualTo("Immunization/imm-1:atcCode.code");
        }

        @Test
        void atcCodeOutsideVaccinesIsWarning() {
            ParsedSubmission submission = submission(ReportType.VACCINATION, context(),
                    vaccination("XYZ01", "A10BA02", TREATED));

            assertThat(only(issues(submission)).message()).isEqualTo(IssueMessage.ATC_CODE_NOT_VACCINE);
        }

        @Test
        void diagnosisThatIsNotDiabetesIsRejected() {
            ParsedSubmission submission = submission(ReportType.DIABETES_ANNUAL_CONTROL, context(),
                    annualControl(new Coding(CodeSystems.ICD10, "J45", null), 2014, usualMeasurements()));

            SubmissionIssue issue = only(issues(submission));

            assertThat(issue.message()).isEqualTo(IssueMessage.CODE_NOT_IN_VALUE_SET);
            assertThat(issue.englishText()).isEqualTo("The diabetes diagnosis (J45) is not one of the codes NOKLUS"
                    + " accepts: E10, E11, E12, E13, E14 (ICD-10); T89, T90 (ICPC-2).");
        }
    }

    @Nested
    class Measurements {

        @Test
        void valueOutsidePossibleRangeIsRejected() {
            ParsedSubmission submission = submission(ReportType.DIABETES_ANNUAL_CONTROL, context(), annualControl(
                    List.of(measurement(CodeSystems.NLK, "NPU27300", "530", "mmol/mol"))));

            SubmissionIssue issue = only(issues(submission));

            assertThat(issue.message()).isEqualTo(IssueMessage.MEASUREMENT_OUT_OF_RANGE);
            assertThat(issue.text(MessageLanguage.NB))
                    .isEqualTo("HbA1c 530 mmol/mol er utenfor det mulige området 15 til 200 mmol/mol. Kontroller verdien"
                            + " og enheten.");
        }

        @Test
        void unusualValueIsWarning() {
            ParsedSubmission submission = submission(ReportType.DIABETES_ANNUAL_CONTROL, context(), annualControl(
                    List.of(measurement(CodeSystems.NLK, "NPU27300", "140", "mmol/mol"))));

            SubmissionIssue issue = only(issues(submission));

            assertThat(issue.message()).isEqualTo(IssueMessage.MEASUREMENT_UNUSUAL);
            assertThat(issue.severity()).isEqualTo(IssueSeverity.WARNING);
        }

        @Test
        void wrongUnitIsRejected() {
            ParsedSubmission submission = submission(ReportType.DIABETES_ANNUAL_CONTROL, context(), annualControl(
                    List.of(measurement(CodeSystems.NLK, "NPU27300", "7.1", "%"))));

            SubmissionIssue issue = only(issues(submission));

            assertThat(issue.message()).isEqualTo(IssueMessage.MEASUREMENT_UNIT_WRONG);
            assertThat(issue.expression()).isEqualTo("Observation/panel-1:measurements[0].unit");
        }

        @Test
        void missingHbA1cIsRejected() {
            ParsedSubmission submission = submission(ReportType.DIABETES_ANNUAL_CONTROL, context(), annualControl(
                    List.of(measurement(CodeSystems.LOINC, "8480-6", "138", "mm[Hg]"))));

            SubmissionIssue issue = only(issues(submission));

            assertThat(issue.message()).isEqualTo(IssueMessage.FIELD_REQUIRED);
            assertThat(issue.text(MessageLanguage.NB))
                    .isEqualTo("HbA1c mangler. En årskontroll til NOKLUS krever dette feltet.");
        }

        @Test
        void unknownCodeIsWarning() {
            List<no.meldeport.model.Measurement> values = new java.util.ArrayList<>(usualMeasurements());
            values.add(measurement(CodeSystems.LOINC, "2345-7", "6.1", "mmol/L"));
            ParsedSubmission submission = submission(ReportType.DIABETES_ANNUAL_CONTROL, context(),
                    annualControl(values));

            SubmissionIssue issue = only(issues(submission));

            assertThat(issue.message()).isEqualTo(IssueMessage.MEASUREMENT_CODE_UNKNOWN);
            assertThat(issue.expression()).isEqualTo("Observation/panel-1:measurements[2].code");
        }
    }

    @Nested
    class RequiredFields {

        @Test
        void gradedPeriodNeedsGrade() {
            ParsedSubmission submission = submission(ReportType.SYKMELDING, context(), sykmelding(List.of(
                    period("2026-11-20", "2026-11-30", SickLeavePeriod.Kind.GRADED, null, null)), null));

            SubmissionIssue issue = only(issues(submission));

            assertThat(issue.message()).isEqualTo(IssueMessage.FIELD_REQUIRED);
            assertThat(issue.expression()).isEqualTo("Composition/syk-1:periods[0].gradePercent");
            assertThat(issue.text(MessageLanguage.EN))
                    .isEqualTo("The sick-leave grade in percent is missing. A sykmelding to NAV requires it.");
        }

        @Test
        void gradeOutsideRangeIsRejected() {
            ParsedSubmission submission = submission(ReportType.SYKMELDING, context(), sykmelding(List.of(
                    period("2026-11-20", "2026-11-30", SickLeavePeriod.Kind.GRADED, 150, null)), null));

            SubmissionIssue issue = only(issues(submission));

            assertThat(issue.message()).isEqualTo(IssueMessage.VALUE_OUT_OF_RANGE);
            assertThat(issue.text(MessageLanguage.NB))
                    .isEqualTo("Sykmeldingsgraden i prosent er 150, men må være fra 1 til 99.");
        }

        @Test
        void treatmentDaysLongerThanPeriodAreRejected() {
            ParsedSubmission submission = submission(ReportType.SYKMELDING, context(), sykmelding(List.of(
                    period("2026-11-20", "2026-11-22", SickLeavePeriod.Kind.TREATMENT_DAYS, null, 4)), null));

            SubmissionIssue issue = only(issues(submission));

            assertThat(issue.message()).isEqualTo(IssueMessage.VALUE_OUT_OF_RANGE);
            assertThat(issue.expression()).isEqualTo("Composition/syk-1:periods[0].treatmentDays");
        }

        @Test
        void sykmeldingNeedsClinician() {
            ParsedSubmission submission = submission(ReportType.SYKMELDING,
                    context(patient(FNR, FNR_BIRTH_DATE), null), sykmelding());

            SubmissionIssue issue = only(issues(submission));

            assertThat(issue.message()).isEqualTo(IssueMessage.FIELD_REQUIRED);
            assertThat(issue.expression()).isEqualTo("context:clinician");
        }

        @Test
        void klinikermeldingTakesHprNumberFromToken() {
            ParsedSubmission submission = submission(ReportType.KLINIKERMELDING,
                    context(patient(FNR, FNR_BIRTH_DATE), null), klinikermelding());
            Reporter withHpr = new Reporter("client", null, "974589095", null, null, "565501872");

            List<SubmissionIssue> withoutToken = issues(submission);
            List<SubmissionIssue> withToken = validator.validate(submission, withHpr, LOCATOR).issues();

            assertThat(only(withoutToken).message()).isEqualTo(IssueMessage.FIELD_REQUIRED);
            assertThat(withToken).isEmpty();
        }

        @Test
        void missingMunicipalityIsWarningForMsis() {
            ClinicalContext context = context(new no.meldeport.model.Patient(FNR, "Astrid", null, "Haugen",
                    FNR_BIRTH_DATE, null, null), CLINICIAN);

            List<SubmissionIssue> msis = issues(submission(ReportType.KLINIKERMELDING, context, klinikermelding()));
            List<SubmissionIssue> sysvak = issues(submission(ReportType.VACCINATION, context, vaccination()));

            assertThat(only(msis).message()).isEqualTo(IssueMessage.FIELD_RECOMMENDED);
            assertThat(only(msis).expression()).isEqualTo("context:patient.municipalityCode");
            assertThat(sysvak).isEmpty();
        }

        @Test
        void sharedFieldIsReportedOnce() {
            ClinicalContext context = context(patient(
                    PersonIdentifier.of(PersonIdentifierType.FODSELSNUMMER, "13031353454"), null), CLINICIAN);
            ParsedSubmission submission = submission(ReportType.ENCOUNTER_REPORT, context, vaccination(),
                    klinikermelding());

            assertThat(only(issues(submission)).message()).isEqualTo(IssueMessage.PERSON_IDENTIFIER_CHECK_DIGITS);
        }
    }
}
