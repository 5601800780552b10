package no.meldeport.gateway.receipt;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.Objects;
import no.meldeport.model.PersonIdentifier;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * The receipt of a submission as a FHIR R4 DocumentReference that an EPJ can file in the patient's journal: the
 * journal text as a {@code text/plain} attachment in Norwegian, the patient by identifier, and one related reference
 * per delivery Task. A pure function.
 */
public final class FhirReceipts {

    /** Meldeport's code system of document types; {@code registry-receipt} is this receipt. */
    public static final String DOCUMENT_TYPE_SYSTEM = "https://meldeport.no/fhir/CodeSystem/document-type";
    public static final String RECEIPT_TYPE = "registry-receipt";

    private FhirReceipts() {
    }

    /**
     * Builds the DocumentReference. It is {@code docStatus} {@code final} once no delivery is pending, else
     * {@code preliminary}; its id is the submission id.
     *
     * @param patient the patient the report was about, or null when unknown
     * @param submissionIdSystem the identifier system of submission ids
     */
    public static DocumentReference documentReference(SubmissionReceipt receipt, PersonIdentifier patient,
            String submissionIdSystem) {
        DocumentReference document = new DocumentReference();
        document.setId(receipt.submissionId());
        document.setMasterIdentifier(new Identifier().setSystem(submissionIdSystem).setValue(receipt.submissionId()));
        document.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        document.setDocStatus(receipt.complete()
                ? DocumentReference.ReferredDocumentStatus.FINAL
                : DocumentReference.ReferredDocumentStatus.PRELIMINARY);
        document.setType(new CodeableConcept(new Coding(DOCUMENT_TYPE_SYSTEM, RECEIPT_TYPE,
                "Kvittering for melding til register")).setText("Kvittering for melding til register"));
        if (patient != null) {
            document.setSubject(new Reference().setIdentifier(
                    new Identifier().setSystem(patient.type().system()).setValue(patient.value())));
        }
        document.setDate(Date.from(lastChange(receipt)));
        document.setDescription("Kvittering fra Meldeport for " + receipt.reportType());
        document.addContent().setAttachment(new Attachment()
                .setContentType("text/plain; charset=utf-8")
                .setLanguage("nb")
                .setTitle("Kvittering")
                .setData(receipt.journalText().getBytes(StandardCharsets.UTF_8)));
        for (SubmissionReceipt.RegistryReceipt delivery : receipt.receipts()) {
            document.getContext().addRelated(new Reference("Task/" + delivery.deliveryId()));
        }
        return document;
    }

    /** Returns the latest delivery time, or the acceptance time while nothing is delivered. */
    private static Instant lastChange(SubmissionReceipt receipt) {
        return receipt.receipts().stream()
                .map(SubmissionReceipt.RegistryReceipt::deliveredAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(receipt.acceptedAt());
    }
}
