package no.meldeport.gateway.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.meldeport.gateway.json.Json;
import no.meldeport.gateway.submission.InvalidSubmissionException;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.ParsedSubmission;
import no.meldeport.gateway.submission.SubmissionIssue;
import no.meldeport.model.ClinicalContext;
import no.meldeport.model.ReportContent;
import no.meldeport.model.ReportType;

/**
 * Reads a REST report document ({@code POST /api/v1/reports}, {@code application/json}) into the same
 * {@link ParsedSubmission} the FHIR face produces. Every part's {@code sourceLocations} entry is its JSON Pointer (for
 * example {@code /vaksinasjoner/0}), and every issue's expression is the JSON Pointer of the field concerned.
 *
 * <p>The document names its report type in {@code meldingstype} and contains its parts in the arrays
 * {@code vaksinasjoner}, {@code klinikermeldinger}, {@code diabeteskontroller} and {@code sykmeldinger}. A registry
 * report type needs at least one entry in its own array; parts in another array are left to the planner, which rejects
 * them for a registry report type as on the FHIR face. Unknown fields are rejected, so a misspelt optional field does
 * not vanish silently. Instances are stateless and thread-safe.
 */
public final class RestReportReader {

    /** The media type of report documents. */
    public static final String MEDIA_TYPE = "application/json";

    private static final ObjectReader JSON = Json.mapper().reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final String REPORT_TYPES = Arrays.stream(ReportType.values())
            .map(ReportType::code)
            .collect(Collectors.joining(", "));

    /**
     * Parses and reads a request body.
     *
     * @param mediaType the request's media type without parameters, lower case; null when absent
     * @throws InvalidSubmissionException with every issue found; its {@code httpStatus()} is 415, 400 or 422
     */
    public ParsedSubmission read(byte[] body, String mediaType) {
        if (!MEDIA_TYPE.equals(mediaType)) {
            throw new InvalidSubmissionException(SubmissionIssue.error(IssueMessage.REST_MEDIA_TYPE_NOT_SUPPORTED,
                    null, mediaType, mediaType == null ? "(none)" : mediaType));
        }
        if (body == null || body.length == 0) {
            throw new InvalidSubmissionException(SubmissionIssue.error(IssueMessage.REST_BODY_EMPTY, null, null));
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            String location = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new InvalidSubmissionException(SubmissionIssue.error(IssueMessage.REST_BODY_NOT_JSON, null, null)
                    .withDiagnostics(e.getOriginalMessage() + location));
        } catch (IOException e) {
            throw new InvalidSubmissionException(SubmissionIssue.error(IssueMessage.REST_BODY_NOT_JSON, null, null)
                    .withDiagnostics("The body could not be read as UTF-8 JSON"));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidSubmissionException(SubmissionIssue.error(IssueMessage.REST_BODY_NOT_JSON, null, null)
                    .withDiagnostics("The body is JSON, but not an object"));
        }
        return read((ObjectNode) root);
    }

    /** Reads an already parsed document. */
    public ParsedSubmission read(ObjectNode document) {
        List<SubmissionIssue> issues = new ArrayList<>();
        JsonFieldReader root = new JsonFieldReader(document, "", issues);

        String messageId = root.text(RestFields.MESSAGE_ID, true, "[!-~]{1,200}",
                "1 to 200 visible ASCII characters, for example a UUID");
        ReportType type = reportType(root);
        ClinicalContext context = RestContextReader.read(root);

        Map<String, String> locations = new LinkedHashMap<>();
        List<ReportContent> contents = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        readParts(root, RestFields.VACCINATIONS, type, ReportType.VACCINATION, contents, locations, ids,
                RestPartReaders::vaccination);
        readParts(root, RestFields.KLINIKERMELDINGER, type, ReportType.KLINIKERMELDING, contents, locations, ids,
                part -> RestPartReaders.klinikermelding(part, context == null ? null : context.encounterDate()));
        readParts(root, RestFields.DIABETES_CONTROLS, type, ReportType.DIABETES_ANNUAL_CONTROL, contents, locations,
                ids, RestPartReaders::diabetesAnnualControl);
        readParts(root, RestFields.SYKMELDINGER, type, ReportType.SYKMELDING, contents, locations, ids,
                RestPartReaders::sykmelding);
        root.finish();

        if (!issues.isEmpty() || messageId == null || type == null || context == null) {
            throw new InvalidSubmissionException(issues);
        }
        return new ParsedSubmission(messageId, type, context, contents, locations);
    }

    private static ReportType reportType(JsonFieldReader root) {
        String code = root.text(RestFields.REPORT_TYPE, true);
        if (code == null) {
            return null;
        }
        Optional<ReportType> type = ReportType.fromCode(code);
        if (type.isEmpty()) {
            String at = root.pointerOf(RestFields.REPORT_TYPE);
            root.issues().add(SubmissionIssue.error(IssueMessage.EVENT_CODE_UNKNOWN, at, code, code, REPORT_TYPES));
        }
        return type.orElse(null);
    }

    private static void readParts(JsonFieldReader root, String field, ReportType type, ReportType partType,
            List<ReportContent> contents, Map<String, String> locations, Set<String> ids,
            java.util.function.Function<JsonFieldReader, Optional<? extends ReportContent>> reader) {
        int elements = root.size(field);
        List<JsonFieldReader> parts = root.objects(field);
        if (type == partType && elements == 0) {
            String at = root.pointerOf(field);
            root.issues().add(SubmissionIssue.error(IssueMessage.REST_PART_MISSING, at, null, type.code(), at));
        }
        for (JsonFieldReader part : parts) {
            Optional<? extends ReportContent> content = reader.apply(part);
            part.finish();
            content.ifPresent(read -> {
                if (!ids.add(read.sourceId())) {
                    String at = part.pointerOf(RestFields.PART_ID);
                    root.issues().add(SubmissionIssue.error(IssueMessage.REST_DUPLICATE_ID, at, null, read.sourceId()));
                    return;
                }
                contents.add(read);
                locations.put(read.sourceId(), part.pointer());
            });
        }
    }
}
