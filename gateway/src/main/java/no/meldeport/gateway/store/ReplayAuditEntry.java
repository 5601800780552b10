package no.meldeport.gateway.store;

import java.time.Instant;

/** One audited replay of a delivery: its time, the client that made it, and the API path it came through. */
public record ReplayAuditEntry(
        Instant occurredAt, String deliveryId, String clientId, String organisation, String hprNumber, String path) {
}
