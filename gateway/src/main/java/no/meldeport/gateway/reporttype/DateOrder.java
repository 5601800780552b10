package no.meldeport.gateway.reporttype;

/**
 * Two date fields of one part that must come in order: {@code earlier} on or before {@code later}. Paths are as in
 * {@link FieldRule}; a path through a list compares each element with the other field. {@code blocking} makes a
 * breach an error, else a warning.
 */
public record DateOrder(String earlier, String later, boolean blocking) {
}
