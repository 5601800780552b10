package no.meldeport.routes.delivery;

import no.meldeport.model.Registry;

/** A registry response that counts as a failure for its circuit breaker: a transient status or an unreadable response. */
public final class RegistryFaultException extends RuntimeException {

    public RegistryFaultException(Registry registry, String detail) {
        super("Registry " + registry.id() + " answered with a fault: " + detail, null, false, false);
    }
}
