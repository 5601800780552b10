package no.meldeport.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Everything a mapping needs to build one registry message: the delivery and submission ids (the delivery id is also
 * the message id and idempotency key the registry sees), when Meldeport accepted the submission, the shared clinical
 * context, who reported, and the part itself.
 */
public record DeliveryEnvelope(
        String deliveryId,
        String submissionId,
        Instant acceptedAt,
        ClinicalContext context,
        Reporter reporter,
        ReportContent content) {

    public DeliveryEnvelope {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(content, "content");
    }
}
