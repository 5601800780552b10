package no.meldeport.gateway.rest.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.meldeport.fixtures.samples.RestSamples;
import no.meldeport.gateway.json.Json;
import no.meldeport.gateway.rest.RestReportReader;
import no.meldeport.gateway.submission.InvalidSubmissionException;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.SubmissionIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the catalogue's definitions against the REST reader: every field of every sample is defined, a required
 * field left out is rejected at its pointer, and an optional one left out is accepted.
 */
class CatalogMatchesReaderTest {

    private final RestReportReader reader = new RestReportReader();

    static Stream<ReportTypeDefinition> definitions() {
        return ReportTypeDefinitions.all().stream();
    }

    @Test
    void everySampleFieldIsDefined() throws IOException {
        for (RestSamples.Twin twin : RestSamples.all()) {
            JsonNode sample = Json.mapper().readTree(twin.sample().bytes());
            ReportTypeDefinition definition = definitionOf(sample.path("meldingstype").asText());
            List<String> templates = definition.fields().stream().map(FieldDefinition::pointer).toList();

            for (String pointer : pointers(sample, "")) {
                assertThat(templates).as(twin + " " + pointer).contains(template(pointer));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void requiredFieldsAreRequiredAndOptionalOnesAreNot(ReportTypeDefinition definition) throws IOException {
        ObjectNode example = (ObjectNode) Json.mapper().readTree(
                RestSamples.byName(definition.exampleName()).bytes());

        for (FieldDefinition field : definition.fields()) {
            String pointer = field.pointer().replace("*", "0");
            ObjectNode document = example.deepCopy();
            if (document.at(pointer).isMissingNode() || !remove(document, pointer)) {
                continue;
            }
            List<SubmissionIssue> issues = issuesOf(document);

            if (field.required()) {
                assertThat(issues).as(pointer).anySatisfy(issue -> {
                    assertThat(issue.expression()).isEqualTo(pointer);
                    assertThat(issue.message()).isIn(IssueMessage.ELEMENT_REQUIRED, IssueMessage.REST_PART_MISSING);
                });
            } else {
                assertThat(issues).as(pointer).isEmpty();
            }
        }
    }

    @Test
    void everyTypeHasRequiredFields() {
        for (ReportTypeDefinition definition : ReportTypeDefinitions.all()) {
            assertThat(definition.fields()).as(definition.type().code())
                    .anyMatch(FieldDefinition::required);
        }
    }

    private List<SubmissionIssue> issuesOf(ObjectNode document) {
        try {
            reader.read(document);
            return List.of();
        } catch (InvalidSubmissionException e) {
            return e.issues();
        }
    }

    private static ReportTypeDefinition definitionOf(String code) {
        return ReportTypeDefinitions.all().stream()
                .filter(definition -> definition.type().code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** Lists every JSON Pointer of the document that names an object member, depth first. */
    private static List<String> pointers(JsonNode node, String prefix) {
        List<String> pointers = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String pointer = prefix + "/" + field.getKey();
                pointers.add(pointer);
                pointers.addAll(pointers(field.getValue(), pointer));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isObject()) {
                    pointers.addAll(pointers(node.get(i), prefix + "/" + i));
                }
            }
        }
        return pointers;
    }

    private static String template(String pointer) {
        return pointer.replaceAll("/[0-9]+(?=/|$)", "/*");
    }

    private static boolean remove(ObjectNode document, String pointer) {
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = document.at(path.head());
        if (parent instanceof ObjectNode object) {
            object.remove(path.last().getMatchingProperty());
            return true;
        }
        return false;
    }
}
