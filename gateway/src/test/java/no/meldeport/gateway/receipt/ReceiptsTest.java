package no.meldeport.gateway.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import no.meldeport.gateway.store.SubmissionView;
import no.meldeport.model.ClinicalContext;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.Patient;
import no.meldeport.model.PersonIdentifier;
import no.meldeport.model.PersonIdentifierType;
import no.meldeport.model.ReportType;
import no.meldeport.model.Vaccination;
import org.hl7.fhir.r4.model.DocumentReference;
import org.junit.jupiter.api.Test;

class ReceiptsTest {

    private static final Instant ACCEPTED = Instant.parse("2026-12-04T09:32:00Z");
    private static final PersonIdentifier PATIENT = PersonIdentifier.of(PersonIdentifierType.FODSELSNUMMER,
            "13031353453");

    @Test
    void pendingDeliveryMakesReceiptIncomplete() {
        SubmissionView submission = submission(
                delivery("d1", "delivered", "SV-1", ACCEPTED.plusSeconds(2)),
                delivery("d2", "pending", null, null));

        SubmissionReceipt receipt = Receipts.of(submission, Map.of("d1", envelope("d1"), "d2", envelope("d2")));

        assertThat(receipt.complete()).isFalse();
        assertThat(receipt.receipts()).extracting(SubmissionReceipt.RegistryReceipt::receiptId)
                .containsExactly("SV-1", null);
        assertThat(receipt.journalText().lines()).hasSize(2);
        assertThat(receipt.journalText().lines().toList().get(1)).startsWith("Venter på levering til SYSVAK");
    }

    @Test
    void documentReferenceIsFinalWhenAllDelivered() {
        SubmissionView submission = submission(delivery("d1", "delivered", "SV-1", ACCEPTED.plusSeconds(2)));
        SubmissionReceipt receipt = Receipts.of(submission, Map.of("d1", envelope("d1")));

        DocumentReference document = FhirReceipts.documentReference(receipt, PATIENT, "urn:test:submission");

        assertThat(document.getDocStatus()).isEqualTo(DocumentReference.ReferredDocumentStatus.FINAL);
        assertThat(document.getSubject().getIdentifier().getValue()).isEqualTo("13031353453");
        assertThat(new String(document.getContentFirstRep().getAttachment().getData()))
                .isEqualTo(receipt.journalText());
        assertThat(document.getContext().getRelatedFirstRep().getReference()).isEqualTo("Task/d1");
        assertThat(document.getDate()).isEqualTo(java.util.Date.from(ACCEPTED.plusSeconds(2)));
    }

    private static SubmissionView submission(SubmissionView.DeliveryView... deliveries) {
        return new SubmissionView("s1", "client", ReportType.VACCINATION, "m1", ACCEPTED, List.of(deliveries));
    }

    private static SubmissionView.DeliveryView delivery(String id, String status, String receiptId,
            Instant deliveredAt) {
        return new SubmissionView.DeliveryView(id, "sysvak", status, 1, receiptId, null, null, ACCEPTED, ACCEPTED,
                deliveredAt);
    }

    private static DeliveryEnvelope envelope(String deliveryId) {
        Vaccination vaccination = new Vaccination("vaks-" + deliveryId,
                new Coding(Vaccination.SYSVAK_SYSTEM, "AII02", "Fluad"), new Coding(CodeSystems.ATC, "J07BB02", null),
                OffsetDateTime.parse("2026-12-04T10:15:00+01:00"), "AB123", 1, null, null, null, true);
        ClinicalContext context = new ClinicalContext(new Patient(PATIENT, null, null, null, null, null, null),
                null, null, null, null);
        return new DeliveryEnvelope(deliveryId, "s1", ACCEPTED, context, null, vaccination);
    }
}
