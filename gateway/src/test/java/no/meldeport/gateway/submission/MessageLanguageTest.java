package no.meldeport.gateway.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class MessageLanguageTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "en | EN",
        "en-GB | EN",
        "EN-us | EN",
        "nb | NB",
        "nb-NO | NB",
        "no | NB",
        "nn-NO | NB",
        "* | NB",
        "de | NB",
        "de, en;q=0.5 | EN",
        "en;q=0.4, nb;q=0.8 | NB",
        "nb;q=0.1, en;q=0.9 | EN",
        "en;q=0, de | NB",
        "fr;q=0.9, en-US;q=0.8, nb;q=0.7 | EN",
        "not a ;;; header=== | NB"
    })
    void acceptLanguagePicksLanguage(String header, MessageLanguage expected) {
        assertThat(MessageLanguage.fromAcceptLanguage(header)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingHeaderGivesBokmal(String header) {
        assertThat(MessageLanguage.fromAcceptLanguage(header)).isEqualTo(MessageLanguage.NB);
    }
}
