package no.meldeport.gateway.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import no.meldeport.gateway.reporttype.Check;
import no.meldeport.gateway.reporttype.CodeSystemFormat;
import no.meldeport.gateway.reporttype.KnownVaccine;
import no.meldeport.gateway.reporttype.ValueRange;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.MessageTexts;
import no.meldeport.gateway.validation.RuleChecker.FieldContext;
import no.meldeport.gateway.validation.identifiers.HprNumbers;
import no.meldeport.gateway.validation.identifiers.IdentifierCheck;
import no.meldeport.gateway.validation.identifiers.IdentifierProblem;
import no.meldeport.gateway.validation.identifiers.OrganisationNumbers;
import no.meldeport.model.Coding;
import no.meldeport.model.DiabetesAnnualControl;
import no.meldeport.model.Klinikermelding;
import no.meldeport.model.Measurement;
import no.meldeport.model.PersonIdentifier;
import no.meldeport.model.PersonIdentifierType;
import no.meldeport.model.SickLeavePeriod;
import no.meldeport.model.Sykmelding;
import no.meldeport.model.Vaccination;

/** The content checks that {@link Check} names, each applied to one present value. */
final class ContentChecks {

    private static final Pattern MUNICIPALITY = Pattern.compile("[0-9]{4}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final String VACCINE_ATC_GROUP = "J07";

    private final ValidationRun run;
    private final ValidationIssues issues;

    ContentChecks(ValidationRun run) {
        this.run = run;
        this.issues = run.issues();
    }

    void apply(Check check, FieldContext field, Object value, Object parent) {
        switch (check) {
            case NOT_IN_FUTURE -> notInFuture(field, value);
            case NOT_BEFORE_BIRTH -> notBeforeBirth(field, value);
            case PERSON_IDENTIFIER -> personIdentifier(field, (PersonIdentifier) value);
            case MATCHES_IDENTIFIER -> matchesIdentifier(field, (LocalDate) value);
            case HPR_NUMBER -> hprNumber(field, (String) value);
            case ORGANISATION_NUMBER -> organisationNumber(field.sourceId(), field.path(), (String) value);
            case MUNICIPALITY_CODE -> pattern(field, (String) value, MUNICIPALITY, IssueMessage.MUNICIPALITY_CODE_INVALID);
            case COUNTRY_CODE -> pattern(field, (String) value, COUNTRY, IssueMessage.COUNTRY_CODE_INVALID);
            case CODE_FORMAT -> RuleChecker.forEachCoding(field, value, (path, coding) -> codeFormat(field, path, coding));
            case VACCINE_MATCHES_ATC -> vaccineMatchesAtc(field, (Coding) value, parent);
            case VACCINE_ATC -> vaccineAtc(field, (Coding) value);
            case MEASUREMENT_RANGES -> measurements(field, (List<?>) value);
            case YEAR_WITHIN_LIFETIME -> yearWithinLifetime(field, (Integer) value);
            case PERIODS_IN_ORDER -> periodsInOrder(field, (List<?>) value);
            case TREATMENT_DAYS_WITHIN_PERIOD -> treatmentDays(field, (Integer) value, (SickLeavePeriod) parent);
        }
    }

    private void notInFuture(FieldContext field, Object value) {
        boolean future;
        if (value instanceof OffsetDateTime time) {
            future = time.toInstant().isAfter(run.now().plus(SubmissionValidator.CLOCK_SKEW));
        } else {
            future = localDate(value).isAfter(run.today());
        }
        if (future) {
            issues.error(IssueMessage.DATE_IN_FUTURE, field.sourceId(), field.path(), null, field.label(),
                    value.toString());
        }
    }

    private void notBeforeBirth(FieldContext field, Object value) {
        if (run.birthDate() != null && localDate(value).isBefore(run.birthDate())) {
            issues.error(IssueMessage.DATE_BEFORE_BIRTH, field.sourceId(), field.path(), null, field.label(),
                    value.toString(), run.birthDate().toString());
        }
    }

    private void personIdentifier(FieldContext field, PersonIdentifier identifier) {
        String kind = IdentifierTerms.kind(identifier.type());
        String value = identifier.value().trim();
        String valuePath = field.path() + ".value";
        IdentifierCheck check = run.identifierCheck();
        if (!check.isValid()) {
            IdentifierProblem problem = check.problem();
            switch (problem) {
                case NOT_DIGITS -> issues.error(IssueMessage.PERSON_IDENTIFIER_NOT_DIGITS, null, valuePath, null,
                        kind, value);
                case WRONG_LENGTH -> issues.error(IssueMessage.PERSON_IDENTIFIER_WRONG_LENGTH, null, valuePath, null,
                        kind, value, Integer.toString(value.length()), IdentifierTerms.expectedLength(identifier.type()));
                case CHECK_DIGITS -> issues.error(IssueMessage.PERSON_IDENTIFIER_CHECK_DIGITS, null, valuePath, null,
                        kind, value);
                case INVALID_DATE -> issues.error(IssueMessage.PERSON_IDENTIFIER_INVALID_DATE, null, valuePath, null,
                        kind, value);
                case WRONG_KIND -> issues.error(IssueMessage.PERSON_IDENTIFIER_WRONG_KIND, null, valuePath, null,
                        kind, value, identifier.type().system());
                case WRONG_PREFIX -> issues.error(IssueMessage.FELLES_HJELPENUMMER_WRONG_PREFIX, null, valuePath, null,
                        value);
                case INVALID_YEAR -> issues.error(IssueMessage.DUF_NUMBER_INVALID_YEAR, null, valuePath, null,
                        value, value.length() >= 4 ? value.substring(0, 4) : value);
            }
        } else if (check.isSynthetic() && !run.allowSyntheticIds()) {
            issues.error(IssueMessage.PERSON_IDENTIFIER_SYNTHETIC, null, valuePath, null, kind, value,
                    MessageTexts.term("synthetic." + check.synthetic().name().toLowerCase(Locale.ROOT)));
        }
        if (identifier.type() == PersonIdentifierType.H_NUMBER) {
            String assigner = identifier.assigner();
            if (assigner == null || assigner.isBlank()) {
                issues.error(IssueMessage.H_NUMBER_ASSIGNER_MISSING, null, field.path() + ".assigner", null);
            } else {
                organisationNumber(null, field.path() + ".assigner", assigner.trim());
            }
        }
    }

    private void matchesIdentifier(FieldContext field, LocalDate birthDate) {
        IdentifierCheck check = run.identifierCheck();
        if (check.isValid() && check.birthDate() != null && !check.birthDate().equals(birthDate)) {
            issues.warning(IssueMessage.BIRTH_DATE_MISMATCH, field.sourceId(), field.path(), null,
                    birthDate.toString(), check.birthDate().toString(),
                    IdentifierTerms.name(run.identifierType()));
        }
    }

    private void hprNumber(FieldContext field, String value) {
        String number = value.trim();
        if (!HprNumbers.check(number).isValid()) {
            issues.error(IssueMessage.HPR_NUMBER_INVALID, field.sourceId(), field.path(), null, number);
        } else if (HprNumbers.isUnusuallyShort(number)) {
            issues.warning(IssueMessage.HPR_NUMBER_UNUSUAL, field.sourceId(), field.path(), null, number);
        }
    }

    /** Organisation numbers are public, so the value may appear in diagnostics. */
    private void organisationNumber(String sourceId, String path, String value) {
        String number = value.trim();
        IdentifierCheck check = OrganisationNumbers.check(number);
        if (check.problem() == IdentifierProblem.CHECK_DIGITS) {
            issues.error(IssueMessage.ORGANISATION_NUMBER_CHECK_DIGIT, sourceId, path, number, number);
        } else if (!check.isValid()) {
            issues.error(IssueMessage.ORGANISATION_NUMBER_INVALID, sourceId, path, number, number);
        }
    }

    private void pattern(FieldContext field, String value, Pattern pattern, IssueMessage message) {
        if (!pattern.matcher(value).matches()) {
            issues.error(message, field.sourceId(), field.path(), value, value);
        }
    }

    private void codeFormat(FieldContext field, String path, Coding coding) {
        Optional<CodeSystemFormat> format = run.catalog().codeSystemFormat(coding.system());
        if (format.isEmpty() || format.get().matches(coding.code())) {
            return;
        }
        String code = coding.code();
        switch (format.get().name()) {
            case "SYSVAK" -> issues.error(IssueMessage.VACCINE_CODE_INVALID, field.sourceId(), path + ".code", code, code);
            case "ATC" -> issues.error(IssueMessage.ATC_CODE_INVALID, field.sourceId(), path + ".code", code, code);
            default -> issues.error(IssueMessage.DIAGNOSIS_CODE_INVALID, field.sourceId(), path + ".code", code, code,
                    format.get().name(), format.get().example());
        }
    }

    private void vaccineMatchesAtc(FieldContext field, Coding sysvak, Object parent) {
        if (!(parent instanceof Vaccination vaccination) || vaccination.atcCode() == null) {
            return;
        }
        for (KnownVaccine known : run.catalog().knownVaccines()) {
            if (known.sysvakCode().equals(sysvak.code()) && !known.atcCode().equals(vaccination.atcCode().code())) {
                issues.warning(IssueMessage.VACCINE_CODES_MISMATCH, field.sourceId(), "atcCode.code",
                        vaccination.atcCode().code(), sysvak.code(), known.atcCode(), vaccination.atcCode().code());
            }
        }
    }

    private void vaccineAtc(FieldContext field, Coding atc) {
        if (!atc.code().startsWith(VACCINE_ATC_GROUP)) {
            issues.warning(IssueMessage.ATC_CODE_NOT_VACCINE, field.sourceId(), field.path() + ".code", atc.code(),
                    atc.code());
        }
    }

    private void measurements(FieldContext field, List<?> measurements) {
        List<ValueRange> ranges = field.definition().valueRanges();
        for (int index = 0; index < measurements.size(); index++) {
            Measurement measurement = (Measurement) measurements.get(index);
            String path = field.path() + "[" + index + "]";
            if (measurement.code() == null) {
                continue;
            }
            Optional<ValueRange> range = ranges.stream()
                    .filter(candidate -> candidate.matches(measurement.code().system(), measurement.code().code()))
                    .findFirst();
            if (range.isEmpty()) {
                issues.warning(IssueMessage.MEASUREMENT_CODE_UNKNOWN, field.sourceId(), path + ".code",
                        measurement.code().code(), measurement.code().system(), measurement.code().code());
            } else if (range.get().isChecked()) {
                measurement(field, path, measurement, range.get());
            }
        }
        for (ValueRange range : ranges) {
            boolean present = measurements.stream()
                    .map(Measurement.class::cast)
                    .anyMatch(measurement -> measurement.code() != null
                            && range.matches(measurement.code().system(), measurement.code().code()));
            if (range.required() && !present) {
                issues.error(IssueMessage.FIELD_REQUIRED, field.sourceId(), field.path(), null,
                        MessageTexts.term(field.definition().nameKey()), MessageTexts.term(range.labelKey()));
            }
        }
    }

    private void measurement(FieldContext field, String path, Measurement measurement, ValueRange range) {
        String label = MessageTexts.term(range.labelKey());
        String code = measurement.code().code();
        if (measurement.unit() == null || !measurement.unit().equals(range.unit())) {
            String unit = measurement.unit() == null ? "(none)" : measurement.unit();
            issues.error(IssueMessage.MEASUREMENT_UNIT_WRONG, field.sourceId(), path + ".unit", unit, label, code,
                    range.unit(), unit);
            return;
        }
        BigDecimal value = measurement.value();
        if (value == null) {
            return;
        }
        String shown = value.stripTrailingZeros().toPlainString();
        if (value.compareTo(range.possibleMin()) < 0 || value.compareTo(range.possibleMax()) > 0) {
            issues.error(IssueMessage.MEASUREMENT_OUT_OF_RANGE, field.sourceId(), path + ".value", shown, label, shown,
                    range.unit(), range.possibleMin().toPlainString(), range.possibleMax().toPlainString());
        } else if (value.compareTo(range.usualMin()) < 0 || value.compareTo(range.usualMax()) > 0) {
            issues.warning(IssueMessage.MEASUREMENT_UNUSUAL, field.sourceId(), path + ".value", shown, label, shown,
                    range.unit(), range.usualMin().toPlainString(), range.usualMax().toPlainString());
        }
    }

    private void yearWithinLifetime(FieldContext field, Integer year) {
        LocalDate reference = referenceDate(field.part());
        int latest = reference != null ? reference.getYear() : run.today().getYear();
        int earliest = run.birthDate() != null ? run.birthDate().getYear() : Integer.MIN_VALUE;
        if (year > latest || year < earliest) {
            issues.error(IssueMessage.VALUE_OUT_OF_RANGE, field.sourceId(), field.path(), year.toString(),
                    field.label(), year.toString(),
                    earliest == Integer.MIN_VALUE ? "-" : Integer.toString(earliest), Integer.toString(latest));
        }
    }

    private void periodsInOrder(FieldContext field, List<?> periods) {
        SickLeavePeriod previous = null;
        for (int index = 0; index < periods.size(); index++) {
            SickLeavePeriod period = (SickLeavePeriod) periods.get(index);
            String path = field.path() + "[" + index + "]";
            if (period.from() == null || period.to() == null) {
                continue;
            }
            if (period.to().isBefore(period.from())) {
                issues.error(IssueMessage.PERIOD_END_BEFORE_START, field.sourceId(), path + ".to", null,
                        period.from().toString(), period.to().toString());
            }
            if (previous != null) {
                if (period.from().isBefore(previous.from())) {
                    issues.error(IssueMessage.PERIODS_NOT_IN_ORDER, field.sourceId(), path + ".from", null,
                            period.from().toString(), previous.from().toString());
                } else if (!period.from().isAfter(previous.to())) {
                    issues.error(IssueMessage.PERIODS_OVERLAP, field.sourceId(), path + ".from", null,
                            previous.from().toString(), previous.to().toString(), period.from().toString(),
                            period.to().toString());
                }
            }
            previous = period;
        }
    }

    private void treatmentDays(FieldContext field, Integer days, SickLeavePeriod period) {
        if (period == null || period.from() == null || period.to() == null || period.to().isBefore(period.from())) {
            return;
        }
        long length = ChronoUnit.DAYS.between(period.from(), period.to()) + 1;
        if (days > length) {
            issues.error(IssueMessage.VALUE_OUT_OF_RANGE, field.sourceId(), field.path(), days.toString(),
                    field.label(), days.toString(), "1", Long.toString(length));
        }
    }

    /** Returns the date a part is about: when the vaccine was given, the disease diagnosed, the control or the assessment. */
    static LocalDate referenceDate(Object part) {
        if (part instanceof Vaccination vaccination && vaccination.occurrence() != null) {
            return vaccination.occurrence().toLocalDate();
        }
        if (part instanceof Klinikermelding klinikermelding) {
            return klinikermelding.diagnosisDate();
        }
        if (part instanceof DiabetesAnnualControl control) {
            return control.controlDate();
        }
        if (part instanceof Sykmelding sykmelding && sykmelding.treatedAt() != null) {
            return sykmelding.treatedAt().toLocalDate();
        }
        return null;
    }

    /** Returns the calendar date of a date or point in time, as the sender wrote it. */
    static LocalDate localDate(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toLocalDate();
        }
        return (LocalDate) value;
    }
}
