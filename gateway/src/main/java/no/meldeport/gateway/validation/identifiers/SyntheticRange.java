package no.meldeport.gateway.validation.identifiers;

/**
 * The test-number ranges whose fødselsnumre and D-numbers carry an offset on the month. They identify no real
 * person, and configuration decides whether the gateway accepts them.
 */
public enum SyntheticRange {
    /** Skatteetaten's Tenor test population: month + 80. */
    TENOR(80),
    /** NAV's synthetic numbers: month + 40, the same offset as a local H-number. */
    NAV(40),
    /** FHI's synthetic numbers: month + 65. */
    FHI(65);

    private final int monthOffset;

    SyntheticRange(int monthOffset) {
        this.monthOffset = monthOffset;
    }

    /** Returns what is added to the month of birth, for example 80 for Tenor. */
    public int monthOffset() {
        return monthOffset;
    }
}
