package no.meldeport.mappings;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Optional;

/**
 * The JSON settings of the Meldeport-defined registry formats (MSIS and NOKLUS): ISO-8601 dates and instants,
 * absent values omitted rather than written as null, decimals written without exponent.
 */
public final class RegistryJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private RegistryJson() {
    }

    /** Serialises a registry message body. */
    public static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            // The bodies are plain records of strings, numbers and dates, so this means a programming error.
            throw new IllegalStateException("Could not serialise " + body.getClass().getSimpleName(), e);
        }
    }

    /** Parses a registry response body, or returns empty when the text is not JSON. */
    public static Optional<JsonNode> readTree(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** Returns the text of a field when it is a non-blank JSON string, else empty. */
    public static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }
}
