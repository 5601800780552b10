package no.meldeport.routes.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import no.meldeport.model.Registry;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leases a batch of due deliveries of the route's registry and puts them in the body as a list. Claims nothing while
 * the registry's circuit is open, so waiting deliveries spend no attempts, and at most the half-open probes after the
 * open wait. About once per {@code expirySweepInterval} it first turns deliveries older than the registry's maximum
 * age into dead letters.
 */
public final class ClaimDeliveriesProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimDeliveriesProcessor.class);

    private final DeliveryQueue queue;
    private final RegistryGuards guards;
    private final Function<Registry, RetryPolicy> retryPolicies;
    private final int batchSize;
    private final Duration lease;
    private final Duration expirySweepInterval;
    private final Clock clock;
    private final Map<Registry, Instant> lastSweep = new ConcurrentHashMap<>();

    public ClaimDeliveriesProcessor(DeliveryQueue queue, RegistryGuards guards,
            Function<Registry, RetryPolicy> retryPolicies, int batchSize, Duration lease,
            Duration expirySweepInterval, Clock clock) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.guards = Objects.requireNonNull(guards, "guards");
        this.retryPolicies = Objects.requireNonNull(retryPolicies, "retryPolicies");
        this.batchSize = batchSize;
        this.lease = Objects.requireNonNull(lease, "lease");
        this.expirySweepInterval = Objects.requireNonNull(expirySweepInterval, "expirySweepInterval");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void process(Exchange exchange) {
        Registry registry = Registry.fromId(exchange.getProperty(DeliveryRouteNames.PROPERTY_REGISTRY, String.class));
        sweepExpired(registry);
        int limit = guards.forRegistry(registry).claimLimit(batchSize);
        List<ClaimedDelivery> claimed = limit == 0 ? List.of() : queue.claim(registry, limit, lease);
        exchange.getMessage().setBody(claimed);
    }

    private void sweepExpired(Registry registry) {
        Instant now = clock.instant();
        Instant last = lastSweep.get(registry);
        if (last != null && now.isBefore(last.plus(expirySweepInterval))) {
            return;
        }
        lastSweep.put(registry, now);
        int buried = queue.buryExpired(registry, now.minus(retryPolicies.apply(registry).maxAge()));
        if (buried > 0) {
            LOG.warn("Deliveries past their maximum age became dead letters registry={} count={}", registry.id(), buried);
        }
    }
}
