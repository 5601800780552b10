package no.meldeport.gateway.validation;

/**
 * Turns a place in the internal model into the location syntax of the face a submission came in by: FHIRPath on
 * {@code /fhir} (for example {@code Bundle.entry[2].resource.occurrenceDateTime}), a JSON Pointer on the REST API.
 * The validator names places by the part's {@code sourceId} and a model field path such as {@code occurrence} or
 * {@code periods[1].gradePercent}; for the shared clinical context {@code sourceId} is null and the path starts at
 * {@code ClinicalContext}, for example {@code patient.identifier.value}.
 */
@FunctionalInterface
public interface IssueLocator {

    /** A locator without locations, so every issue is about the submission as a whole. */
    IssueLocator NONE = (sourceId, fieldPath) -> null;

    /**
     * Returns the location in the face's syntax, or null when the face cannot name it.
     *
     * @param sourceId the part's {@code ReportContent.sourceId()}, or null for the clinical context
     * @param fieldPath the model field path below the part or the context; empty for the part itself
     */
    String locate(String sourceId, String fieldPath);
}
