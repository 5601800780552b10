package no.meldeport.gateway.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.meldeport.gateway.reporttype.DateOrder;
import no.meldeport.gateway.reporttype.FieldRule;
import no.meldeport.gateway.reporttype.ReportTypeCatalog;
import no.meldeport.gateway.reporttype.ReportTypeDefinition;
import no.meldeport.gateway.reporttype.ValueRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessageTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @ParameterizedTest(name = "{0}")
    @EnumSource(MessageLanguage.class)
    void everyIssueMessageHasText(MessageLanguage language) {
        for (IssueMessage message : IssueMessage.values()) {
            assertThat(MessageTexts.contains(language, message.messageKey())).as(message.messageKey()).isTrue();
        }
    }

    @Test
    void bothBundlesHaveSameKeys() throws IOException {
        Properties nb = load("nb");
        Properties en = load("en");

        assertThat(new TreeSet<>(nb.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
    }

    @Test
    void bothLanguagesUseSameArguments() throws IOException {
        Properties nb = load("nb");
        Properties en = load("en");

        for (String key : nb.stringPropertyNames()) {
            assertThat(placeholders(nb.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    @Test
    void everyPatternFormats() throws IOException {
        for (MessageLanguage language : MessageLanguage.values()) {
            Properties bundle = load(language.tag());
            for (String key : bundle.stringPropertyNames()) {
                String text = MessageTexts.format(language, key, "a", "b", "c", "d", "e");

                assertThat(text).as(language + " " + key).isNotBlank().doesNotContain("{0}");
            }
        }
    }

    @Test
    void everyCatalogueLabelHasText() {
        for (ReportTypeDefinition definition : ReportTypeCatalog.standard().all()) {
            assertHasText(definition.nameKey());
            for (FieldRule rule : definition.fields()) {
                assertHasText(definition.labelKey(rule.path()));
            }
            for (DateOrder order : definition.dateOrders()) {
                assertHasText(definition.labelKey(order.earlier()));
                assertHasText(definition.labelKey(order.later()));
            }
            for (ValueRange range : definition.valueRanges()) {
                assertHasText(range.labelKey());
            }
        }
    }

    @Test
    void norwegianTextNamesValueAndFix() {
        String text = MessageTexts.format(MessageLanguage.NB, IssueMessage.PERSON_IDENTIFIER_CHECK_DIGITS.messageKey(),
                MessageTexts.term("identifier.fodselsnummer"), "01020312345");

        assertThat(text).isEqualTo(
                "Fødselsnummeret 01020312345 har feil kontrollsiffer. Kontroller nummeret i pasientens journal.");
    }

    @Test
    void englishApostropheSurvivesFormatting() {
        String text = MessageTexts.format(MessageLanguage.EN, IssueMessage.PERSON_IDENTIFIER_CHECK_DIGITS.messageKey(),
                MessageTexts.term("identifier.d-number"), "51106297511");

        assertThat(text).isEqualTo(
                "The D-number 51106297511 has a wrong check digit. Check the number in the patient's record.");
    }

    @Test
    void termListIsJoinedInLanguage() {
        String terms = MessageTexts.terms(List.of("identifier-name.fodselsnummer", "identifier-name.d-number"));

        String text = MessageTexts.format(MessageLanguage.NB, "submission.person-identifier-not-accepted",
                "SYSVAK", MessageTexts.term("identifier-name.h-number"), terms);

        assertThat(text).isEqualTo("SYSVAK tar ikke imot pasienter som er identifisert med H-nummer. Identifiser"
                + " pasienten med fødselsnummer, D-nummer.");
    }

    @Test
    void missingKeyFallsBackToKey() {
        assertThat(MessageTexts.format(MessageLanguage.NB, "no.such.key")).isEqualTo("no.such.key");
    }

    private static void assertHasText(String key) {
        for (MessageLanguage language : MessageLanguage.values()) {
            assertThat(MessageTexts.contains(language, key)).as(language + " " + key).isTrue();
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageTextsTest.class.getClassLoader()
                .getResourceAsStream(MessageTexts.BUNDLE + "_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
