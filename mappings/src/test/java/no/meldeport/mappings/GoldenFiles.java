package no.meldeport.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * Compares a mapper's JSON output with a golden file under {@code src/test/resources/golden}, field by field.
 *
 * <p>Golden files change only on purpose: run the tests with {@code -Dmeldeport.golden.update=true} to rewrite them
 * from the current output, then review the diff in Git before committing.
 */
public final class GoldenFiles {

    public static final String UPDATE_PROPERTY = "meldeport.golden.update";

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldenFiles() {
    }

    /** Asserts that {@code actualJson} equals the golden file {@code golden/<relativePath>}, naming each difference. */
    public static void assertMatches(String relativePath, String actualJson) {
        Path file = goldenDirectory().resolve(relativePath);
        JsonNode actual = parse(actualJson, "mapper output for " + relativePath);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            write(file, actual);
        }
        if (!Files.exists(file)) {
            fail("Golden file %s is missing. Check the output, then run the tests with -D%s=true to create it.",
                    file, UPDATE_PROPERTY);
        }

        JsonNode expected = parse(read(file), "golden file " + file);
        List<String> differences = new ArrayList<>();
        compare("$", expected, actual, differences);

        assertThat(differences)
                .as("differences from golden file %s (rewrite with -D%s=true only on purpose)", file, UPDATE_PROPERTY)
                .isEmpty();
    }

    /** Lists the differences between two JSON trees as {@code path: expected ... but was ...} lines. */
    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare("$", expected, actual, differences);
        return differences;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isObject() && actual.isObject()) {
            compareObjects(path, expected, actual, differences);
        } else if (expected.isArray() && actual.isArray()) {
            compareArrays(path, expected, actual, differences);
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                differences.add(path + ": expected " + expected + " but was " + actual);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": expected " + expected + " but was " + actual);
        }
    }

    private static void compareObjects(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        TreeSet<String> names = new TreeSet<>();
        expected.fieldNames().forEachRemaining(names::add);
        actual.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            String childPath = path + "." + name;
            if (!actual.has(name)) {
                differences.add(childPath + ": missing, expected " + expected.get(name));
            } else if (!expected.has(name)) {
                differences.add(childPath + ": unexpected " + actual.get(name));
            } else {
                compare(childPath, expected.get(name), actual.get(name), differences);
            }
        }
    }

    private static void compareArrays(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.size() != actual.size()) {
            differences.add(path + ": expected " + expected.size() + " elements but was " + actual.size());
        }
        Iterator<JsonNode> expectedElements = expected.elements();
        Iterator<JsonNode> actualElements = actual.elements();
        int index = 0;
        while (expectedElements.hasNext() && actualElements.hasNext()) {
            compare(path + "[" + index + "]", expectedElements.next(), actualElements.next(), differences);
            index++;
        }
    }

    private static Path goldenDirectory() {
        String repositoryRoot = System.getProperty("meldeport.repo.root");
        Path moduleDirectory = repositoryRoot == null ? Path.of("") : Path.of(repositoryRoot, "mappings");
        return moduleDirectory.resolve(Path.of("src", "test", "resources", "golden"));
    }

    private static JsonNode parse(String json, String description) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("The " + description + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read golden file " + file, e);
        }
    }

    private static void write(Path file, JsonNode actual) {
        try {
            Files.createDirectories(file.getParent());
            String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual);
            Files.writeString(file, pretty + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write golden file " + file, e);
        }
    }
}
