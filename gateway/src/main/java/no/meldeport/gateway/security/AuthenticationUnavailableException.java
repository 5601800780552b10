package no.meldeport.gateway.security;

import java.util.Map;

/**
 * Credentials that cannot be checked right now, through no fault of the client: the issuer's JWKS cannot be fetched,
 * or the DPoP replay cache is full. 503 with {@code Retry-After} in whole seconds.
 */
public final class AuthenticationUnavailableException extends GatewaySecurityException {

    private final long retryAfterSeconds;

    public AuthenticationUnavailableException(String description, long retryAfterSeconds, Throwable cause) {
        super(description, cause);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public int httpStatus() {
        return 503;
    }

    @Override
    public Map<String, String> responseHeaders() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
}
