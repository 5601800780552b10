package no.meldeport.gateway.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import no.meldeport.model.Registry;

/**
 * The delivery's failure handling: one {@link RegistryResilience} per registry, this node's id in leases, and how long
 * a shutdown waits for registry requests in flight.
 *
 * @param nodeId this node's name in outbox leases; a node that restarts under the same id takes back its own leases
 *     at once. Nodes sharing a database need distinct ids.
 * @param shutdownTimeout how long a stopping gateway waits for in-flight requests before it gives up on them
 */
public record ResilienceSettings(Map<Registry, RegistryResilience> registries, String nodeId, Duration shutdownTimeout) {

    public ResilienceSettings {
        registries = Map.copyOf(registries);
    }

    public RegistryResilience forRegistry(Registry registry) {
        return registries.get(registry);
    }

    static ResilienceSettings from(Settings settings) {
        Map<Registry, RegistryResilience> registries = new EnumMap<>(Registry.class);
        for (Registry registry : Registry.values()) {
            registries.put(registry, registry(new RegistrySettings(settings, registry)));
        }
        return new ResilienceSettings(
                registries,
                settings.string("MELDEPORT_NODE_ID", defaultNodeId()),
                settings.millis("MELDEPORT_SHUTDOWN_TIMEOUT_MS", Duration.ofSeconds(30), Duration.ofSeconds(1)));
    }

    private static RegistryResilience registry(RegistrySettings settings) {
        Duration initialDelay = settings.millis("RETRY_INITIAL_DELAY_MS", Duration.ofSeconds(1), Duration.ZERO);
        Duration maxDelay = settings.millis("RETRY_MAX_DELAY_MS", Duration.ofMinutes(5), Duration.ZERO);
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new ConfigException(settings.name("RETRY_MAX_DELAY_MS"), Long.toString(maxDelay.toMillis()),
                    "expected at least the initial delay of " + initialDelay.toMillis() + " ms");
        }
        int windowSize = settings.integer("CB_WINDOW_SIZE", 20, 1, 10_000);
        return new RegistryResilience(
                settings.integer("MAX_ATTEMPTS", 8, 1, 1000),
                initialDelay,
                maxDelay,
                settings.fraction("RETRY_JITTER", 0.2),
                settings.millis("DELIVERY_MAX_AGE_MS", Duration.ofHours(72), Duration.ofSeconds(1)),
                settings.integer("MAX_UNREADABLE_ATTEMPTS", 3, 1, 1000),
                settings.millis("REGISTRY_CONNECT_TIMEOUT_MS", Duration.ofSeconds(2), Duration.ofMillis(1)),
                settings.millis("REGISTRY_TIMEOUT_MS", Duration.ofSeconds(10), Duration.ofMillis(1)),
                settings.integer("BULKHEAD_MAX_CONCURRENT", 4, 1, 200),
                settings.integer("CB_FAILURE_RATE_PERCENT", 50, 1, 100),
                settings.integer("CB_SLOW_CALL_RATE_PERCENT", 80, 1, 100),
                settings.millis("CB_SLOW_CALL_MS", Duration.ofSeconds(5), Duration.ofMillis(1)),
                windowSize,
                settings.integer("CB_MIN_CALLS", Math.min(10, windowSize), 1, windowSize),
                settings.millis("CB_OPEN_MS", Duration.ofSeconds(30), Duration.ofMillis(1)),
                settings.integer("CB_HALF_OPEN_CALLS", 3, 1, 1000));
    }

    private static String defaultNodeId() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "meldeport";
        }
    }

    /** Reads {@code MELDEPORT_<REGISTRY>_<NAME>} when set, else {@code MELDEPORT_<NAME>}. */
    private record RegistrySettings(Settings settings, Registry registry) {

        String name(String suffix) {
            String specific = "MELDEPORT_" + registry.name().toUpperCase(Locale.ROOT) + "_" + suffix;
            return settings.optional(specific).isPresent() ? specific : "MELDEPORT_" + suffix;
        }

        int integer(String suffix, int defaultValue, int min, int max) {
            return settings.integer(name(suffix), defaultValue, min, max);
        }

        Duration millis(String suffix, Duration defaultValue, Duration min) {
            return settings.millis(name(suffix), defaultValue, min);
        }

        double fraction(String suffix, double defaultValue) {
            return settings.fraction(name(suffix), defaultValue);
        }
    }
}
