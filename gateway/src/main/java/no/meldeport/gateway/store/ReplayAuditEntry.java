package no.meldeport.gateway.store;

import java.time.Instant;

/** One audited replay of a delivery: when, by whom, and through which API path. */
public record ReplayAuditEntry(
        Instant occurredAt, String deliveryId, String clientId, String organisation, String hprNumber, String path) {
}
