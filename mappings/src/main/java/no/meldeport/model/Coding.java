package no.meldeport.model;

import java.util.Objects;

/** A code from a code system, as in FHIR {@code Coding}. {@code display} may be null. */
public record Coding(String system, String code, String display) {

    public Coding {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(code, "code");
    }

    public boolean isFrom(String codeSystem) {
        return system.equals(codeSystem);
    }
}
