package no.meldeport.model;

/** A disease that must be notified to MSIS: its Norwegian name and its MSIS group (A, B or C). */
public record NotifiableDisease(String name, String group) {
}
