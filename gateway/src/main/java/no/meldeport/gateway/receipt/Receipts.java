package no.meldeport.gateway.receipt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.meldeport.gateway.store.SubmissionView;
import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.Registry;

/** Builds the receipt of a submission from its stored state and the delivery envelopes. A pure function. */
public final class Receipts {

    private Receipts() {
    }

    /**
     * Builds the receipt. A delivery without an envelope in {@code envelopes} is left out, because its content is
     * unknown.
     *
     * @param envelopes the stored envelopes by delivery id
     */
    public static SubmissionReceipt of(SubmissionView submission, Map<String, DeliveryEnvelope> envelopes) {
        List<SubmissionReceipt.RegistryReceipt> receipts = new ArrayList<>();
        boolean complete = true;
        for (SubmissionView.DeliveryView delivery : submission.deliveries()) {
            DeliveryEnvelope envelope = envelopes.get(delivery.id());
            if (envelope == null) {
                continue;
            }
            Registry registry = Registry.fromId(delivery.registry());
            boolean delivered = "delivered".equals(delivery.status()) && delivery.receiptId() != null
                    && delivery.deliveredAt() != null;
            String text;
            if (delivered) {
                text = JournalTexts.delivered(registry, envelope.content(), delivery.deliveredAt(), delivery.receiptId());
            } else if ("pending".equals(delivery.status())) {
                text = JournalTexts.pending(registry, envelope.content());
                complete = false;
            } else {
                text = JournalTexts.failed(registry, envelope.content());
            }
            receipts.add(new SubmissionReceipt.RegistryReceipt(delivery.id(), delivery.registry(), delivery.status(),
                    envelope.content().sourceId(), delivered ? delivery.receiptId() : null,
                    delivered ? delivery.deliveredAt() : null, text));
        }
        String journalText = receipts.stream()
                .map(SubmissionReceipt.RegistryReceipt::journalText)
                .collect(Collectors.joining("\n"));
        return new SubmissionReceipt(submission.id(), submission.reportType().code(), submission.acceptedAt(),
                complete, journalText, receipts);
    }
}
