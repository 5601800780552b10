package no.meldeport.routes.delivery;

import java.util.Locale;

/** The end of one delivery attempt, as stored in the attempt history and counted in the delivery metric. */
public enum AttemptOutcome {
    /** Claimed and not finished yet. */
    IN_FLIGHT,
    /** The registry confirmed the message with a receipt. */
    DELIVERED,
    /** The registry rejected the message with its validation error. */
    REJECTED,
    /** The registry's responses could not be read, on too many attempts. */
    UNREADABLE,
    /** The message could not be built from the stored content. */
    MAPPING_FAILED,
    /** A transient fault; the next attempt is scheduled. */
    RETRY_SCHEDULED,
    /** A transient fault after the last allowed attempt or beyond the maximum age: the delivery is a dead letter. */
    DEAD,
    /** The node stopped or lost its lease before the attempt finished. */
    INTERRUPTED;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AttemptOutcome fromDbValue(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
