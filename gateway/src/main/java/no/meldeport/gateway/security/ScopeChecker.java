package no.meldeport.gateway.security;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Checks that an authenticated client has every scope a request needs. */
public final class ScopeChecker {

    private final String dpopAlgorithms;

    public ScopeChecker(SecurityConfig config) {
        this.dpopAlgorithms = config.dpopAlgorithmsParameter();
    }

    /**
     * Returns normally when {@code client} has every scope in {@code requiredScopes}.
     *
     * @throws InsufficientScopeException naming every missing scope, with the challenge in the client's scheme
     */
    public void check(AuthenticatedClient client, Set<String> requiredScopes) {
        Objects.requireNonNull(client, "client");
        Set<String> missing = new TreeSet<>(requiredScopes);
        missing.removeAll(client.scopes());
        if (!missing.isEmpty()) {
            throw new InsufficientScopeException(client.clientId(), client.scheme(), missing, requiredScopes,
                    dpopAlgorithms);
        }
    }
}
