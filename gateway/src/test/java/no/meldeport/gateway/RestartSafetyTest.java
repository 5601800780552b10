package no.meldeport.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import no.meldeport.fixtures.samples.Sample;
import no.meldeport.fixtures.samples.Samples;
import no.meldeport.fixtures.simulator.Simulators;
import no.meldeport.gateway.config.GatewayConfig;
import no.meldeport.gateway.contract.CheckedHttp;
import no.meldeport.gateway.json.Json;
import no.meldeport.gateway.security.DevClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A submission accepted just before the gateway process is killed with SIGKILL is delivered after restart. */
class RestartSafetyTest {

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void acceptedSubmissionSurvivesKill() throws Exception {
        Sample sample = Samples.byName("encounter-vaccination-and-notifiable");
        int port = GatewayProcess.freePort();
        Path log = dataDir.resolve("gateway.log");
        try (Simulators simulators = Simulators.start()) {
            Map<String, String> variables = new HashMap<>();
            variables.put("MELDEPORT_MODE", "embedded");
            variables.put("MELDEPORT_DATA_DIR", dataDir.resolve("data").toString());
            simulators.baseUrls().forEach((registry, url) ->
                    variables.put(GatewayConfig.registryUrlVariable(registry), url));
            // The first process polls the outbox only once a minute, so nothing is delivered before the kill.
            Map<String, String> firstRun = new HashMap<>(variables);
            firstRun.put("MELDEPORT_POLL_INTERVAL_MS", "60000");

            GatewayProcess first = GatewayProcess.start(firstRun, port, log);
            String token = token(first.baseUrl());
            HttpResponse<String> accepted = CheckedHttp.send(http, HttpRequest.newBuilder(
                            URI.create(first.baseUrl() + "/fhir/$process-message"))
                    .header("Content-Type", sample.contentType())
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(sample.bytes()))
                    .build(), sample.bytes());
            first.kill();

            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            assertThat(simulators.sysvak().requestCount() + simulators.msis().requestCount()).isZero();

            try (GatewayProcess second = GatewayProcess.start(variables, port, log)) {
                String statusUrl = accepted.headers().firstValue("Location").orElseThrow();
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    assertThat(simulators.sysvak().confirmedCount()).isEqualTo(1);
                    assertThat(simulators.msis().confirmedCount()).isEqualTo(1);
                });
                String newToken = token(second.baseUrl());
                HttpResponse<String> status = CheckedHttp.send(http, HttpRequest.newBuilder(URI.create(statusUrl))
                        .header("Authorization", "Bearer " + newToken).build(), new byte[0]);
                assertThat(Json.mapper().readTree(status.body()).path("deliveries"))
                        .allSatisfy(delivery -> assertThat(delivery.path("status").asText()).isEqualTo("delivered"));
            }
        }
    }

    private String token(String baseUrl) throws Exception {
        String form = "grant_type=client_credentials&client_id="
                + URLEncoder.encode(DevClients.GP_OFFICE, StandardCharsets.UTF_8)
                + "&scope=" + URLEncoder.encode("meldeport:sysvak meldeport:msis", StandardCharsets.UTF_8);
        HttpResponse<String> response = CheckedHttp.send(http, HttpRequest.newBuilder(URI.create(baseUrl + "/dev/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), form.getBytes(StandardCharsets.UTF_8));
        return Json.mapper().readTree(response.body()).path("access_token").asText();
    }
}
