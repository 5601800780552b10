package no.meldeport.gateway.validation.body;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.meldeport.gateway.submission.InvalidSubmissionException;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.SubmissionIssue;

/**
 * Reads a JSON body once as a token stream, before any object is built from it, and rejects what would make parsing
 * it costly or ambiguous: nesting deeper than the limit, a JSON array with more items than the limit, a FHIR Bundle
 * with more entries than the limit, and a property that occurs twice in one object (JSON parsers disagree on which
 * value wins). It also rejects a body that is not one JSON object, and FHIR of another version than R4
 * ({@link FhirVersionMarkers}). The scan holds only the path from the root, so its memory does not grow with the body.
 *
 * <p>Issues name the place as a FHIRPath-like path from the root resource, for example
 * {@code Bundle.entry[3].resource.name[0]}. Limits stop the scan at once; duplicate properties and version markers are
 * all collected.
 */
public final class JsonBodyScanner {

    private static final String RESOURCE_TYPE = "resourceType";
    private static final String BUNDLE_ENTRY = "entry";

    private final BodyLimits limits;
    private final JsonFactory factory;

    public JsonBodyScanner(BodyLimits limits) {
        this.limits = limits;
        // Jackson's own nesting limit is above ours, so ours is the one that rejects the body.
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(Math.max(limits.maxDepth() + 1, StreamReadConstraints.DEFAULT_MAX_DEPTH))
                        .build())
                .build();
    }

    /**
     * Scans the body.
     *
     * @throws InvalidSubmissionException with status 400 or 413 when the body breaks a limit or a rule above
     */
    public void scan(String json) {
        Scan scan = new Scan();
        try (JsonParser parser = factory.createParser(json)) {
            scan.run(parser);
        } catch (JsonProcessingException e) {
            throw new InvalidSubmissionException(SubmissionIssue.error(IssueMessage.BODY_NOT_FHIR, null, null, "JSON")
                    .withDiagnostics(describe(e)));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a JSON body held in memory failed", e);
        }
        if (!scan.issues.isEmpty()) {
            throw new InvalidSubmissionException(scan.issues);
        }
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        return e.getOriginalMessage() + where;
    }

    /** One open JSON object or array on the path from the root. */
    private static final class Level {
        private final String name;
        private final boolean array;
        private int items;
        private String resourceType;
        private final Set<String> properties = new HashSet<>();

        Level(String name, boolean array) {
            this.name = name;
            this.array = array;
        }
    }

    /** The state of one scan. */
    private final class Scan {

        private final Deque<Level> path = new ArrayDeque<>();
        private final List<SubmissionIssue> issues = new ArrayList<>();
        private String rootType;
        private String pendingName;

        void run(JsonParser parser) throws IOException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw bodyNotFhir("The body contains no JSON value.");
            }
            if (first != JsonToken.START_OBJECT) {
                throw bodyNotFhir("The body is a JSON " + kind(first) + ", but a FHIR resource is a JSON object.");
            }
            open(null, false);
            JsonToken token;
            while (!path.isEmpty() && (token = parser.nextToken()) != null) {
                switch (token) {
                    case FIELD_NAME -> field(parser.currentName());
                    case START_OBJECT -> open(takeName(), false);
                    case START_ARRAY -> open(takeName(), true);
                    case END_OBJECT -> closeObject();
                    case END_ARRAY -> path.pop();
                    default -> value(parser, token);
                }
            }
            if (parser.nextToken() != null) {
                throw bodyNotFhir("The body continues after the end of the JSON object.");
            }
        }

        private void field(String name) {
            Level object = path.peek();
            if (!object.properties.add(name)) {
                issues.add(SubmissionIssue.error(IssueMessage.DUPLICATE_JSON_PROPERTY, location(name), name, name));
            }
            pendingName = name;
            versionMarker(object, name);
        }

        private void open(String name, boolean array) {
            Level parent = path.peek();
            if (parent != null && parent.array) {
                countItem(parent);
            }
            if (path.size() >= limits.maxDepth()) {
                throw new InvalidSubmissionException(SubmissionIssue.error(IssueMessage.NESTING_TOO_DEEP,
                        location(name), null, Integer.toString(limits.maxDepth())));
            }
            path.push(new Level(name, array));
        }

        private void value(JsonParser parser, JsonToken token) throws IOException {
            String name = takeName();
            Level current = path.peek();
            if (current.array) {
                countItem(current);
                return;
            }
            if (RESOURCE_TYPE.equals(name) && token == JsonToken.VALUE_STRING) {
                current.resourceType = parser.getText();
                if (path.size() == 1) {
                    rootType = current.resourceType;
                }
                FhirVersionMarkers.versionOfResourceType(current.resourceType).ifPresent(version ->
                        issues.add(SubmissionIssue.error(IssueMessage.FHIR_VERSION_NOT_SUPPORTED,
                                location(null), current.resourceType, version)));
                checkMessageHeader(current);
            }
        }

        private void closeObject() {
            path.pop();
        }

        private void countItem(Level array) {
            array.items++;
            boolean bundleEntries = path.size() == 2 && BUNDLE_ENTRY.equals(array.name)
                    && "Bundle".equals(rootType);
            if (bundleEntries && array.items > limits.maxBundleEntries()) {
                throw new InvalidSubmissionException(SubmissionIssue.error(IssueMessage.BUNDLE_TOO_MANY_ENTRIES,
                        "Bundle.entry", null, Integer.toString(limits.maxBundleEntries())));
            }
            if (array.items > limits.maxArrayItems()) {
                String where = location(null);
                throw new InvalidSubmissionException(SubmissionIssue.error(IssueMessage.ARRAY_TOO_LONG, where, null,
                        where, Integer.toString(limits.maxArrayItems())));
            }
        }

        /** Checks a property of an object that turns out to be a MessageHeader, in whichever order they come. */
        private void versionMarker(Level object, String name) {
            if ("MessageHeader".equals(object.resourceType)) {
                FhirVersionMarkers.versionOfMessageHeaderElement(name).ifPresent(version ->
                        issues.add(SubmissionIssue.error(IssueMessage.FHIR_VERSION_NOT_SUPPORTED, location(name),
                                "MessageHeader." + name, version)));
            }
        }

        private void checkMessageHeader(Level object) {
            if (!"MessageHeader".equals(object.resourceType)) {
                return;
            }
            for (String name : object.properties) {
                FhirVersionMarkers.versionOfMessageHeaderElement(name).ifPresent(version ->
                        issues.add(SubmissionIssue.error(IssueMessage.FHIR_VERSION_NOT_SUPPORTED, location(name),
                                "MessageHeader." + name, version)));
            }
        }

        private String takeName() {
            String name = pendingName;
            pendingName = null;
            return name;
        }

        /** Returns the path of the current level, and of {@code child} below it when given. */
        private String location(String child) {
            StringBuilder text = new StringBuilder(rootType == null ? "Resource" : rootType);
            List<Level> levels = new ArrayList<>(path);
            for (int index = levels.size() - 1; index >= 0; index--) {
                Level level = levels.get(index);
                if (level.name != null) {
                    text.append('.').append(fhirName(level.name));
                }
                if (level.array) {
                    text.append('[').append(Math.max(level.items - 1, 0)).append(']');
                }
            }
            if (child != null) {
                text.append('.').append(fhirName(child));
            }
            return text.toString();
        }

        private InvalidSubmissionException bodyNotFhir(String detail) {
            return new InvalidSubmissionException(
                    SubmissionIssue.error(IssueMessage.BODY_NOT_FHIR, null, null, "JSON").withDiagnostics(detail));
        }
    }

    /** Returns the FHIR element name of a JSON property: {@code _birthDate} carries the extensions of {@code birthDate}. */
    private static String fhirName(String property) {
        return property.startsWith("_") ? property.substring(1) : property;
    }

    private static String kind(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> "value";
        };
    }
}
