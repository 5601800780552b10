package no.meldeport.gateway.reporttype;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The form every code of a code system has, so a typo is caught before the registry receives it. {@code systems} lists
 * the spellings of the code system, {@code example} is a valid code for messages.
 */
public record CodeSystemFormat(String name, List<String> systems, Pattern pattern, String example) {

    public CodeSystemFormat {
        systems = List.copyOf(systems);
    }

    public boolean appliesTo(String system) {
        return systems.contains(system);
    }

    public boolean matches(String code) {
        return pattern.matcher(code).matches();
    }
}
