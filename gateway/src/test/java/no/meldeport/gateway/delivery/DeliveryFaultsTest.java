package no.meldeport.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.meldeport.fixtures.simulator.RegistrySimulator;
import no.meldeport.gateway.RunningGateway;
import no.meldeport.gateway.store.DeliveryOperations;
import no.meldeport.gateway.store.DeliveryRecord;
import no.meldeport.model.Registry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each registry fault, from real HTTP in to the WireMock simulators out, ends in the right state after the right
 * number of attempts. The circuit breakers are set so they never open here; {@code CircuitBreakerTest} covers them.
 * Each test has at most one request in flight per registry, so the simulators' fault queues count exactly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryFaultsTest {

    private static final Duration SETTLE = Duration.ofSeconds(30);

    @TempDir
    static Path dataDir;

    private RunningGateway running;
    private Submissions submissions;

    @BeforeAll
    void startGateway() throws Exception {
        running = RunningGateway.start(dataDir, Map.of(
                "MELDEPORT_MAX_ATTEMPTS", "5",
                "MELDEPORT_MAX_UNREADABLE_ATTEMPTS", "3",
                "MELDEPORT_RETRY_INITIAL_DELAY_MS", "100",
                "MELDEPORT_RETRY_MAX_DELAY_MS", "400",
                "MELDEPORT_REGISTRY_TIMEOUT_MS", "2000",
                "MELDEPORT_CB_WINDOW_SIZE", "1000",
                "MELDEPORT_CB_MIN_CALLS", "1000"));
        submissions = new Submissions(running);
    }

    @AfterAll
    void stopGateway() {
        running.close();
    }

    @Test
    void serviceUnavailableBurstIsRetriedUntilDelivered() throws Exception {
        RegistrySimulator sysvak = running.simulators().sysvak();
        long before = sysvak.requestCount();
        sysvak.failNextWith(503, 3);

        JsonNode delivery = submissions.awaitSettledDelivery(submissions.submitTo(Registry.SYSVAK), SETTLE);

        assertThat(delivery.path("status").asText()).isEqualTo("delivered");
        assertThat(delivery.path("attempts").asInt()).isEqualTo(4);
        assertThat(sysvak.requestCount() - before).isEqualTo(4);
        assertThat(sysvak.receiptIdFor(delivery.path("deliveryId").asText()))
                .contains(delivery.path("receiptId").asText());
        assertThat(history(delivery)).extracting(DeliveryRecord.Attempt::httpStatus)
                .containsExactly(503, 503, 503, 201);
    }

    @Test
    void retryAfterIsHonoured() throws Exception {
        RegistrySimulator msis = running.simulators().msis();
        msis.respondWithRetryAfter(429, Duration.ofSeconds(2), 1);

        JsonNode delivery = submissions.awaitSettledDelivery(submissions.submitTo(Registry.MSIS), SETTLE);

        assertThat(delivery.path("status").asText()).isEqualTo("delivered");
        assertThat(delivery.path("attempts").asInt()).isEqualTo(2);
        DeliveryRecord.Attempt first = history(delivery).get(0);
        DeliveryRecord.Attempt second = history(delivery).get(1);
        assertThat(first.httpStatus()).isEqualTo(429);
        assertThat(Duration.between(first.finishedAt(), second.startedAt())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void slowAnswerTimesOutAndIsRetried() throws Exception {
        RegistrySimulator noklus = running.simulators().noklus();
        long before = noklus.requestCount();
        noklus.delayNext(Duration.ofSeconds(30), 1);

        JsonNode delivery = submissions.awaitSettledDelivery(submissions.submitTo(Registry.NOKLUS), SETTLE);

        assertThat(delivery.path("status").asText()).isEqualTo("delivered");
        assertThat(delivery.path("attempts").asInt()).isEqualTo(2);
        assertThat(noklus.requestCount() - before).isEqualTo(2);
        DeliveryRecord.Attempt timedOut = history(delivery).get(0);
        assertThat(timedOut.outcome()).isEqualTo("retry_scheduled");
        assertThat(timedOut.error()).contains("Timeout");
        assertThat(Duration.between(timedOut.startedAt(), timedOut.finishedAt()))
                .isBetween(Duration.ofMillis(1900), Duration.ofSeconds(5));
        // The registry stored the first message before answering late; the retry got the same receipt back.
        assertThat(noklus.receiptIdFor(delivery.path("deliveryId").asText()))
                .contains(delivery.path("receiptId").asText());
    }

    @Test
    void connectionResetIsRetried() throws Exception {
        RegistrySimulator nav = running.simulators().nav();
        long before = nav.requestCount();
        nav.connectionReset(2);

        JsonNode delivery = submissions.awaitSettledDelivery(submissions.submitTo(Registry.NAV), SETTLE);

        assertThat(delivery.path("status").asText()).isEqualTo("delivered");
        assertThat(delivery.path("attempts").asInt()).isEqualTo(3);
        assertThat(nav.requestCount() - before).isEqualTo(3);
        assertThat(history(delivery).get(0).error()).startsWith("request failed:");
        assertThat(history(delivery).get(0).httpStatus()).isNull();
    }

    @Test
    void garbageAnswersFailWithRawStatusAfterFewAttempts() throws Exception {
        RegistrySimulator sysvak = running.simulators().sysvak();
        long before = sysvak.requestCount();
        sysvak.garbage(3);

        JsonNode delivery = submissions.awaitSettledDelivery(submissions.submitTo(Registry.SYSVAK), SETTLE);

        assertThat(delivery.path("status").asText()).isEqualTo("failed");
        assertThat(delivery.path("attempts").asInt()).isEqualTo(3);
        assertThat(delivery.path("lastHttpStatus").asInt()).isEqualTo(200);
        assertThat(delivery.path("lastError").asText()).startsWith("unreadable registry answer, HTTP 200");
        assertThat(sysvak.requestCount() - before).isEqualTo(3);
    }

    @Test
    void validationErrorFailsAtOnceWithRegistryReason() throws Exception {
        RegistrySimulator msis = running.simulators().msis();
        long before = msis.requestCount();
        msis.rejectNext("MSIS-V03", "diagnosedato", "Diagnosedato mangler");

        JsonNode delivery = submissions.awaitSettledDelivery(submissions.submitTo(Registry.MSIS), SETTLE);

        assertThat(delivery.path("status").asText()).isEqualTo("failed");
        assertThat(delivery.path("attempts").asInt()).isEqualTo(1);
        assertThat(delivery.path("lastHttpStatus").asInt()).isEqualTo(400);
        assertThat(delivery.path("lastError").asText()).isEqualTo("MSIS-V03: diagnosedato: Diagnosedato mangler");
        assertThat(msis.requestCount() - before).isEqualTo(1);
    }

    private List<DeliveryRecord.Attempt> history(JsonNode delivery) {
        DeliveryOperations operations = new DeliveryOperations(running.gateway().dataSource(), Clock.systemUTC());
        return operations.find(delivery.path("deliveryId").asText()).orElseThrow().history();
    }
}
