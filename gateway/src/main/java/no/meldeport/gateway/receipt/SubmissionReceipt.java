package no.meldeport.gateway.receipt;

import java.time.Instant;
import java.util.List;

/**
 * The receipt of one submission for the EPJ's journal: one entry per delivery, and the entries' journal texts joined
 * by line breaks. {@code complete} is true once no delivery is pending any more.
 */
public record SubmissionReceipt(
        String submissionId,
        String reportType,
        Instant acceptedAt,
        boolean complete,
        String journalText,
        List<RegistryReceipt> receipts) {

    public SubmissionReceipt {
        receipts = List.copyOf(receipts);
    }

    /**
     * One delivery's receipt. {@code receiptId} and {@code deliveredAt} are null until the registry confirmed it;
     * {@code partId} is the id of the report part (the REST {@code id} or FHIR {@code Type/id}).
     */
    public record RegistryReceipt(
            String deliveryId,
            String registry,
            String status,
            String partId,
            String receiptId,
            Instant deliveredAt,
            String journalText) {
    }
}
