package no.meldeport.routes.delivery;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import no.meldeport.model.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The circuit breaker and the bulkhead of one registry (Resilience4j), so one registry's outage or slowness never
 * takes capacity from another. The route calls {@link #claimLimit} before it claims, so nothing is claimed while the
 * circuit is open and only the half-open probes are claimed after the wait, and it takes a {@link Permit} for each
 * request. Both are in memory: after a restart a circuit starts closed.
 */
public final class RegistryGuard {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryGuard.class);

    private final Registry registry;
    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;
    private final int halfOpenProbes;
    private final LongSupplier nanoTime;

    public RegistryGuard(Registry registry, CircuitBreakerConfig breakerConfig, BulkheadConfig bulkheadConfig,
            LongSupplier nanoTime) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.breaker = CircuitBreaker.of("registry-" + registry.id(), breakerConfig);
        this.bulkhead = Bulkhead.of("registry-" + registry.id(), bulkheadConfig);
        this.halfOpenProbes = breakerConfig.getPermittedNumberOfCallsInHalfOpenState();
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        breaker.getEventPublisher().onStateTransition(event -> LOG.warn(
                "Circuit breaker changed state registry={} transition={}", registry.id(),
                event.getStateTransition()));
    }

    public Registry registry() {
        return registry;
    }

    public CircuitBreaker circuitBreaker() {
        return breaker;
    }

    public Bulkhead bulkhead() {
        return bulkhead;
    }

    /**
     * Returns how many deliveries the route may claim now: none while the circuit is open (or all half-open probes are
     * out), at most the number of probes while it is half-open, else {@code batchSize}. Asking after the open wait has
     * passed moves the circuit to half-open.
     */
    public int claimLimit(int batchSize) {
        if (!breaker.tryAcquirePermission()) {
            return 0;
        }
        breaker.releasePermission();
        if (breaker.getState() == CircuitBreaker.State.HALF_OPEN) {
            return Math.min(batchSize, halfOpenProbes);
        }
        return batchSize;
    }

    /** Takes a bulkhead slot and a circuit-breaker permission for one request, or returns empty when either refuses. */
    public Optional<Permit> tryAcquire() {
        if (!bulkhead.tryAcquirePermission()) {
            return Optional.empty();
        }
        if (!breaker.tryAcquirePermission()) {
            bulkhead.onComplete();
            return Optional.empty();
        }
        return Optional.of(new Permit(nanoTime.getAsLong()));
    }

    /** The right to send one request. Exactly one of its methods takes effect; later calls do nothing. */
    public final class Permit {

        private final long startedNanos;
        private final AtomicBoolean finished = new AtomicBoolean();

        private Permit(long startedNanos) {
            this.startedNanos = startedNanos;
        }

        /** Returns the nanoseconds since the permit was taken. */
        public long elapsedNanos() {
            return nanoTime.getAsLong() - startedNanos;
        }

        /** Records a request the registry handled (a receipt or a validation error); slow ones still count as slow. */
        public void succeeded() {
            if (finished.compareAndSet(false, true)) {
                breaker.onSuccess(elapsedNanos(), TimeUnit.NANOSECONDS);
                bulkhead.onComplete();
            }
        }

        /** Records a request that failed at the registry: no response, a timeout, a transient status, an unreadable response. */
        public void failed(Throwable cause) {
            if (finished.compareAndSet(false, true)) {
                breaker.onError(elapsedNanos(), TimeUnit.NANOSECONDS, cause);
                bulkhead.onComplete();
            }
        }

        /** Gives the permit back without a result, when the request was never sent or its outcome is unknown. */
        public void abandon() {
            if (finished.compareAndSet(false, true)) {
                breaker.releasePermission();
                bulkhead.onComplete();
            }
        }
    }
}
