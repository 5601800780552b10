package no.meldeport.gateway.reporttype;

/**
 * A condition on a sibling field of the same model object, for example {@code kind} equal to {@code GRADED} on a
 * sick-leave period. {@code value} is compared with the sibling's {@code toString()}, so an enum constant is written
 * by its name.
 */
public record FieldCondition(String siblingField, String value) {
}
