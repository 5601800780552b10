package no.meldeport.gateway.validation.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.meldeport.model.PersonIdentifierType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNumbersTest {

    private static final int CURRENT_YEAR = 2026;

    private static IdentifierCheck fnr(String value) {
        return PersonNumbers.check(PersonIdentifierType.FODSELSNUMMER, value, CURRENT_YEAR);
    }

    private static IdentifierCheck dNumber(String value) {
        return PersonNumbers.check(PersonIdentifierType.D_NUMBER, value, CURRENT_YEAR);
    }

    private static IdentifierCheck hNumber(String value) {
        return PersonNumbers.check(PersonIdentifierType.H_NUMBER, value, CURRENT_YEAR);
    }

    @Nested
    class Fodselsnummer {

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource({
            "13031353453, 2013-03-13",
            "17054026641, 1940-05-17",
            "02013299997, 2032-01-02",
            "01018050079, 1880-01-01",
            "20070550181, 2005-07-20",
            "31129990077, 1999-12-31"
        })
        void realNumberIsValidWithBirthDate(String value, LocalDate birthDate) {
            IdentifierCheck check = fnr(value);

            assertThat(check.isValid()).isTrue();
            assertThat(check.birthDate()).isEqualTo(birthDate);
            assertThat(check.isSynthetic()).isFalse();
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"13057444850", "21037712323", "15064312345", "13031353454", "13031353463"})
        void wrongCheckDigitsAreInvalid(String value) {
            assertThat(fnr(value).problem()).isEqualTo(IdentifierProblem.CHECK_DIGITS);
        }

        @Test
        void k1FromRuleOf2032IsAccepted() {
            IdentifierCheck check = fnr("01033350097");

            assertThat(check.isValid()).isTrue();
            assertThat(check.birthDate()).isEqualTo(LocalDate.of(2033, 3, 1));
        }

        @Test
        void lateK1RemainderOneIsAccepted() {
            assertThat(fnr("15064000028").birthDate()).isEqualTo(LocalDate.of(1940, 6, 15));
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"31028500052", "01138500078", "01018075071"})
        void digitsWithoutRealDateAreInvalid(String value) {
            assertThat(fnr(value).problem()).isEqualTo(IdentifierProblem.INVALID_DATE);
        }

        @Test
        void dNumberInFodselsnummerSystemIsWrongKind() {
            assertThat(fnr("51106297510").problem()).isEqualTo(IdentifierProblem.WRONG_KIND);
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"1303135345", "130313534531", ""})
        void wrongLengthIsInvalid(String value) {
            IdentifierProblem expected = value.isEmpty() ? IdentifierProblem.NOT_DIGITS : IdentifierProblem.WRONG_LENGTH;

            assertThat(fnr(value).problem()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"1303135345X", "130313 53453", "13031353453 ", "١٣٠٣١٣٥٣٤٥٣"})
        void characterOtherThanDigitIsInvalid(String value) {
            assertThat(fnr(value).problem()).isEqualTo(IdentifierProblem.NOT_DIGITS);
        }
    }

    @Nested
    class Synthetic {

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource({
            "28894698995, 1946-09-28",
            "12905299938, 1952-10-12"
        })
        void tenorNumberIsSyntheticFodselsnummer(String value, LocalDate birthDate) {
            IdentifierCheck check = fnr(value);

            assertThat(check.isValid()).isTrue();
            assertThat(check.synthetic()).isEqualTo(SyntheticRange.TENOR);
            assertThat(check.birthDate()).isEqualTo(birthDate);
        }

        @Test
        void tenorDNumberIsSyntheticDNumber() {
            IdentifierCheck check = dNumber("45847100951");

            assertThat(check.isValid()).isTrue();
            assertThat(check.synthetic()).isEqualTo(SyntheticRange.TENOR);
            assertThat(check.birthDate()).isEqualTo(LocalDate.of(1971, 4, 5));
        }

        @Test
        void tenorDNumberWithEightyOneIsSynthetic() {
            assertThat(dNumber("41818500260").synthetic()).isEqualTo(SyntheticRange.TENOR);
        }

        @Test
        void monthPlusFortyIsNavSynthetic() {
            IdentifierCheck check = fnr("17458500088");

            assertThat(check.synthetic()).isEqualTo(SyntheticRange.NAV);
            assertThat(check.birthDate()).isEqualTo(LocalDate.of(1985, 5, 17));
        }

        @Test
        void monthPlusSixtyFiveIsFhiSynthetic() {
            IdentifierCheck check = fnr("17708500062");

            assertThat(check.synthetic()).isEqualTo(SyntheticRange.FHI);
            assertThat(check.birthDate()).isEqualTo(LocalDate.of(1985, 5, 17));
        }
    }

    @Nested
    class DNumber {

        @Test
        void dNumberIsValidWithDayMinusForty() {
            IdentifierCheck check = dNumber("51106297510");

            assertThat(check.isValid()).isTrue();
            assertThat(check.isSynthetic()).isFalse();
            assertThat(check.birthDate()).isEqualTo(LocalDate.of(1962, 10, 11));
        }

        @Test
        void fodselsnummerInDNumberSystemIsWrongKind() {
            assertThat(dNumber("13031353453").problem()).isEqualTo(IdentifierProblem.WRONG_KIND);
        }

        @Test
        void dayAboveSeventyOneIsInvalidDate() {
            assertThat(dNumber("72018500095").problem()).isEqualTo(IdentifierProblem.INVALID_DATE);
        }

        @Test
        void wrongCheckDigitIsInvalid() {
            assertThat(dNumber("51106297511").problem()).isEqualTo(IdentifierProblem.CHECK_DIGITS);
        }
    }

    @Nested
    class HNumber {

        @Test
        void hNumberIsValidWithMonthMinusForty() {
            IdentifierCheck check = hNumber("17458500088");

            assertThat(check.isValid()).isTrue();
            assertThat(check.isSynthetic()).isFalse();
            assertThat(check.birthDate()).isEqualTo(LocalDate.of(1985, 5, 17));
        }

        @Test
        void numberWithoutMonthOffsetIsWrongKind() {
            assertThat(hNumber("17054026641").problem()).isEqualTo(IdentifierProblem.WRONG_KIND);
        }

        @Test
        void wrongCheckDigitIsInvalid() {
            assertThat(hNumber("17458500089").problem()).isEqualTo(IdentifierProblem.CHECK_DIGITS);
        }
    }

    @Nested
    class FellesHjelpenummer {

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"81212121223", "91234500061"})
        void numberStartingWithEightOrNineIsValid(String value) {
            IdentifierCheck check = PersonNumbers.check(PersonIdentifierType.FELLES_HJELPENUMMER, value, CURRENT_YEAR);

            assertThat(check.isValid()).isTrue();
            assertThat(check.birthDate()).isNull();
        }

        @Test
        void otherFirstDigitIsWrongPrefix() {
            IdentifierCheck check =
                    PersonNumbers.check(PersonIdentifierType.FELLES_HJELPENUMMER, "71234500281", CURRENT_YEAR);

            assertThat(check.problem()).isEqualTo(IdentifierProblem.WRONG_PREFIX);
        }

        @Test
        void wrongCheckDigitIsInvalid() {
            IdentifierCheck check =
                    PersonNumbers.check(PersonIdentifierType.FELLES_HJELPENUMMER, "81212121224", CURRENT_YEAR);

            assertThat(check.problem()).isEqualTo(IdentifierProblem.CHECK_DIGITS);
        }
    }

    @Nested
    class Duf {

        @Test
        void twelveDigitsWithPastYearAreValid() {
            assertThat(PersonNumbers.check(PersonIdentifierType.DUF_NUMBER, "201912345678", CURRENT_YEAR).isValid())
                    .isTrue();
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource({
            "20191234567, WRONG_LENGTH",
            "2019123456789, WRONG_LENGTH",
            "20191234567A, NOT_DIGITS",
            "203012345678, INVALID_YEAR",
            "189912345678, INVALID_YEAR"
        })
        void malformedNumberIsInvalid(String value, IdentifierProblem problem) {
            assertThat(PersonNumbers.check(PersonIdentifierType.DUF_NUMBER, value, CURRENT_YEAR).problem())
                    .isEqualTo(problem);
        }
    }
}
