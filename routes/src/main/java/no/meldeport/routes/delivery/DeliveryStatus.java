package no.meldeport.routes.delivery;

import java.util.Locale;

/**
 * The states of one delivery in the outbox; {@link #dbValue()} is the value stored and shown in the status API.
 * {@link #FAILED} is a permanent failure (the registry rejected the message, its responses could not be read, or the
 * message could not be built). {@link #DEAD} is a dead letter: transient faults went on until the maximum attempts or
 * the maximum age ran out. Operators can replay both.
 */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED, DEAD;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeliveryStatus fromDbValue(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
