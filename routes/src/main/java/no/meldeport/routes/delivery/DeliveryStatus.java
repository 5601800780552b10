package no.meldeport.routes.delivery;

import java.util.Locale;

/** The states of one delivery in the outbox; {@link #dbValue()} is the value stored and shown in the status API. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeliveryStatus fromDbValue(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
