package no.meldeport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The running gateway serves a valid OpenAPI 3.1 description and a browsable page that loads nothing from outside. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiServedTest {

    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @TempDir
    static Path dataDir;

    private RunningGateway running;

    @BeforeAll
    void startGateway() throws Exception {
        running = RunningGateway.start(dataDir);
    }

    @AfterAll
    void stopGateway() {
        running.close();
    }

    @Test
    void servedDescriptionIsValidOpenApi31() throws Exception {
        HttpResponse<String> response = running.get("/openapi.yaml", null);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);

        SwaggerParseResult result = new OpenAPIV3Parser().readContents(response.body(), null, options);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/yaml"));
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getSpecVersion()).isEqualTo(SpecVersion.V31);
        assertThat(result.getOpenAPI().getPaths()).containsKeys("/fhir/$process-message", "/api/v1/reports",
                "/api/v1/submissions/{id}/receipt", "/fhir/metadata");
    }

    @Test
    void docsPageLoadsOnlyLocalFiles() throws Exception {
        HttpResponse<String> page = running.get("/docs", null);
        List<String> references = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(page.body());
        while (matcher.find()) {
            references.add(matcher.group(1));
        }

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(references).isNotEmpty().allMatch(reference -> reference.startsWith("/docs/"));
        for (String reference : references) {
            assertThat(running.get(reference, null).statusCode()).as(reference).isEqualTo(200);
        }
        HttpResponse<String> script = running.get("/docs/meldeport-docs.js", null);
        assertThat(script.body()).contains("url: \"/openapi.yaml\"").contains("validatorUrl: null")
                .doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void unknownDocsFileIsNotFound() throws Exception {
        HttpResponse<String> response = running.get("/docs/..%2Fopenapi.yaml", null);

        assertThat(response.statusCode()).isEqualTo(404);
    }
}
