package no.meldeport.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The patient of a report. {@code municipalityCode} is the four-digit home municipality (kommunenummer) and may be
 * null. {@link #toString()} hides personal data.
 */
public record Patient(
        PersonIdentifier identifier,
        String givenName,
        String middleName,
        String familyName,
        LocalDate birthDate,
        Sex sex,
        String municipalityCode) {

    public Patient {
        Objects.requireNonNull(identifier, "identifier");
    }

    @Override
    public String toString() {
        return "Patient[identifierType=" + identifier.type() + "]";
    }
}
