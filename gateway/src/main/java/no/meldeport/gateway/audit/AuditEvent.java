package no.meldeport.gateway.audit;

import java.time.Instant;

/**
 * One audited request. {@code outcome} is {@code accepted}, {@code repeated}, {@code rejected} or {@code failed};
 * the client fields are null when the request was rejected before authentication succeeded. Never contains personal
 * health data.
 */
public record AuditEvent(
        Instant occurredAt,
        String action,
        String httpMethod,
        String path,
        int httpStatus,
        String outcome,
        String clientId,
        String organisation,
        String hprNumber,
        String reportType,
        String submissionId) {
}
