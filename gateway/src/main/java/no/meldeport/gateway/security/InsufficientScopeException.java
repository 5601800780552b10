package no.meldeport.gateway.security;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A valid token that lacks a scope the request needs: 403 with {@code error="insufficient_scope"} and the
 * {@code scope} challenge parameter listing every scope the request needs (RFC 6750 section 3.1).
 */
public final class InsufficientScopeException extends GatewaySecurityException {

    public static final String INSUFFICIENT_SCOPE = "insufficient_scope";

    private final String clientId;
    private final AuthScheme scheme;
    private final SortedSet<String> missingScopes;
    private final SortedSet<String> requiredScopes;
    private final String dpopAlgorithms;

    public InsufficientScopeException(String clientId, AuthScheme scheme, Set<String> missingScopes,
            Set<String> requiredScopes, String dpopAlgorithms) {
        super("Token lacks scope " + String.join(" ", new TreeSet<>(missingScopes)), null);
        this.clientId = clientId;
        this.scheme = scheme;
        this.missingScopes = Collections.unmodifiableSortedSet(new TreeSet<>(missingScopes));
        this.requiredScopes = Collections.unmodifiableSortedSet(new TreeSet<>(requiredScopes));
        this.dpopAlgorithms = dpopAlgorithms;
    }

    public String clientId() {
        return clientId;
    }

    public AuthScheme scheme() {
        return scheme;
    }

    /** The required scopes the token does not carry, sorted. */
    public SortedSet<String> missingScopes() {
        return missingScopes;
    }

    /** Every scope the request needs, sorted. */
    public SortedSet<String> requiredScopes() {
        return requiredScopes;
    }

    public String error() {
        return INSUFFICIENT_SCOPE;
    }

    @Override
    public int httpStatus() {
        return 403;
    }

    /** Returns the {@code WWW-Authenticate} value, in the scheme the client authenticated with. */
    public String wwwAuthenticateHeader() {
        return Challenge.of(scheme, dpopAlgorithms)
                .parameter("error", INSUFFICIENT_SCOPE)
                .parameter("error_description", description())
                .parameter("scope", String.join(" ", requiredScopes))
                .render();
    }

    @Override
    public Map<String, String> responseHeaders() {
        return Map.of("WWW-Authenticate", wwwAuthenticateHeader());
    }
}
