package no.meldeport.routes.delivery;

/**
 * What one attempt led to. {@code registryFault} is true when the registry did not answer usefully (no answer, a
 * timeout, a transient status or an unreadable answer); those attempts count as failures for the circuit breaker,
 * while a receipt or a validation error shows a working registry.
 */
public record RecordedOutcome(AttemptOutcome outcome, boolean registryFault) {
}
