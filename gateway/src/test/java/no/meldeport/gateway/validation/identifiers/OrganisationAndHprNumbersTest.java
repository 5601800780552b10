package no.meldeport.gateway.validation.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationAndHprNumbersTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"974589095", "983044778", "923456783", "998877660"})
    void organisationNumberWithMatchingCheckDigitIsValid(String value) {
        assertThat(OrganisationNumbers.check(value).isValid()).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "974589096, CHECK_DIGITS",
        "983044770, CHECK_DIGITS",
        "97458909, WRONG_LENGTH",
        "9745890950, WRONG_LENGTH",
        "97458909O, NOT_DIGITS",
        "974 589 095, NOT_DIGITS"
    })
    void malformedOrganisationNumberIsInvalid(String value, IdentifierProblem problem) {
        assertThat(OrganisationNumbers.check(value).problem()).isEqualTo(problem);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "100000040, true",
        "100000041, false",
        "100000130, false",
        "100000131, false"
    })
    void checkDigitElevenIsZeroAndTenIsInvalid(String value, boolean valid) {
        assertThat(OrganisationNumbers.check(value).isValid()).isEqualTo(valid);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"9144889", "565501872", "12345"})
    void hprNumberOfDigitsIsValid(String value) {
        assertThat(HprNumbers.check(value).isValid()).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "1234567890, WRONG_LENGTH",
        "914488A, NOT_DIGITS",
        "0914488, WRONG_PREFIX",
        "'', NOT_DIGITS"
    })
    void malformedHprNumberIsInvalid(String value, IdentifierProblem problem) {
        assertThat(HprNumbers.check(value).problem()).isEqualTo(problem);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "12345, true",
        "9144889, false",
        "565501872, false"
    })
    void shortHprNumberIsUnusual(String value, boolean unusual) {
        assertThat(HprNumbers.isUnusuallyShort(value)).isEqualTo(unusual);
    }
}
