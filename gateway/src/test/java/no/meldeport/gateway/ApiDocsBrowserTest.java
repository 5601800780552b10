package no.meldeport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browsable API page at {@code /docs}, rendered by a real headless Chromium from Debian's packages. */
class ApiDocsBrowserTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path browserDir;

    @Test
    void docsPageRendersEveryPathFromLocalAssets() throws Exception {
        try (RunningGateway running = RunningGateway.start(dataDir)) {
            String dom = HeadlessChromium.renderedDom(running.baseUrl() + "/docs", 10_000, browserDir);

            // Swagger UI builds one block per operation from /openapi.yaml once its scripts have run.
            assertThat(dom).contains("swagger-ui");
            assertThat(dom).contains("/fhir/$process-message");
            assertThat(dom).contains("/api/v1/reports");
            assertThat(dom).contains("/api/v1/submissions/{id}/receipt");
            assertThat(countOperations(dom)).isGreaterThanOrEqualTo(10);
            assertThat(dom).doesNotContain("Failed to load API definition");
            assertThat(externalScriptOrStyle(dom)).as("assets from another host").isNull();
        }
    }

    private static int countOperations(String dom) {
        Matcher matcher = Pattern.compile("class=\"opblock opblock-").matcher(dom);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** Returns the first script or stylesheet URL that points at another host, or null when all are local. */
    private static String externalScriptOrStyle(String dom) {
        Matcher matcher = Pattern.compile("<(?:script|link)[^>]+(?:src|href)=\"(https?://[^\"]+)\"").matcher(dom);
        while (matcher.find()) {
            String url = matcher.group(1);
            if (!url.startsWith("http://127.0.0.1") && !url.startsWith("http://localhost")) {
                return url;
            }
        }
        return null;
    }
}
