package no.meldeport.gateway.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.meldeport.gateway.config.MaintenanceWindow;
import no.meldeport.gateway.ingress.AuthenticateProcessor;
import no.meldeport.gateway.ingress.IngressErrorHandling;
import no.meldeport.gateway.ingress.IngressPaths;
import no.meldeport.gateway.receipt.JournalTexts;
import no.meldeport.gateway.store.SubmissionStore;
import no.meldeport.model.Registry;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code GET /api/v1/registries}: each registry's availability as the gateway observes it, so an EPJ can tell the GP
 * that a report waits and is delivered later instead of failing. The backlog and the age of the oldest pending
 * delivery come from the outbox, the circuit state from {@link CircuitStates}, and the maintenance windows from
 * configuration.
 */
public final class RegistryStatusRoutes extends RouteBuilder {

    public static final String ROUTE_ID = "registry-status";

    private final SubmissionStore store;
    private final CircuitStates circuits;
    private final List<MaintenanceWindow> windows;
    private final Clock clock;

    public RegistryStatusRoutes(SubmissionStore store, CircuitStates circuits, List<MaintenanceWindow> windows,
            Clock clock) {
        this.store = store;
        this.circuits = circuits;
        this.windows = List.copyOf(windows);
        this.clock = clock;
    }

    @Override
    public void configure() {
        from(IngressPaths.endpoint(ApiPaths.REGISTRIES, "GET"))
                .routeId(ROUTE_ID)
                .routeConfigurationId(IngressErrorHandling.CONFIGURATION_ID)
                .process("#" + AuthenticateProcessor.BEAN)
                .process(this::status);
    }

    private void status(Exchange exchange) {
        ApiResponses.json(exchange.getMessage(), 200, report(clock.instant()));
    }

    /** Builds the status of every registry at {@code now}. */
    RegistriesStatus report(Instant now) {
        Map<String, SubmissionStore.Backlog> backlog = store.backlog();
        List<RegistryStatus> registries = new ArrayList<>();
        for (Registry registry : Registry.values()) {
            SubmissionStore.Backlog pending = backlog.getOrDefault(registry.id(),
                    new SubmissionStore.Backlog(0, null, 0));
            List<Window> own = windows.stream()
                    .filter(window -> window.registry() == registry && window.end().isAfter(now))
                    .map(window -> new Window(window.start(), window.end(), window.isActiveAt(now)))
                    .toList();
            registries.add(status(registry, pending, own, circuits.stateOf(registry), now));
        }
        return new RegistriesStatus(now, registries);
    }

    private static RegistryStatus status(Registry registry, SubmissionStore.Backlog pending, List<Window> windows,
            Optional<String> circuit, Instant now) {
        String name = registry.displayName();
        Optional<Window> active = windows.stream().filter(Window::active).findFirst();
        String availability;
        String message;
        if (active.isPresent()) {
            availability = "maintenance";
            message = name + " har planlagt vedlikehold til " + JournalTexts.time(active.get().end())
                    + ". Meldingen leveres automatisk etterpå.";
        } else if (circuit.filter(state -> state.equals("open") || state.equals("forced_open")).isPresent()) {
            availability = "unavailable";
            message = name + " er utilgjengelig, meldingen leveres automatisk senere.";
        } else if (pending.retrying() > 0) {
            availability = "degraded";
            message = name + " svarer ikke som normalt, meldingen leveres automatisk senere.";
        } else {
            availability = "available";
            message = name + " tar imot meldinger.";
        }
        Long ageSeconds = pending.oldestPendingSince() == null ? null
                : Math.max(0, Duration.between(pending.oldestPendingSince(), now).toSeconds());
        return new RegistryStatus(registry.id(), name, availability, circuit.orElse("unknown"), pending.pending(),
                pending.retrying(), pending.oldestPendingSince(), ageSeconds, windows, message);
    }

    /** The response body: when it was computed, and one entry per registry. */
    public record RegistriesStatus(Instant checkedAt, List<RegistryStatus> registries) {
    }

    /**
     * One registry. {@code availability} is {@code available}, {@code degraded} (deliveries are being retried),
     * {@code unavailable} (the circuit breaker is open) or {@code maintenance} (a planned window is active);
     * {@code message} tells the GP in Norwegian what that means.
     */
    public record RegistryStatus(
            String registry,
            String name,
            String availability,
            String circuitState,
            long backlog,
            long retrying,
            Instant oldestPendingSince,
            Long oldestPendingAgeSeconds,
            List<Window> maintenanceWindows,
            String message) {
    }

    /** A planned maintenance window that has not ended yet. */
    public record Window(Instant start, Instant end, boolean active) {
    }
}
