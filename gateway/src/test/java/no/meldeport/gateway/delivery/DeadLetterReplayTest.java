package no.meldeport.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import no.meldeport.fixtures.simulator.RegistrySimulator;
import no.meldeport.gateway.RunningGateway;
import no.meldeport.gateway.security.DevClients;
import no.meldeport.model.Registry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dead letters show in the status API, the operator API and the metrics; an operator's replay delivers them with the
 * same {@code Idempotency-Key}, and the audit names the operator.
 */
class DeadLetterReplayTest {

    private static final Duration SETTLE = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    private RunningGateway running;
    private Submissions submissions;
    private String operatorToken;

    @BeforeEach
    void startGateway() throws Exception {
        running = RunningGateway.start(dataDir, Map.of(
                "MELDEPORT_MAX_ATTEMPTS", "3",
                "MELDEPORT_RETRY_INITIAL_DELAY_MS", "50",
                "MELDEPORT_RETRY_MAX_DELAY_MS", "100",
                "MELDEPORT_CB_WINDOW_SIZE", "1000",
                "MELDEPORT_CB_MIN_CALLS", "1000"));
        submissions = new Submissions(running);
        operatorToken = running.token(DevClients.OPERATOR, "meldeport:ops");
    }

    @AfterEach
    void stopGateway() {
        running.close();
    }

    @Test
    void deadLetterIsReplayedWithSameKeyAndAudited() throws Exception {
        RegistrySimulator nav = running.simulators().nav();
        nav.failNextWith(502, 3);
        String submissionId = submissions.submitTo(Registry.NAV);
        JsonNode dead = submissions.awaitSettledDelivery(submissionId, SETTLE);
        String deliveryId = dead.path("deliveryId").asText();

        assertThat(dead.path("status").asText()).isEqualTo("dead");
        assertThat(dead.path("attempts").asInt()).isEqualTo(3);
        assertThat(dead.path("lastError").asText()).startsWith("gave up after 3 attempts");
        // The outbox gauges reuse their query result for up to a second.
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(metric("meldeport_dead_letters{registry=\"nav\"}")).isEqualTo(1.0));
        JsonNode listed = running.json(running.get("/ops/api/deliveries?status=dead&registry=nav", operatorToken));
        assertThat(listed.path("deliveries")).singleElement()
                .satisfies(entry -> assertThat(entry.path("id").asText()).isEqualTo(deliveryId));

        HttpResponse<String> replay =
                running.post("/ops/api/deliveries/" + deliveryId + "/replay", operatorToken, null, new byte[0], Map.of());

        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
        assertThat(running.json(replay).path("replays").asInt()).isEqualTo(1);
        JsonNode delivered = submissions.awaitSettledDelivery(submissionId, SETTLE);
        assertThat(delivered.path("status").asText()).isEqualTo("delivered");
        assertThat(nav.receivedKeys()).containsOnly(deliveryId).hasSize(4);
        assertThat(nav.receiptIdFor(deliveryId)).contains(delivered.path("receiptId").asText());
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(metric("meldeport_dead_letters{registry=\"nav\"}")).isZero());

        JsonNode detail = running.json(running.get("/ops/api/deliveries/" + deliveryId, operatorToken));
        assertThat(detail.path("replays")).singleElement().satisfies(entry -> {
            assertThat(entry.path("clientId").asText()).isEqualTo(DevClients.OPERATOR);
            assertThat(entry.path("path").asText()).isEqualTo("/ops/api/deliveries/" + deliveryId + "/replay");
        });
        assertThat(detail.path("delivery").path("history")).hasSize(4);
        assertThat(detail.path("delivery").path("history").get(3).path("replayRound").asInt()).isEqualTo(1);
        assertThat(metric("meldeport_deliveries_total{outcome=\"dead\",registry=\"nav\"}")).isEqualTo(1.0);
        assertThat(metric("meldeport_deliveries_total{outcome=\"delivered\",registry=\"nav\"}")).isEqualTo(1.0);
    }

    @Test
    void registryReplayDeliversAllItsDeadLetters() throws Exception {
        RegistrySimulator msis = running.simulators().msis();
        msis.down();
        String first = submissions.submitTo(Registry.MSIS);
        String second = submissions.submit(no.meldeport.fixtures.samples.Samples.byName(
                "klinikermelding-pertussis-icpc2"));
        assertThat(submissions.awaitSettledDelivery(first, SETTLE).path("status").asText()).isEqualTo("dead");
        assertThat(submissions.awaitSettledDelivery(second, SETTLE).path("status").asText()).isEqualTo("dead");
        msis.up();

        HttpResponse<String> replay =
                running.post("/ops/api/registries/msis/replay", operatorToken, null, new byte[0], Map.of());

        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
        assertThat(running.json(replay).path("replayed").asInt()).isEqualTo(2);
        assertThat(submissions.awaitSettledDelivery(first, SETTLE).path("status").asText()).isEqualTo("delivered");
        assertThat(submissions.awaitSettledDelivery(second, SETTLE).path("status").asText()).isEqualTo("delivered");
        assertThat(msis.confirmedCount()).isEqualTo(2);
    }

    @Test
    void replayNeedsOpsScope() throws Exception {
        HttpResponse<String> withoutScope = running.post("/ops/api/registries/msis/replay", submissions.token(), null,
                new byte[0], Map.of());
        HttpResponse<String> withoutToken =
                running.post("/ops/api/registries/msis/replay", null, null, new byte[0], Map.of());

        assertThat(withoutScope.statusCode()).isEqualTo(403);
        assertThat(withoutScope.headers().firstValue("WWW-Authenticate").orElse(""))
                .contains("insufficient_scope").contains("meldeport:ops");
        assertThat(withoutToken.statusCode()).isEqualTo(401);
    }

    @Test
    void replayOfDeliveredOrUnknownDeliveryIsRefused() throws Exception {
        String submissionId = submissions.submitTo(Registry.SYSVAK);
        String deliveryId = submissions.awaitSettledDelivery(submissionId, SETTLE).path("deliveryId").asText();

        HttpResponse<String> delivered =
                running.post("/ops/api/deliveries/" + deliveryId + "/replay", operatorToken, null, new byte[0], Map.of());
        HttpResponse<String> unknown = running.post("/ops/api/deliveries/00000000-0000-4000-8000-000000000000/replay",
                operatorToken, null, new byte[0], Map.of());
        HttpResponse<String> badRegistry =
                running.post("/ops/api/registries/nope/replay", operatorToken, null, new byte[0], Map.of());

        assertThat(delivered.statusCode()).isEqualTo(409);
        assertThat(delivered.body()).contains("delivered");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(badRegistry.statusCode()).isEqualTo(404);
    }

    /** Reads one sample from {@code /metrics}, or NaN when it is absent. */
    private double metric(String sample) throws Exception {
        String text = running.get("/metrics", null).body();
        for (String line : text.split("\n")) {
            if (line.startsWith(sample + " ")) {
                return Double.parseDouble(line.substring(sample.length() + 1).trim());
            }
        }
        return Double.NaN;
    }
}
