package no.meldeport.gateway.security;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates one HTTP request from its {@code Authorization} and {@code DPoP} headers: the one entry point the
 * ingress calls for every {@code /fhir} and {@code /api} request.
 *
 * <ul>
 *   <li>{@code Authorization: DPoP <token>} needs a DPoP-bound token (with {@code cnf.jkt}) and a valid proof in the
 *       {@code DPoP} header.</li>
 *   <li>{@code Authorization: Bearer <token>} is accepted only when DPoP is not required and the token is not
 *       DPoP-bound; a {@code DPoP} header is then ignored.</li>
 * </ul>
 *
 * Every rejection is a {@link GatewaySecurityException}: {@link AuthenticationException} (400/401) for the client's
 * credentials, {@link AuthenticationUnavailableException} (503) when the issuer's keys or the replay cache fail.
 */
public final class RequestAuthenticator {

    private static final Logger LOG = LoggerFactory.getLogger(RequestAuthenticator.class);

    /** The {@code token68} syntax of RFC 9110 section 11.2, which a compact JWT satisfies. */
    private static final Pattern TOKEN68 = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

    private final SecurityConfig config;
    private final AccessTokenValidator tokenValidator;
    private final DpopProofValidator proofValidator;

    public RequestAuthenticator(SecurityConfig config, AccessTokenValidator tokenValidator,
            DpopProofValidator proofValidator) {
        this.config = Objects.requireNonNull(config, "config");
        this.tokenValidator = Objects.requireNonNull(tokenValidator, "tokenValidator");
        this.proofValidator = Objects.requireNonNull(proofValidator, "proofValidator");
    }

    /** Creates an authenticator with its own token validator, proof validator and jti replay cache. */
    public static RequestAuthenticator create(SecurityConfig config, VerificationKeySource keySource, Clock clock) {
        return new RequestAuthenticator(config,
                new AccessTokenValidator(config, keySource, clock),
                new DpopProofValidator(config, JtiReplayCache.from(config, clock), clock));
    }

    /**
     * Authenticates a request.
     *
     * @param method the HTTP method as received, for example {@code POST}
     * @param requestUri the absolute URI the client sent the request to, with the scheme, host and port of the public
     *     address rather than of a proxy's upstream. Query and fragment are ignored.
     * @param authorizationHeader the {@code Authorization} value, or null when absent
     * @param dpopHeader the {@code DPoP} value, or null when absent; several header fields must be passed joined
     *     with commas, and are then rejected
     * @throws AuthenticationException when the credentials are missing or invalid
     * @throws AuthenticationUnavailableException when the credentials cannot be checked right now
     */
    public AuthenticatedClient authenticate(String method, URI requestUri, String authorizationHeader,
            String dpopHeader) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(requestUri, "requestUri");
        AuthScheme expectedScheme = config.dpopRequired() ? AuthScheme.DPOP : AuthScheme.BEARER;
        if (authorizationHeader == null || authorizationHeader.isBlank()) {
            throw reject(expectedScheme, null, "Missing Authorization header; send an access token with the "
                    + expectedScheme.headerName() + " scheme", null);
        }
        String header = authorizationHeader.trim();
        int space = header.indexOf(' ');
        String schemeName = space < 0 ? header : header.substring(0, space);
        String token = space < 0 ? "" : header.substring(space + 1).trim();
        AuthScheme scheme = parseScheme(schemeName);
        if (scheme == null) {
            throw reject(expectedScheme, null, "Unsupported authorization scheme; use "
                    + expectedScheme.headerName(), null);
        }
        if (!TOKEN68.matcher(token).matches()) {
            throw reject(scheme, AuthenticationException.INVALID_REQUEST, "Malformed Authorization header;"
                    + " expected '" + scheme.headerName() + " <access token>'", null);
        }
        if (scheme == AuthScheme.BEARER && config.dpopRequired()) {
            throw reject(AuthScheme.DPOP, AuthenticationException.INVALID_TOKEN, "DPoP is required; send a"
                    + " DPoP-bound token with Authorization: DPoP and a DPoP proof", null);
        }
        AuthenticatedClient client = validateToken(scheme, token);
        if (scheme == AuthScheme.BEARER) {
            if (client.dpopBound()) {
                throw reject(AuthScheme.DPOP, AuthenticationException.INVALID_TOKEN, "DPoP-bound access token"
                        + " must be sent with Authorization: DPoP and a DPoP proof", null);
            }
            return client;
        }
        if (!client.dpopBound()) {
            String fix = config.dpopRequired() ? "request a DPoP-bound token" : "send it with the Bearer scheme";
            throw reject(AuthScheme.DPOP, AuthenticationException.INVALID_TOKEN, "Access token is not DPoP-bound"
                    + " (no cnf.jkt); " + fix, null);
        }
        checkProof(method, requestUri, dpopHeader, token, client);
        return client;
    }

    private AuthenticatedClient validateToken(AuthScheme scheme, String token) {
        try {
            return tokenValidator.validate(token);
        } catch (InvalidAccessTokenException e) {
            throw reject(scheme, AuthenticationException.INVALID_TOKEN, e.getMessage(), e);
        } catch (JwksUnavailableException e) {
            LOG.warn("Cannot validate access tokens: issuer keys unavailable reason={}", e.getMessage());
            throw new AuthenticationUnavailableException("The token issuer's keys cannot be fetched; retry later",
                    ceilSeconds(config.jwksMinRefreshInterval()), e);
        }
    }

    private void checkProof(String method, URI requestUri, String dpopHeader, String token,
            AuthenticatedClient client) {
        try {
            proofValidator.validateForResourceRequest(dpopHeader, method, requestUri, token,
                    client.confirmationThumbprint());
        } catch (InvalidDpopProofException e) {
            LOG.debug("Rejected DPoP proof clientId={} reason={}", client.clientId(), e.getMessage());
            throw reject(AuthScheme.DPOP, AuthenticationException.INVALID_DPOP_PROOF, e.getMessage(), e);
        } catch (ReplayCacheFullException e) {
            LOG.warn("Cannot check DPoP proofs for replay clientId={} reason={}", client.clientId(), e.getMessage());
            throw new AuthenticationUnavailableException("DPoP proofs cannot be checked for replay; retry later",
                    ceilSeconds(config.dpopProofLifetime()), e);
        }
    }

    private AuthenticationException reject(AuthScheme scheme, String error, String description, Throwable cause) {
        LOG.debug("Rejected credentials scheme={} error={} reason={}", scheme.headerName(), error, description);
        return new AuthenticationException(scheme, error, description, config.dpopAlgorithmsParameter(), cause);
    }

    private static AuthScheme parseScheme(String name) {
        for (AuthScheme scheme : AuthScheme.values()) {
            // Auth scheme names are case-insensitive (RFC 9110 section 11.1).
            if (scheme.headerName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return scheme;
            }
        }
        return null;
    }

    static long ceilSeconds(Duration duration) {
        long seconds = duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
