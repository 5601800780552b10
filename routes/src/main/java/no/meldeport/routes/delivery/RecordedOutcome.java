package no.meldeport.routes.delivery;

/**
 * The result of one attempt. {@code registryFault} is true when the registry did not respond usefully (no response,
 * a timeout, a transient status or an unreadable response); those attempts count as failures for the circuit breaker,
 * while a receipt or a validation error shows a working registry.
 */
public record RecordedOutcome(AttemptOutcome outcome, boolean registryFault) {
}
