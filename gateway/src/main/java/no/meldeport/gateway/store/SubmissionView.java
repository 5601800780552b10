package no.meldeport.gateway.store;

import java.time.Instant;
import java.util.List;
import no.meldeport.model.ReportType;

/** A stored submission with the state of each of its deliveries, as the status API shows it. */
public record SubmissionView(
        String id,
        String clientId,
        ReportType reportType,
        String messageId,
        Instant acceptedAt,
        List<DeliveryView> deliveries) {

    public SubmissionView {
        deliveries = List.copyOf(deliveries);
    }

    /** One delivery's state. {@code receiptId}, {@code lastError}, {@code lastHttpStatus} and the times may be null. */
    public record DeliveryView(
            String id,
            String registry,
            String status,
            int attempts,
            String receiptId,
            Integer lastHttpStatus,
            String lastError,
            Instant nextAttemptAt,
            Instant updatedAt,
            Instant deliveredAt) {
    }
}
