package no.meldeport.gateway.validation.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;
import no.meldeport.model.PersonIdentifierType;

/**
 * Checks the Norwegian person identifiers: fødselsnummer, D-number, local H-number, felles hjelpenummer and DUF
 * number. Pure functions without a clock: the caller passes the current year where a rule needs it.
 *
 * <p>A fødselsnummer, D-number or H-number is DDMMYY, a three-digit individnummer and two check digits k1 and k2.
 * k2 = 11 − (Σ dᵢ·[5,4,3,2,7,6,5,4,3,2] over the first ten digits mod 11), where 11 becomes 0 and 10 makes the number
 * invalid. k1 uses the weights [3,7,6,1,8,9,4,5,2] over the first nine digits. Under the original rule k1 = 11 − (sum
 * mod 11) as for k2. Numbers issued from 2032 may also use k1 ∈ {12, 13, 14} − (sum mod 11), and both rules are
 * accepted, so k1 is valid when (sum + k1) mod 11 is 0, 1, 2 or 3.
 *
 * <p>The individnummer gives the century of YY: 000–499 the 1900s, 500–749 with YY 54–99 the 1850s–1890s, 900–999
 * with YY 40–99 the 1940s–1990s, and 500–999 with YY 00–39 the 2000s. Other combinations encode no birth date.
 *
 * <p>A D-number has day + 40 and a local H-number month + 40. The synthetic test numbers of {@link SyntheticRange}
 * add 80 (Tenor), 40 (NAV) or 65 (FHI) to the month of a fødselsnummer or D-number. Because NAV's synthetic numbers
 * and H-numbers share month + 40, the identifier system decides: month + 40 is an H-number under the H-number system
 * and a NAV synthetic number under the fødselsnummer and D-number systems.
 */
public final class PersonNumbers {

    static final int BIRTH_NUMBER_LENGTH = 11;
    static final int DUF_LENGTH = 12;

    private static final int[] K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    private static final int D_NUMBER_DAY_OFFSET = 40;
    private static final int H_NUMBER_MONTH_OFFSET = 40;
    /** The earliest registration year accepted in a DUF number; UDI's case register DUF was built decades later. */
    private static final int FIRST_DUF_YEAR = 1950;

    private PersonNumbers() {
    }

    /**
     * Checks an identifier against the rules of its system.
     *
     * @param currentYear the year of today, which limits the registration year of a DUF number
     */
    public static IdentifierCheck check(PersonIdentifierType type, String value, int currentYear) {
        return switch (type) {
            case FODSELSNUMMER -> birthNumber(value, BirthNumberKind.FODSELSNUMMER);
            case D_NUMBER -> birthNumber(value, BirthNumberKind.D_NUMBER);
            case H_NUMBER -> birthNumber(value, BirthNumberKind.H_NUMBER);
            case FELLES_HJELPENUMMER -> fellesHjelpenummer(value);
            case DUF_NUMBER -> dufNumber(value, currentYear);
        };
    }

    /** The kinds of eleven-digit number that encode a birth date. */
    enum BirthNumberKind {
        FODSELSNUMMER, D_NUMBER, H_NUMBER
    }

    static IdentifierCheck birthNumber(String value, BirthNumberKind kind) {
        IdentifierCheck format = elevenDigits(value);
        if (!format.isValid()) {
            return format;
        }
        int[] digits = Digits.of(value);
        if (!checkDigitsMatch(digits, true)) {
            return IdentifierCheck.invalid(IdentifierProblem.CHECK_DIGITS);
        }

        int day = Digits.twoDigits(digits, 0);
        int month = Digits.twoDigits(digits, 2);
        boolean dayOffset = day > D_NUMBER_DAY_OFFSET;
        if (dayOffset != (kind == BirthNumberKind.D_NUMBER)) {
            return IdentifierCheck.invalid(IdentifierProblem.WRONG_KIND);
        }
        if (dayOffset) {
            day -= D_NUMBER_DAY_OFFSET;
        }

        SyntheticRange synthetic = null;
        if (kind == BirthNumberKind.H_NUMBER) {
            if (month <= H_NUMBER_MONTH_OFFSET) {
                return IdentifierCheck.invalid(IdentifierProblem.WRONG_KIND);
            }
            month -= H_NUMBER_MONTH_OFFSET;
        } else {
            synthetic = syntheticRange(month);
            if (synthetic != null) {
                month -= synthetic.monthOffset();
            }
        }

        LocalDate birthDate = birthDate(digits, day, month);
        return birthDate == null
                ? IdentifierCheck.invalid(IdentifierProblem.INVALID_DATE)
                : IdentifierCheck.valid(birthDate, synthetic);
    }

    /**
     * Checks a felles hjelpenummer: eleven digits, the first 8 or 9, with k1 and k2 under the original rule. The other
     * digits are random and encode no date.
     */
    static IdentifierCheck fellesHjelpenummer(String value) {
        IdentifierCheck format = elevenDigits(value);
        if (!format.isValid()) {
            return format;
        }
        int[] digits = Digits.of(value);
        if (digits[0] != 8 && digits[0] != 9) {
            return IdentifierCheck.invalid(IdentifierProblem.WRONG_PREFIX);
        }
        return checkDigitsMatch(digits, false)
                ? IdentifierCheck.valid()
                : IdentifierCheck.invalid(IdentifierProblem.CHECK_DIGITS);
    }

    /**
     * Checks a DUF number: twelve digits whose first four are the registration year.
     *
     * <p>NOTE: DUF numbers also end in check digits, but no source at hand gives their algorithm, so they are not
     * verified.
     */
    static IdentifierCheck dufNumber(String value, int currentYear) {
        if (!Digits.allDigits(value)) {
            return IdentifierCheck.invalid(IdentifierProblem.NOT_DIGITS);
        }
        if (value.length() != DUF_LENGTH) {
            return IdentifierCheck.invalid(IdentifierProblem.WRONG_LENGTH);
        }
        int year = Integer.parseInt(value.substring(0, 4));
        if (year < FIRST_DUF_YEAR || year > currentYear) {
            return IdentifierCheck.invalid(IdentifierProblem.INVALID_YEAR);
        }
        return IdentifierCheck.valid();
    }

    private static IdentifierCheck elevenDigits(String value) {
        if (!Digits.allDigits(value)) {
            return IdentifierCheck.invalid(IdentifierProblem.NOT_DIGITS);
        }
        if (value.length() != BIRTH_NUMBER_LENGTH) {
            return IdentifierCheck.invalid(IdentifierProblem.WRONG_LENGTH);
        }
        return IdentifierCheck.valid();
    }

    /**
     * Checks k1 and k2.
     *
     * @param allowLateK1 whether k1 may also use the rule for numbers issued from 2032
     */
    static boolean checkDigitsMatch(int[] digits, boolean allowLateK1) {
        int k1Remainder = (Digits.weightedSum(digits, K1_WEIGHTS) + digits[9]) % 11;
        boolean k1Valid = allowLateK1 ? k1Remainder <= 3 : k1Remainder == 0;
        int k2Remainder = (Digits.weightedSum(digits, K2_WEIGHTS) + digits[10]) % 11;
        return k1Valid && k2Remainder == 0;
    }

    /** Returns the synthetic range a month field falls in, or null for a real month (1-12) or an impossible one. */
    private static SyntheticRange syntheticRange(int month) {
        for (SyntheticRange range : SyntheticRange.values()) {
            int real = month - range.monthOffset();
            if (real >= 1 && real <= 12) {
                return range;
            }
        }
        return null;
    }

    /** Returns the birth date, or null when the digits encode no real date. */
    private static LocalDate birthDate(int[] digits, int day, int month) {
        int yy = Digits.twoDigits(digits, 4);
        int individual = digits[6] * 100 + digits[7] * 10 + digits[8];
        Integer century = century(individual, yy);
        if (century == null) {
            return null;
        }
        try {
            return LocalDate.of(century + yy, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Integer century(int individual, int yy) {
        if (individual <= 499) {
            return 1900;
        }
        if (yy <= 39) {
            return 2000;
        }
        if (individual <= 749 && yy >= 54) {
            return 1800;
        }
        if (individual >= 900) {
            return 1900;
        }
        return null;
    }
}
