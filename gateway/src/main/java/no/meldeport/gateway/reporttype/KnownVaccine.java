package no.meldeport.gateway.reporttype;

/** A SYSVAK vaccine code with the ATC code it is derived from, and the vaccine's name. */
public record KnownVaccine(String sysvakCode, String atcCode, String name) {
}
