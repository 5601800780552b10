package no.meldeport.gateway.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.meldeport.gateway.reporttype.ReportTypeCatalog;
import no.meldeport.gateway.submission.ParsedSubmission;
import no.meldeport.gateway.validation.IssueLocator;
import no.meldeport.model.ReportContent;

/**
 * Turns model paths into FHIRPath for a submission read by {@link FhirSubmissionReader}. A field's location is the
 * longest prefix of its path that the reader recorded (an anchor, under {@link ParsedSubmission#locationKey}), with
 * the {@link FhirElementPaths} suffix of the rest. Without an anchor it is the part's resource, or for the clinical
 * context the MessageHeader, with the suffix of the whole path. For example {@code periods[1].gradePercent} of a
 * sykmelding becomes {@code Bundle.entry[7].resource.extension('…/sykmelding-period')[1].extension('gradePercent')
 * .valueInteger}.
 */
public final class FhirIssueLocator implements IssueLocator {

    private final ParsedSubmission submission;
    private final Map<String, String> partKinds;

    private FhirIssueLocator(ParsedSubmission submission, Map<String, String> partKinds) {
        this.submission = submission;
        this.partKinds = partKinds;
    }

    public static FhirIssueLocator of(ParsedSubmission submission) {
        Map<String, String> kinds = new HashMap<>();
        for (ReportContent part : submission.contents()) {
            kinds.put(part.sourceId(), kind(part));
        }
        return new FhirIssueLocator(submission, kinds);
    }

    @Override
    public String locate(String sourceId, String fieldPath) {
        String kind = sourceId == null ? FhirElementPaths.CONTEXT : partKinds.get(sourceId);
        String base = sourceId == null
                ? submission.locationOf(null, "")
                : submission.locationOf(sourceId);
        if (fieldPath == null || fieldPath.isEmpty() || kind == null) {
            return base;
        }
        List<String> segments = segments(fieldPath);
        for (int length = segments.size(); length >= 1; length--) {
            String anchor = submission.locationOf(sourceId, String.join(".", segments.subList(0, length)));
            if (anchor != null) {
                return length == segments.size() ? anchor : anchor + suffix(kind, segments, length);
            }
        }
        return base == null ? null : base + suffix(kind, segments, 0);
    }

    /**
     * Returns the suffix of the longest generic path with a table entry, trying the whole path down to one segment
     * more than the anchor. Without an entry the suffix is empty, so the anchor itself is named.
     */
    private static String suffix(String kind, List<String> segments, int anchorLength) {
        for (int length = segments.size(); length > anchorLength; length--) {
            String generic = generic(segments.subList(0, length));
            String suffix = FhirElementPaths.suffix(kind, generic);
            if (suffix != null) {
                return suffix;
            }
        }
        return "";
    }

    private static String generic(List<String> segments) {
        List<String> names = new ArrayList<>();
        for (String segment : segments) {
            int bracket = segment.indexOf('[');
            names.add(bracket < 0 ? segment : segment.substring(0, bracket));
        }
        return String.join(".", names);
    }

    private static List<String> segments(String path) {
        return List.of(path.split("\\."));
    }

    /** Returns the part's kind: the code of the report type it belongs to, as {@link FhirElementPaths} keys it. */
    private static String kind(ReportContent part) {
        return ReportTypeCatalog.standard().forContent(part).code();
    }
}
