package no.meldeport.gateway.submission;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.meldeport.model.ClinicalContext;
import no.meldeport.model.ReportContent;
import no.meldeport.model.ReportType;

/**
 * A submission read into the internal model, before validation and planning. {@code contents} are the registry parts
 * in Bundle order. A klinikermelding part is only a candidate here: the planner decides whether its diagnosis is
 * notifiable and fills in the MSIS disease.
 *
 * <p>{@code messageId} is the sender's id of the message, shown back in responses (FHIR {@code Bundle.identifier.value},
 * else {@code Bundle.id}). {@code idempotencyFallbackKey} identifies a resend of the same message when the client
 * sends no {@code Idempotency-Key} header: on the FHIR face the MessageHeader's id (its {@code id}, else the uuid of
 * its {@code urn:uuid:} fullUrl), else the message id.
 *
 * <p>{@code sourceLocations} maps each part's {@code sourceId} to the location of what it came from (on the FHIR face
 * a FHIRPath such as {@code Bundle.entry[3].resource}), so later steps can point their issues at it. It may also hold
 * the locations of fields that sit elsewhere, under {@link #locationKey(String, String)}: for example the Observation a
 * measurement came from, or the Patient resource of the clinical context.
 */
public record ParsedSubmission(
        String messageId,
        String idempotencyFallbackKey,
        ReportType type,
        ClinicalContext context,
        List<ReportContent> contents,
        Map<String, String> sourceLocations) {

    private static final String FIELD_SEPARATOR = "#";

    public ParsedSubmission {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(context, "context");
        if (idempotencyFallbackKey == null || idempotencyFallbackKey.isBlank()) {
            idempotencyFallbackKey = messageId;
        }
        contents = List.copyOf(contents);
        sourceLocations = Map.copyOf(sourceLocations);
    }

    /** Creates a submission whose idempotency fallback key is its message id. */
    public ParsedSubmission(String messageId, ReportType type, ClinicalContext context, List<ReportContent> contents,
            Map<String, String> sourceLocations) {
        this(messageId, null, type, context, contents, sourceLocations);
    }

    /**
     * Returns the key under which {@code sourceLocations} contains the location of a field: the part's source id (empty for
     * the clinical context), {@code #} and the model field path, for example {@code Observation/panel#measurements[2]}
     * or {@code #patient.identifier}.
     */
    public static String locationKey(String sourceId, String fieldPath) {
        return (sourceId == null ? "" : sourceId) + FIELD_SEPARATOR + fieldPath;
    }

    /** Returns the expression of the resource a part came from, or {@code null} when unknown. */
    public String locationOf(String sourceId) {
        return sourceId == null ? null : sourceLocations.get(sourceId);
    }

    /** Returns the recorded location of a field, or {@code null} when none was recorded for exactly this path. */
    public String locationOf(String sourceId, String fieldPath) {
        return sourceLocations.get(locationKey(sourceId, fieldPath));
    }

    /** Names only ids and counts, because the contents carry diagnoses. */
    @Override
    public String toString() {
        return "ParsedSubmission[messageId=" + messageId + ", type=" + type.code() + ", parts=" + contents.size() + "]";
    }
}
