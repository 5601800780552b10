package no.meldeport.gateway.ingress;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.util.Date;
import no.meldeport.gateway.store.SubmissionView;
import no.meldeport.model.ReportType;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;

/**
 * The FHIR bodies of the gateway's responses: the response message to {@code $process-message} (a MessageHeader whose
 * {@code response} points at the request, and one Task per delivery), and OperationOutcomes for errors.
 */
public final class FhirResponses {

    /** Identifier system of submission ids, as used in Location and the status API. */
    public static final String SUBMISSION_ID_SYSTEM = "https://meldeport.no/fhir/NamingSystem/submission-id";
    /** Identifier system of delivery ids, which registries receive as the idempotency key. */
    public static final String DELIVERY_ID_SYSTEM = "https://meldeport.no/fhir/NamingSystem/delivery-id";
    /** Code system of delivery states ({@code pending}, {@code delivered}, {@code failed}). */
    public static final String DELIVERY_STATUS_SYSTEM = "https://meldeport.no/fhir/CodeSystem/delivery-status";
    /** Code system of the registries ({@code sysvak}, {@code msis}, {@code noklus}, {@code nav}). */
    public static final String REGISTRY_SYSTEM = "https://meldeport.no/fhir/CodeSystem/registry";

    private final FhirContext fhirContext;

    public FhirResponses(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    /** Builds the response message for an accepted (or repeated) submission. */
    public Bundle responseMessage(SubmissionView submission, String requestMessageId, String baseUrl) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.MESSAGE);
        bundle.setId(submission.id());
        bundle.setIdentifier(new Identifier().setSystem(SUBMISSION_ID_SYSTEM).setValue(submission.id()));
        bundle.setTimestamp(Date.from(submission.acceptedAt()));

        MessageHeader header = new MessageHeader();
        header.setId("response-" + submission.id());
        header.setEvent(new Coding(ReportType.CODE_SYSTEM, submission.reportType().code(), null));
        header.getSource().setName("Meldeport").setEndpoint(baseUrl + "/fhir");
        header.getResponse().setIdentifier(requestMessageId).setCode(MessageHeader.ResponseType.OK);
        bundle.addEntry().setFullUrl("urn:uuid:" + header.getIdElement().getIdPart().substring("response-".length()))
                .setResource(header);

        for (SubmissionView.DeliveryView delivery : submission.deliveries()) {
            Task task = deliveryTask(submission, delivery);
            String fullUrl = "urn:uuid:" + delivery.id();
            header.addFocus(new Reference(fullUrl));
            bundle.addEntry().setFullUrl(fullUrl).setResource(task);
        }
        return bundle;
    }

    /**
     * Returns the Task of one delivery. Its {@code focus} is the submission, {@code Bundle/<submission id>}, which
     * {@code GET /fhir/Task?focus=} searches by.
     */
    public static Task deliveryTask(SubmissionView submission, SubmissionView.DeliveryView delivery) {
        Task task = new Task();
        task.setId(delivery.id());
        task.addIdentifier().setSystem(DELIVERY_ID_SYSTEM).setValue(delivery.id());
        task.setGroupIdentifier(new Identifier().setSystem(SUBMISSION_ID_SYSTEM).setValue(submission.id()));
        task.setFocus(new Reference("Bundle/" + submission.id())
                .setIdentifier(new Identifier().setSystem(SUBMISSION_ID_SYSTEM).setValue(submission.id())));
        task.setIntent(Task.TaskIntent.ORDER);
        task.setStatus(switch (delivery.status()) {
            case "delivered" -> Task.TaskStatus.COMPLETED;
            case "failed" -> Task.TaskStatus.FAILED;
            default -> Task.TaskStatus.REQUESTED;
        });
        task.getBusinessStatus().addCoding(new Coding(DELIVERY_STATUS_SYSTEM, delivery.status(), null));
        task.getCode().addCoding(new Coding(REGISTRY_SYSTEM, delivery.registry(), null));
        task.setAuthoredOn(Date.from(submission.acceptedAt()));
        if (delivery.updatedAt() != null) {
            task.setLastModified(Date.from(delivery.updatedAt()));
        }
        if (delivery.receiptId() != null) {
            task.addOutput().setType(new org.hl7.fhir.r4.model.CodeableConcept(
                            new Coding(DELIVERY_STATUS_SYSTEM, "receipt-id", "Registry receipt id")))
                    .setValue(new org.hl7.fhir.r4.model.StringType(delivery.receiptId()));
        }
        return task;
    }

    /** An OperationOutcome with a single issue. */
    public static OperationOutcome outcome(OperationOutcome.IssueSeverity severity, OperationOutcome.IssueType type,
            String errorCode, String text) {
        OperationOutcome outcome = new OperationOutcome();
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue()
                .setSeverity(severity)
                .setCode(type);
        issue.getDetails().addCoding().setSystem(no.meldeport.gateway.ingress.ErrorCodes.SYSTEM).setCode(errorCode);
        issue.getDetails().setText(text);
        return outcome;
    }

    /** Serialises a resource as JSON, or as XML when {@code xml} is true. */
    public String encode(IBaseResource resource, boolean xml) {
        IParser parser = xml ? fhirContext.newXmlParser() : fhirContext.newJsonParser();
        return parser.encodeResourceToString(resource);
    }
}
