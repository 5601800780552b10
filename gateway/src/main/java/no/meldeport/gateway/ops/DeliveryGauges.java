package no.meldeport.gateway.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import no.meldeport.gateway.store.DeliveryOperations;
import no.meldeport.model.Registry;
import no.meldeport.routes.delivery.DeliveryStatus;

/**
 * Gauges of the outbox per registry: {@code meldeport_delivery_backlog} (pending deliveries) and
 * {@code meldeport_dead_letters}. One scrape reads all of them, so the counts come from one query that is reused for
 * {@link #MAX_SNAPSHOT_AGE}.
 */
public final class DeliveryGauges {

    public static final String BACKLOG_METRIC = "meldeport.delivery.backlog";
    public static final String DEAD_LETTERS_METRIC = "meldeport.dead.letters";
    public static final String FAILED_METRIC = "meldeport.delivery.failed";

    static final Duration MAX_SNAPSHOT_AGE = Duration.ofSeconds(1);

    private final DeliveryOperations operations;
    private final Clock clock;
    private Map<Registry, Map<DeliveryStatus, Long>> snapshot = Map.of();
    private Instant snapshotAt = Instant.MIN;

    public DeliveryGauges(DeliveryOperations operations, Clock clock) {
        this.operations = operations;
        this.clock = clock;
    }

    public void bindTo(MeterRegistry meters) {
        for (Registry registry : Registry.values()) {
            register(meters, BACKLOG_METRIC, "Pending deliveries, due or waiting for a retry", registry,
                    DeliveryStatus.PENDING);
            register(meters, DEAD_LETTERS_METRIC, "Dead letters waiting for an operator's replay", registry,
                    DeliveryStatus.DEAD);
            register(meters, FAILED_METRIC, "Deliveries failed for good, mostly registry rejections", registry,
                    DeliveryStatus.FAILED);
        }
    }

    private void register(MeterRegistry meters, String name, String description, Registry registry,
            DeliveryStatus status) {
        Gauge.builder(name, this, gauges -> gauges.count(registry, status))
                .description(description)
                .tag("registry", registry.id())
                // Micrometer holds the state object weakly by default, and nothing else keeps this one.
                .strongReference(true)
                .register(meters);
    }

    private synchronized double count(Registry registry, DeliveryStatus status) {
        Instant now = clock.instant();
        if (now.isAfter(snapshotAt.plus(MAX_SNAPSHOT_AGE)) || now.isBefore(snapshotAt)) {
            snapshot = operations.countByRegistryAndStatus();
            snapshotAt = now;
        }
        return snapshot.getOrDefault(registry, Map.of()).getOrDefault(status, 0L);
    }
}
