package no.meldeport.model;

import java.util.Objects;

/**
 * A patient identifier. {@code assigner} is the organisation number that issued a local H-number, null otherwise.
 * {@link #toString()} hides the value, so an identifier never reaches a log line by accident.
 */
public record PersonIdentifier(PersonIdentifierType type, String value, String assigner) {

    public PersonIdentifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    public static PersonIdentifier of(PersonIdentifierType type, String value) {
        return new PersonIdentifier(type, value, null);
    }

    @Override
    public String toString() {
        return "PersonIdentifier[type=" + type + ", value=***]";
    }
}
