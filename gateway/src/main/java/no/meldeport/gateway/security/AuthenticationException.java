package no.meldeport.gateway.security;

import java.util.Map;

/**
 * A request without valid credentials. The status is 400 for {@link #INVALID_REQUEST} and 401 otherwise
 * (RFC 6750 section 3.1, RFC 9449 section 7.1). {@link #error()} is null when the request carried no credentials at
 * all (no {@code Authorization} header or an unsupported scheme), because RFC 6750 section 3.1 recommends a challenge
 * without error code then.
 */
public final class AuthenticationException extends GatewaySecurityException {

    public static final String INVALID_REQUEST = "invalid_request";
    public static final String INVALID_TOKEN = "invalid_token";
    public static final String INVALID_DPOP_PROOF = "invalid_dpop_proof";

    private final AuthScheme scheme;
    private final String error;
    private final String dpopAlgorithms;

    /**
     * @param scheme the scheme of the challenge: the one the client should use
     * @param error one of the constants of this class, or null for missing credentials
     * @param description a short English text without token content
     * @param dpopAlgorithms the {@code algs} parameter of a DPoP challenge, for example {@code ES256 PS256 RS256}
     */
    public AuthenticationException(AuthScheme scheme, String error, String description, String dpopAlgorithms,
            Throwable cause) {
        super(description, cause);
        if (error != null && !error.equals(INVALID_REQUEST) && !error.equals(INVALID_TOKEN)
                && !error.equals(INVALID_DPOP_PROOF)) {
            throw new IllegalArgumentException("Unknown authentication error code '" + error + "'");
        }
        this.scheme = scheme;
        this.error = error;
        this.dpopAlgorithms = dpopAlgorithms;
    }

    public AuthScheme scheme() {
        return scheme;
    }

    /** The OAuth error code, or null when the request carried no credentials. */
    public String error() {
        return error;
    }

    @Override
    public int httpStatus() {
        return INVALID_REQUEST.equals(error) ? 400 : 401;
    }

    /**
     * Returns the {@code WWW-Authenticate} value, for example
     * {@code DPoP realm="meldeport", algs="ES256 PS256 RS256", error="invalid_dpop_proof", error_description="..."}.
     */
    public String wwwAuthenticateHeader() {
        Challenge challenge = Challenge.of(scheme, dpopAlgorithms);
        if (error != null) {
            challenge.parameter("error", error).parameter("error_description", description());
        }
        return challenge.render();
    }

    @Override
    public Map<String, String> responseHeaders() {
        return Map.of("WWW-Authenticate", wwwAuthenticateHeader());
    }
}
