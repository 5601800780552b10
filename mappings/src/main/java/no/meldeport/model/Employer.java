package no.meldeport.model;

/** The employer on a sykmelding. {@code organisationNumber} may be null when the patient only gives a name. */
public record Employer(String name, String organisationNumber, String occupation, Integer positionPercent) {
}
