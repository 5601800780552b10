package no.meldeport.gateway.reporttype;

import java.util.List;
import java.util.Locale;

/**
 * Codes of one code system that a field accepts: every code that starts with {@code prefix}, compared without dots
 * and case, so {@code E11} accepts {@code E11}, {@code E11.9} and {@code e119}. {@code systems} lists the spellings
 * of the code system.
 */
public record CodePrefix(String name, List<String> systems, String prefix) {

    public CodePrefix {
        systems = List.copyOf(systems);
    }

    public boolean matches(String system, String code) {
        return systems.contains(system) && normalise(code).startsWith(normalise(prefix));
    }

    private static String normalise(String code) {
        return code.replace(".", "").trim().toUpperCase(Locale.ROOT);
    }
}
