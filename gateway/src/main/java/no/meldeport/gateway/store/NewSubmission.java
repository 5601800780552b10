package no.meldeport.gateway.store;

import java.time.Instant;
import java.util.List;
import no.meldeport.model.Reporter;
import no.meldeport.model.ReportType;

/**
 * A validated, planned submission ready to be stored. {@code idempotencyKey} is the client's {@code Idempotency-Key}
 * header or else the MessageHeader id; {@code contentSha256} tells a true retry from a different report under the
 * same key.
 */
public record NewSubmission(
        String submissionId,
        String clientId,
        String idempotencyKey,
        String contentSha256,
        ReportType reportType,
        String messageId,
        Reporter reporter,
        Instant acceptedAt,
        List<NewDelivery> deliveries) {

    public NewSubmission {
        deliveries = List.copyOf(deliveries);
    }
}
