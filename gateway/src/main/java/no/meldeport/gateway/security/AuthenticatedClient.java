package no.meldeport.gateway.security;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import no.meldeport.model.Reporter;

/**
 * The caller of a request as its validated access token describes it.
 *
 * @param clientId the token's {@code client_id}
 * @param scopes the token's scopes, with the {@code <audience>/} prefix of HelseID API scopes removed
 * @param reporter who reports, from the HelseID client and HPR claims; the user's fødselsnummer is never kept
 * @param tokenId the token's {@code jti}, or null when it has none
 * @param expiresAt the token's {@code exp}
 * @param confirmationThumbprint the token's {@code cnf.jkt} when it is DPoP-bound, else null
 */
public record AuthenticatedClient(
        String clientId,
        Set<String> scopes,
        Reporter reporter,
        String tokenId,
        Instant expiresAt,
        String confirmationThumbprint) {

    public AuthenticatedClient {
        Objects.requireNonNull(clientId, "clientId");
        scopes = Set.copyOf(scopes);
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    public boolean dpopBound() {
        return confirmationThumbprint != null;
    }

    /** The scheme the token must be presented with: DPoP for a bound token, else Bearer. */
    public AuthScheme scheme() {
        return dpopBound() ? AuthScheme.DPOP : AuthScheme.BEARER;
    }
}
