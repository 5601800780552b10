package no.meldeport.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.meldeport.fixtures.samples.Sample;
import no.meldeport.fixtures.samples.Samples;
import no.meldeport.fixtures.simulator.RegistrySimulator;
import no.meldeport.fixtures.simulator.Simulators;
import no.meldeport.gateway.GatewayProcess;
import no.meldeport.gateway.config.GatewayConfig;
import no.meldeport.gateway.json.Json;
import no.meldeport.gateway.security.DevClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to a gateway process while a registry request is in flight: the request finishes and is recorded, the
 * delivery claimed with it is left pending without a counted attempt, and the next start delivers it.
 */
class GracefulShutdownTest {

    private static final Duration REGISTRY_DELAY = Duration.ofSeconds(3);

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void sigtermFinishesInFlightRequestAndKeepsRestPending() throws Exception {
        int port = GatewayProcess.freePort();
        Path log = dataDir.resolve("gateway.log");
        try (Simulators simulators = Simulators.start()) {
            RegistrySimulator sysvak = simulators.sysvak();
            Map<String, String> variables = new HashMap<>();
            variables.put("MELDEPORT_MODE", "embedded");
            variables.put("MELDEPORT_DATA_DIR", dataDir.resolve("data").toString());
            variables.put("MELDEPORT_NODE_ID", "shutdown-test-node");
            variables.put("MELDEPORT_POLL_INTERVAL_MS", "50");
            // One request at a time, so the second delivery of the batch waits while the first is in flight.
            variables.put("MELDEPORT_SYSVAK_BULKHEAD_MAX_CONCURRENT", "1");
            variables.put("MELDEPORT_CLAIM_BATCH_SIZE", "2");
            simulators.baseUrls().forEach((registry, url) ->
                    variables.put(GatewayConfig.registryUrlVariable(registry), url));
            sysvak.delayAll(REGISTRY_DELAY);

            GatewayProcess first = GatewayProcess.start(variables, port, log);
            String token = token(first.baseUrl());
            // Two patients, so the outbox offers both deliveries in one claim.
            List<String> statusUrls = List.of(
                    submit(first.baseUrl(), token, Samples.byName("vaccination-influenza")),
                    submit(first.baseUrl(), token, Samples.byName("vaccination-d-number")));
            await().atMost(Duration.ofSeconds(10)).until(() -> sysvak.requestCount() == 1);
            Instant sigterm = Instant.now();
            int exitCode = first.terminate(Duration.ofSeconds(30));
            Duration shutdown = Duration.between(sigterm, Instant.now());

            System.out.printf("Graceful shutdown took %d ms with one %d ms registry request in flight%n",
                    shutdown.toMillis(), REGISTRY_DELAY.toMillis());
            assertThat(exitCode).isNotEqualTo(137);
            assertThat(sysvak.requestCount()).isEqualTo(1);
            assertThat(sysvak.confirmedCount()).isEqualTo(1);

            sysvak.delayAll(Duration.ZERO);
            try (GatewayProcess second = GatewayProcess.start(variables, port, log)) {
                String newToken = token(second.baseUrl());
                for (String statusUrl : statusUrls) {
                    JsonNode delivery = await().atMost(Duration.ofSeconds(20))
                            .until(() -> status(statusUrl, newToken), Submissions::settled)
                            .path("deliveries").get(0);
                    assertThat(delivery.path("status").asText()).isEqualTo("delivered");
                    assertThat(delivery.path("attempts").asInt()).isEqualTo(1);
                }
            }
            assertThat(sysvak.requestCount()).isEqualTo(2);
            assertThat(sysvak.confirmedCount()).isEqualTo(2);
        }
    }

    private String submit(String baseUrl, String token, Sample sample) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(baseUrl + Submissions.PROCESS_MESSAGE))
                .header("Content-Type", sample.contentType())
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(sample.bytes()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private JsonNode status(String statusUrl, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(statusUrl))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        return Json.mapper().readTree(response.body());
    }

    private String token(String baseUrl) throws Exception {
        String form = "grant_type=client_credentials&client_id="
                + URLEncoder.encode(DevClients.GP_OFFICE, StandardCharsets.UTF_8)
                + "&scope=" + URLEncoder.encode(Submissions.ALL_SCOPES, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/dev/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return Json.mapper().readTree(response.body()).path("access_token").asText();
    }
}
