package no.meldeport.gateway.rest;

import java.util.Optional;
import no.meldeport.model.Registry;

/**
 * The source of each registry's circuit-breaker state for the registry status endpoint ({@code closed}, {@code open},
 * {@code half_open}, …). {@link #NONE} is for a gateway without circuit breakers: every state is then reported as
 * {@code unknown}.
 */
@FunctionalInterface
public interface CircuitStates {

    CircuitStates NONE = registry -> Optional.empty();

    /** Returns the circuit-breaker state of the registry's delivery route, lower case, if the gateway keeps one. */
    Optional<String> stateOf(Registry registry);
}
