package no.meldeport.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import no.meldeport.fixtures.samples.Sample;
import no.meldeport.fixtures.samples.Samples;
import no.meldeport.gateway.security.DevClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operators' page at {@code /ops}, rendered by a real headless Chromium with an operator token. */
class OpsPageBrowserTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path browserDir;

    @Test
    void pageShowsRegistriesAndDeadLetterInNorwegian() throws Exception {
        try (RunningGateway running = RunningGateway.start(dataDir, Map.of("MELDEPORT_MAX_ATTEMPTS", "1"))) {
            running.simulators().sysvak().down();
            String submitter = running.token(DevClients.GP_OFFICE, "meldeport:sysvak");
            Sample sample = Samples.byName("vaccination-influenza");
            HttpResponse<String> accepted =
                    running.post("/fhir/$process-message", submitter, sample.contentType(), sample.bytes(), Map.of());
            String statusPath = accepted.headers().firstValue("Location").orElseThrow()
                    .substring(running.baseUrl().length());
            String deliveryId = await().atMost(Duration.ofSeconds(20)).until(
                    () -> running.json(running.get(statusPath, submitter)).path("deliveries").get(0),
                    delivery -> "dead".equals(delivery.path("status").asText())).path("deliveryId").asText();
            String operator = running.token(DevClients.OPERATOR, "meldeport:ops");

            String dom = HeadlessChromium.renderedDom(
                    running.baseUrl() + "/ops#token=" + operator, 10_000, browserDir, "nb-NO");

            assertThat(dom).contains("<html lang=\"nb\"");
            assertThat(dom).contains("<h1 id=\"title\">Meldeport – drift</h1>");
            assertThat(dom).contains(">Døde meldinger og avviste leveranser</h2>");
            assertThat(dom).contains("data-registry=\"sysvak\"");
            assertThat(dom).contains("data-delivery=\"" + deliveryId + "\"");
            assertThat(dom).contains("<button>Send på nytt</button>");
            assertThat(dom).contains("<p id=\"error\" role=\"alert\"></p>");
            assertThat(dom).doesNotContain(operator);
        }
    }

    @Test
    void pageIsEnglishWhenPreferred() throws Exception {
        try (RunningGateway running = RunningGateway.start(dataDir)) {
            HttpResponse<String> english = running.get("/ops", null, Map.of("Accept-Language", "en-GB,en;q=0.9,nb;q=0.5"));
            HttpResponse<String> norwegian = running.get("/ops", null, Map.of("Accept-Language", "nb-NO"));

            assertThat(english.statusCode()).isEqualTo(200);
            assertThat(english.body()).contains("<html lang=\"en\">");
            assertThat(english.headers().firstValue("Content-Language")).contains("en");
            assertThat(norwegian.body()).contains("<html lang=\"nb\">");
        }
    }
}
