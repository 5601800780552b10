package no.meldeport.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.SubmissionIssue;

/**
 * Reads the fields of one JSON object of a REST report and adds an issue, located by its JSON Pointer (RFC 6901), for
 * every field that is missing, of the wrong type or invalid. Reading goes on after a problem, so one response lists every
 * problem of the document. {@link #finish()} reports the fields that were never read as unknown.
 *
 * <p>Issue values are never set from field contents, because those may be fødselsnummer or diagnoses.
 */
final class JsonFieldReader {

    /** The zone of date-only and offset-less times, as the FHIR face reads them. */
    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final ObjectNode node;
    private final String pointer;
    private final List<SubmissionIssue> issues;
    private final Set<String> read = new LinkedHashSet<>();

    JsonFieldReader(ObjectNode node, String pointer, List<SubmissionIssue> issues) {
        this.node = node;
        this.pointer = pointer;
        this.issues = issues;
    }

    /** Returns the JSON Pointer of this object, or the empty string for the document root. */
    String pointer() {
        return pointer;
    }

    /** Returns the JSON Pointer of a field of this object. */
    String pointerOf(String field) {
        return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    List<SubmissionIssue> issues() {
        return issues;
    }

    boolean has(String field) {
        read.add(field);
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    String text(String field, boolean required) {
        JsonNode value = field(field, required, "a string");
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            wrongType(field, "string", value);
            return null;
        }
        String text = value.asText().trim();
        if (text.isEmpty()) {
            if (required) {
                missing(field);
            }
            return null;
        }
        return text;
    }

    /** Reads a string that must match {@code pattern}; {@code expected} describes the format for the message. */
    String text(String field, boolean required, String pattern, String expected) {
        String text = text(field, required);
        if (text != null && !text.matches(pattern)) {
            invalid(field, expected);
            return null;
        }
        return text;
    }

    Integer integer(String field, boolean required, int min, int max) {
        JsonNode value = field(field, required, "an integer");
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            wrongType(field, "integer", value);
            return null;
        }
        int number = value.intValue();
        if (number < min || number > max) {
            invalid(field, "an integer from " + min + " to " + max);
            return null;
        }
        return number;
    }

    BigDecimal decimal(String field, boolean required) {
        JsonNode value = field(field, required, "a number");
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            wrongType(field, "number", value);
            return null;
        }
        return value.decimalValue();
    }

    Boolean bool(String field, boolean required) {
        JsonNode value = field(field, required, "true or false");
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            wrongType(field, "boolean", value);
            return null;
        }
        return value.booleanValue();
    }

    /** Reads a full date {@code yyyy-MM-dd}. */
    LocalDate date(String field, boolean required) {
        String text = text(field, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            invalid(field, "a date yyyy-MM-dd");
            return null;
        }
    }

    /**
     * Reads a point in time: a date-time with offset, a date-time without offset (Norwegian local time), or a date
     * alone (the start of that day in Norway), as the FHIR face reads {@code dateTime} values.
     */
    OffsetDateTime dateTime(String field, boolean required) {
        String text = text(field, required);
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == "yyyy-MM-dd".length()) {
                return LocalDate.parse(text).atStartOfDay(NORWAY).toOffsetDateTime();
            }
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(text).atZone(NORWAY).toOffsetDateTime();
            }
        } catch (DateTimeParseException e) {
            invalid(field, "a date-time such as 2026-10-20T10:15:00+02:00, or a date yyyy-MM-dd");
            return null;
        }
    }

    /** Reads a nested object; empty when it is absent (after an issue if required) or not an object. */
    Optional<JsonFieldReader> object(String field, boolean required) {
        JsonNode value = field(field, required, "an object");
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            wrongType(field, "object", value);
            return Optional.empty();
        }
        return Optional.of(new JsonFieldReader((ObjectNode) value, pointerOf(field), issues));
    }

    /** Reads an array of objects; an absent field is an empty list. */
    List<JsonFieldReader> objects(String field) {
        List<JsonFieldReader> objects = new ArrayList<>();
        for (JsonNode element : array(field)) {
            int index = objects.size();
            String elementPointer = pointerOf(field) + "/" + index;
            if (element.isObject()) {
                objects.add(new JsonFieldReader((ObjectNode) element, elementPointer, issues));
            } else {
                issues.add(SubmissionIssue.error(IssueMessage.WRONG_JSON_TYPE, elementPointer, null,
                        elementPointer, "object", typeName(element)));
                objects.add(null);
            }
        }
        return objects.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** Returns the number of elements of an array field, or 0 when it is absent or not an array, without issues. */
    int size(String field) {
        JsonNode value = node.get(field);
        return value != null && value.isArray() ? value.size() : 0;
    }

    /** Returns the elements of an array field; an absent field is empty, another type an issue. */
    List<JsonNode> array(String field) {
        JsonNode value = field(field, false, "an array");
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            wrongType(field, "array", value);
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    /** Reports a rule of the report type that a field breaks. */
    void invalid(String field, String expected) {
        String at = pointerOf(field);
        issues.add(SubmissionIssue.error(IssueMessage.REST_INVALID_VALUE, at, null, at, expected));
    }

    void missing(String field) {
        String at = pointerOf(field);
        issues.add(SubmissionIssue.error(IssueMessage.ELEMENT_REQUIRED, at, null, at));
    }

    /** Reports every field of this object that no read asked for. */
    void finish() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!read.contains(name)) {
                String at = pointerOf(name);
                issues.add(SubmissionIssue.error(IssueMessage.REST_UNKNOWN_FIELD, at, null, at));
            }
        }
    }

    private JsonNode field(String field, boolean required, String expected) {
        read.add(field);
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                missing(field);
            }
            return null;
        }
        return value;
    }

    private void wrongType(String field, String expected, JsonNode value) {
        String at = pointerOf(field);
        issues.add(SubmissionIssue.error(IssueMessage.WRONG_JSON_TYPE, at, null, at, expected, typeName(value)));
    }

    private static String typeName(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "array";
            case BOOLEAN -> "boolean";
            case NUMBER -> value.isIntegralNumber() ? "integer" : "number";
            case OBJECT, POJO -> "object";
            case STRING -> "string";
            default -> "null";
        };
    }
}
