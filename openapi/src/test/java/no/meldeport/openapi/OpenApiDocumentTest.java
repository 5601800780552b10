package no.meldeport.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.meldeport.fixtures.samples.RestSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The description is valid OpenAPI 3.1, and its report schemas accept every REST sample and nothing more. */
class OpenApiDocumentTest {

    private static final String RESOURCE = "openapi.yaml";
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31());
    private static final Schema REPORT_DOCUMENT =
            SCHEMAS.getSchema(SchemaLocation.of("classpath:" + RESOURCE + "#/components/schemas/ReportDocument"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void documentIsValidOpenApi31() throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);

        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text(), null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getSpecVersion()).isEqualTo(SpecVersion.V31);
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getComponents().getSecuritySchemes()).containsKeys("helseid", "dpop");
    }

    static Stream<RestSamples.Twin> samples() {
        return RestSamples.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void restSampleMatchesReportDocument(RestSamples.Twin twin) throws IOException {
        JsonNode sample = JSON.readTree(twin.sample().bytes());

        assertThat(REPORT_DOCUMENT.validate(sample)).isEmpty();
    }

    @Test
    void unknownFieldAndWrongPartAreRejected() throws IOException {
        ObjectNode unknownField = (ObjectNode) JSON.readTree(RestSamples.byName("vaccination-influenza").bytes());
        ((ObjectNode) unknownField.path("vaksinasjoner").get(0)).put("batchnr", "X");
        ObjectNode wrongPart = (ObjectNode) JSON.readTree(RestSamples.byName("vaccination-influenza").bytes());
        wrongPart.set("sykmeldinger", JSON.readTree(RestSamples.byName("sykmelding-one-period").bytes())
                .path("sykmeldinger"));

        assertThat(REPORT_DOCUMENT.validate(unknownField)).isNotEmpty();
        assertThat(REPORT_DOCUMENT.validate(wrongPart)).isNotEmpty();
    }

    @Test
    void inlineExamplesMatchTheirSchemas() throws IOException {
        JsonNode document = new YAMLMapper().readTree(text());
        List<String> checked = new ArrayList<>();

        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                JsonNode content = operation.getValue().path("requestBody").path("content");
                for (Iterator<Map.Entry<String, JsonNode>> media = content.fields(); media.hasNext(); ) {
                    Map.Entry<String, JsonNode> type = media.next();
                    String schemaPointer = "/paths/" + path.getKey().replace("~", "~0").replace("/", "~1") + "/"
                            + operation.getKey() + "/requestBody/content/" + type.getKey().replace("/", "~1")
                            + "/schema";
                    Schema schema = SCHEMAS.getSchema(SchemaLocation.of("classpath:" + RESOURCE + "#" + schemaPointer));
                    for (JsonNode example : type.getValue().path("examples")) {
                        assertThat(schema.validate(example.path("value"))).as(schemaPointer).isEmpty();
                        checked.add(schemaPointer);
                    }
                }
            }
        }

        assertThat(checked).isNotEmpty();
    }

    @Test
    void everyAuthenticatedOperationDocumentsUnauthorized() throws IOException {
        JsonNode document = new YAMLMapper().readTree(text());
        List<String> missing = new ArrayList<>();

        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            boolean open = op.getValue().has("security") && op.getValue().path("security").isEmpty();
            if (!open && !op.getValue().path("responses").has("401")) {
                missing.add(op.getKey() + " " + path.getKey());
            }
        }));

        assertThat(missing).isEmpty();
    }

    private static String text() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
