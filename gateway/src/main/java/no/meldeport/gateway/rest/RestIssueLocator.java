package no.meldeport.gateway.rest;

import java.util.HashMap;
import java.util.Map;
import no.meldeport.gateway.submission.ParsedSubmission;
import no.meldeport.gateway.validation.IssueLocator;
import no.meldeport.model.ReportContent;

/**
 * Names the places the validator reports as JSON Pointers into the REST document, for example
 * {@code /vaksinasjoner/0/tidspunkt} or {@code /pasient/identifikator/verdi}.
 */
final class RestIssueLocator implements IssueLocator {

    private final ParsedSubmission submission;
    private final Map<String, ReportContent> parts = new HashMap<>();

    private RestIssueLocator(ParsedSubmission submission) {
        this.submission = submission;
        for (ReportContent part : submission.contents()) {
            parts.putIfAbsent(part.sourceId(), part);
        }
    }

    static IssueLocator of(ParsedSubmission submission) {
        return submission == null ? IssueLocator.NONE : new RestIssueLocator(submission);
    }

    @Override
    public String locate(String sourceId, String fieldPath) {
        if (sourceId == null) {
            return RestPointers.ofContext(fieldPath);
        }
        ReportContent part = parts.get(sourceId);
        String partPointer = submission.locationOf(sourceId);
        if (part == null || partPointer == null) {
            return null;
        }
        return RestPointers.ofPart(part, partPointer, fieldPath);
    }
}
