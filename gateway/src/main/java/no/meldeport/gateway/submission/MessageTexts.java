package no.meldeport.gateway.submission;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The texts of every message in Meldeport's responses, read from the UTF-8 message bundles
 * {@code messages/validation_nb.properties} and {@code messages/validation_en.properties}. Patterns use
 * {@link MessageFormat} syntax, so a literal apostrophe is written {@code ''}.
 *
 * <p>An argument written with {@link #term} or {@link #terms} is not shown as is: it names one or more message keys
 * whose texts, in the response language, replace it. This is how a field label or an identifier kind such as
 * "Fødselsnummeret" or "The D-number" gets into a sentence. A key missing from the requested language falls back to
 * English and then to the key itself, so a missing text never fails a response; a test formats every
 * pattern of both bundles.
 */
public final class MessageTexts {

    /** The base name of the bundles on the classpath. */
    public static final String BUNDLE = "messages/validation";

    private static final Pattern TERM = Pattern.compile("^\\{terms?:([A-Za-z0-9.,\\-]+)}$");
    private static final String TERM_SEPARATOR = ",";
    private static final Map<MessageLanguage, ResourceBundle> BUNDLES = load();

    private MessageTexts() {
    }

    /** Returns an argument that stands for the text of {@code key} in the response language. */
    public static String term(String key) {
        return "{term:" + key + "}";
    }

    /** Returns an argument that stands for the texts of {@code keys}, joined by commas, in the response language. */
    public static String terms(List<String> keys) {
        return "{terms:" + String.join(TERM_SEPARATOR, keys) + "}";
    }

    /** Reports whether the bundle of {@code language} itself contains {@code key}, without fallback. */
    public static boolean contains(MessageLanguage language, String key) {
        return BUNDLES.get(language).containsKey(key);
    }

    /** Returns the raw pattern of {@code key}, with the fallbacks described above. */
    public static String pattern(MessageLanguage language, String key) {
        for (MessageLanguage candidate : List.of(language, MessageLanguage.EN)) {
            try {
                return BUNDLES.get(candidate).getString(key);
            } catch (MissingResourceException e) {
                // Try the next language; the key itself is the last resort.
            }
        }
        return key;
    }

    /** Formats {@code key} with its arguments in {@code language}, replacing term arguments by their texts. */
    public static String format(MessageLanguage language, String key, List<String> arguments) {
        Object[] resolved = new Object[arguments.size()];
        for (int i = 0; i < arguments.size(); i++) {
            resolved[i] = resolve(language, arguments.get(i));
        }
        return new MessageFormat(pattern(language, key), language.locale()).format(resolved);
    }

    /** Formats {@code key} with its arguments in {@code language}. */
    public static String format(MessageLanguage language, String key, String... arguments) {
        return format(language, key, List.of(arguments));
    }

    private static String resolve(MessageLanguage language, String argument) {
        if (argument == null) {
            return "";
        }
        Matcher matcher = TERM.matcher(argument);
        if (!matcher.matches()) {
            return argument;
        }
        List<String> texts = new ArrayList<>();
        for (String key : matcher.group(1).split(TERM_SEPARATOR)) {
            texts.add(pattern(language, key));
        }
        return texts.stream().collect(Collectors.joining(", "));
    }

    private static Map<MessageLanguage, ResourceBundle> load() {
        // No fallback to the JVM's default locale: each language reads its own file only. Java 9 and later read
        // properties bundles as UTF-8.
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        Map<MessageLanguage, ResourceBundle> bundles = new EnumMap<>(MessageLanguage.class);
        for (MessageLanguage language : MessageLanguage.values()) {
            bundles.put(language, ResourceBundle.getBundle(BUNDLE, language.locale(),
                    MessageTexts.class.getClassLoader(), control));
        }
        return bundles;
    }
}
