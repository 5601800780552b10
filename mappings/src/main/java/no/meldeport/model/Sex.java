package no.meldeport.model;

/** Administrative sex as FHIR {@code Patient.gender} codes it. */
public enum Sex {
    MALE, FEMALE, OTHER, UNKNOWN
}
