package no.meldeport.routes.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import no.meldeport.model.Registry;

/** The {@link RegistryGuard} of every registry, looked up by the delivery processors. */
public final class RegistryGuards {

    /** Gauge: 1 for the circuit breaker's current state of a registry, 0 for the other states. */
    public static final String CIRCUIT_STATE_METRIC = "meldeport.circuit.breaker.state";
    /** Gauge: free bulkhead slots (concurrent requests that may still start) of a registry. */
    public static final String BULKHEAD_AVAILABLE_METRIC = "meldeport.bulkhead.available";

    private final Map<Registry, RegistryGuard> guards;

    public RegistryGuards(Map<Registry, RegistryGuard> guards) {
        this.guards = new EnumMap<>(guards);
    }

    /** Returns the guard of a registry, or throws {@link IllegalStateException} when none is configured. */
    public RegistryGuard forRegistry(Registry registry) {
        RegistryGuard guard = guards.get(registry);
        if (guard == null) {
            throw new IllegalStateException("No circuit breaker configured for registry " + registry.id());
        }
        return guard;
    }

    /** Registers the circuit-breaker state and bulkhead gauges of every registry. */
    public void bindTo(MeterRegistry meters) {
        guards.forEach((registry, guard) -> {
            for (CircuitBreaker.State state : CircuitBreaker.State.values()) {
                Gauge.builder(CIRCUIT_STATE_METRIC, guard,
                                g -> g.circuitBreaker().getState() == state ? 1 : 0)
                        .tag("registry", registry.id())
                        .tag("state", state.name().toLowerCase(Locale.ROOT))
                        .description("1 for the current circuit-breaker state of the registry, else 0")
                        .strongReference(true)
                        .register(meters);
            }
            Gauge.builder(BULKHEAD_AVAILABLE_METRIC, guard,
                            g -> g.bulkhead().getMetrics().getAvailableConcurrentCalls())
                    .tag("registry", registry.id())
                    .description("Concurrent registry requests that may still start")
                    .strongReference(true)
                    .register(meters);
        });
    }
}
