package no.meldeport.gateway.submission;

import java.util.List;
import java.util.Locale;

/**
 * The languages of Meldeport's responses: Norwegian bokmål by default, English on request. {@link #fromAcceptLanguage}
 * picks one from an HTTP {@code Accept-Language} header.
 */
public enum MessageLanguage {
    NB(Locale.forLanguageTag("nb")),
    EN(Locale.ENGLISH);

    private final Locale locale;

    MessageLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Returns the language tag for {@code Content-Language}, {@code nb} or {@code en}. */
    public String tag() {
        return locale.toLanguageTag();
    }

    /**
     * Picks the response language from an {@code Accept-Language} header (RFC 9110): the language range with the highest
     * quality value that Meldeport supports wins, and ranges with {@code q=0} are never chosen. {@code nb}, {@code no},
     * {@code nn} and {@code *} choose bokmål, {@code en} English. A missing or malformed header, or one naming only
     * other languages, gives bokmål.
     */
    public static MessageLanguage fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return NB;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return NB;
        }
        // parse() returns the ranges sorted by descending weight; a weight of 0 means "not acceptable".
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() == Locale.LanguageRange.MIN_WEIGHT) {
                continue;
            }
            String primary = primarySubtag(range.getRange());
            switch (primary) {
                case "nb", "no", "nn", "*" -> {
                    return NB;
                }
                case "en" -> {
                    return EN;
                }
                default -> {
                    // A language Meldeport has no texts for: try the next range.
                }
            }
        }
        return NB;
    }

    private static String primarySubtag(String range) {
        int dash = range.indexOf('-');
        return (dash < 0 ? range : range.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
