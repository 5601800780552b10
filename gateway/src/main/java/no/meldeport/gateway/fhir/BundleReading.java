package no.meldeport.gateway.fhir;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.ParsedSubmission;
import no.meldeport.gateway.submission.SubmissionIssue;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The state of reading one Bundle: its index, the issues found so far, and the locations of model fields that do not
 * sit in their part's own resource. Readers add issues and go on, so one response lists every problem.
 */
final class BundleReading {

    private final BundleIndex index;
    private final List<SubmissionIssue> issues;
    private final Map<String, String> locations = new LinkedHashMap<>();

    BundleReading(BundleIndex index, List<SubmissionIssue> issues) {
        this.index = index;
        this.issues = issues;
    }

    /**
     * Records where a model field came from, for {@link FhirIssueLocator}.
     *
     * @param sourceId the part's source id, or null for the clinical context
     * @param fieldPath the model field path, for example {@code measurements[2]}
     */
    void locate(String sourceId, String fieldPath, String expression) {
        locations.put(ParsedSubmission.locationKey(sourceId, fieldPath), expression);
    }

    /** Returns the recorded field locations, keyed by {@link ParsedSubmission#locationKey}. */
    Map<String, String> locations() {
        return locations;
    }

    BundleIndex index() {
        return index;
    }

    List<SubmissionIssue> issues() {
        return issues;
    }

    boolean hasIssues() {
        return !issues.isEmpty();
    }

    void add(SubmissionIssue issue) {
        issues.add(issue);
    }

    void error(IssueMessage message, String expression, String value, String... arguments) {
        issues.add(SubmissionIssue.error(message, expression, value, arguments));
    }

    /** Reports that {@code what} (for example {@code Immunization.occurrenceDateTime}) is missing at the expression. */
    void required(String expression, String what) {
        error(IssueMessage.ELEMENT_REQUIRED, expression, null, what);
    }

    /**
     * Resolves a reference that must point to a resource of the given type. A missing reference is reported as
     * required, a reference to another type as {@link IssueMessage#REFERENCE_WRONG_TYPE}. An unresolved one is left to
     * {@link ReferenceChecker}, which reports every unresolved reference once.
     */
    Optional<BundleIndex.Entry> target(
            Reference reference, Class<? extends Resource> type, String expression, String what) {
        if (reference == null || !reference.hasReference()) {
            required(expression, what);
            return Optional.empty();
        }
        return optionalTarget(reference, type, expression);
    }

    /** Like {@link #target} but a missing reference is no issue. */
    Optional<BundleIndex.Entry> optionalTarget(Reference reference, Class<? extends Resource> type, String expression) {
        Optional<BundleIndex.Entry> entry = index.resolve(reference);
        if (entry.isPresent() && !entry.get().is(type)) {
            String target = reference.getReference();
            error(IssueMessage.REFERENCE_WRONG_TYPE, expression + ".reference", target,
                    target, entry.get().type(), type.getSimpleName());
            return Optional.empty();
        }
        return entry;
    }
}
