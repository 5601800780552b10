package no.meldeport.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.meldeport.fixtures.simulator.RegistrySimulator;
import no.meldeport.gateway.RunningGateway;
import no.meldeport.model.Registry;
import no.meldeport.routes.delivery.DeliveryRouteNames;
import no.meldeport.routes.delivery.RegistryGuards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry that is down for a while: its circuit opens, it then only gets the half-open probes, the other
 * registries deliver as usual, and after recovery its backlog is delivered.
 */
class CircuitBreakerTest {

    private static final int HALF_OPEN_PROBES = 2;
    private static final int SUBMISSIONS = 15;

    @TempDir
    Path dataDir;

    private RunningGateway running;
    private Submissions submissions;

    @BeforeEach
    void startGateway() throws Exception {
        running = RunningGateway.start(dataDir, Map.of(
                "MELDEPORT_MAX_ATTEMPTS", "1000",
                "MELDEPORT_RETRY_INITIAL_DELAY_MS", "20",
                "MELDEPORT_RETRY_MAX_DELAY_MS", "50",
                "MELDEPORT_CB_WINDOW_SIZE", "10",
                "MELDEPORT_CB_MIN_CALLS", "5",
                "MELDEPORT_CB_FAILURE_RATE_PERCENT", "50",
                "MELDEPORT_CB_OPEN_MS", "1000",
                "MELDEPORT_CB_HALF_OPEN_CALLS", Integer.toString(HALF_OPEN_PROBES)));
        submissions = new Submissions(running);
    }

    @AfterEach
    void stopGateway() {
        running.close();
    }

    @Test
    void downRegistryGetsOnlyProbesWhileOthersDeliver() throws Exception {
        RegistrySimulator sysvak = running.simulators().sysvak();
        CircuitBreaker breaker = guards().forRegistry(Registry.SYSVAK).circuitBreaker();
        AtomicInteger halfOpenTransitions = new AtomicInteger();
        breaker.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == CircuitBreaker.State.HALF_OPEN) {
                halfOpenTransitions.incrementAndGet();
            }
        });
        sysvak.down();
        List<String> sysvakSubmissions = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            sysvakSubmissions.add(submissions.submitTo(Registry.SYSVAK));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> breaker.getState() == CircuitBreaker.State.OPEN);

        long requestsAtOpen = sysvak.requestCount();
        int transitionsAtOpen = halfOpenTransitions.get();
        Instant msisStart = Instant.now();
        List<String> msisSubmissions = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            msisSubmissions.add(submissions.submitTo(Registry.MSIS));
        }
        for (String id : msisSubmissions) {
            assertThat(submissions.awaitSettledDelivery(id, Duration.ofSeconds(10)).path("status").asText())
                    .isEqualTo("delivered");
        }
        Duration msisTime = Duration.between(msisStart, Instant.now());
        await().atLeast(Duration.ZERO).atMost(Duration.ofSeconds(10))
                .until(() -> halfOpenTransitions.get() - transitionsAtOpen >= 3);
        long requestsWhileOpen = sysvak.requestCount() - requestsAtOpen;
        int probeRounds = halfOpenTransitions.get() - transitionsAtOpen;

        System.out.printf("Circuit breaker: %d SYSVAK requests in %d half-open rounds while open; %d MSIS deliveries "
                + "took %d ms%n", requestsWhileOpen, probeRounds, SUBMISSIONS, msisTime.toMillis());
        assertThat(requestsWhileOpen).isLessThanOrEqualTo((long) HALF_OPEN_PROBES * (probeRounds + 1));
        assertThat(msisTime).isLessThan(Duration.ofSeconds(8));

        sysvak.up();

        for (String id : sysvakSubmissions) {
            assertThat(submissions.awaitSettledDelivery(id, Duration.ofSeconds(30)).path("status").asText())
                    .isEqualTo("delivered");
        }
        assertThat(sysvak.confirmedCount()).isEqualTo(SUBMISSIONS);
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    private RegistryGuards guards() {
        return running.gateway().camelContext().getRegistry()
                .lookupByNameAndType(DeliveryRouteNames.GUARDS_BEAN, RegistryGuards.class);
    }
}
