package no.meldeport.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.meldeport.gateway.json.Json;

/**
 * One broken input of the corpus in {@code test-fixtures/src/main/resources/corpus/}, as listed in its
 * {@code index.json}: the file, the media type it is sent with (null for none), extra request headers, the status it
 * must get, and the issues its OperationOutcome must contain.
 */
record CorpusCase(String name, String file, String contentType, Map<String, String> headers, int status,
        List<ExpectedIssue> issues, String description) {

    static final String INDEX = "corpus/index.json";

    /** An issue the response must contain: the Meldeport error code, and the FHIRPath or null for the body as a whole. */
    record ExpectedIssue(String code, String expression) {
    }

    /** Returns the gateway settings the corpus is written for, as {@code MELDEPORT_*} variables. */
    static Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        index().path("settings").fields().forEachRemaining(field -> settings.put(field.getKey(), field.getValue().asText()));
        return settings;
    }

    static List<CorpusCase> all() {
        List<CorpusCase> cases = new ArrayList<>();
        for (JsonNode node : index().path("cases")) {
            List<ExpectedIssue> issues = new ArrayList<>();
            for (JsonNode issue : node.path("issues")) {
                issues.add(new ExpectedIssue(issue.path("code").asText(),
                        issue.path("expression").isNull() ? null : issue.path("expression").asText()));
            }
            Map<String, String> headers = new LinkedHashMap<>();
            node.path("headers").fields().forEachRemaining(field -> headers.put(field.getKey(), field.getValue().asText()));
            cases.add(new CorpusCase(node.path("name").asText(), node.path("file").asText(),
                    node.path("contentType").isNull() ? null : node.path("contentType").asText(), headers,
                    node.path("status").asInt(), issues, node.path("description").asText()));
        }
        return cases;
    }

    byte[] body() {
        return read("corpus/" + file);
    }

    @Override
    public String toString() {
        return name;
    }

    private static JsonNode index() {
        try {
            return Json.mapper().readTree(read(INDEX));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse " + INDEX, e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = CorpusCase.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Corpus resource not found on the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
