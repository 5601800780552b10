package no.meldeport.gateway.reporttype;

/** The allowed values of an integer field, both ends inclusive. */
public record IntegerRange(int min, int max) {

    public IntegerRange {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is greater than max " + max);
        }
    }

    public boolean contains(int value) {
        return value >= min && value <= max;
    }
}
