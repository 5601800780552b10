package no.meldeport.gateway.submission;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.meldeport.model.ClinicalContext;
import no.meldeport.model.ReportContent;
import no.meldeport.model.ReportType;

/**
 * A submission read into the internal model, before planning. {@code messageId} is the sender's id of the message
 * (FHIR {@code Bundle.identifier.value}). {@code contents} are the registry parts in Bundle order. A klinikermelding
 * part is only a candidate here: the planner decides whether its diagnosis is notifiable and fills in the MSIS disease.
 * {@code sourceLocations} maps each part's {@code sourceId} to the expression of the resource it came from (for
 * example {@code Bundle.entry[3].resource}), so later steps can point their issues at it.
 */
public record ParsedSubmission(
        String messageId,
        ReportType type,
        ClinicalContext context,
        List<ReportContent> contents,
        Map<String, String> sourceLocations) {

    public ParsedSubmission {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(context, "context");
        contents = List.copyOf(contents);
        sourceLocations = Map.copyOf(sourceLocations);
    }

    /** Returns the expression of the resource a part came from, or {@code null} when unknown. */
    public String locationOf(String sourceId) {
        return sourceId == null ? null : sourceLocations.get(sourceId);
    }

    /** Names only ids and counts, because the contents carry diagnoses. */
    @Override
    public String toString() {
        return "ParsedSubmission[messageId=" + messageId + ", type=" + type.code() + ", parts=" + contents.size() + "]";
    }
}
