package no.meldeport.model;

/** The point of care: organisation number (9 digits), name, and its HER id where known (may be null). */
public record Organization(String organisationNumber, String name, String herId) {
}
