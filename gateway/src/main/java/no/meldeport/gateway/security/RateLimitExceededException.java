package no.meldeport.gateway.security;

import java.time.Duration;
import java.util.Map;

/** A client over its request budget: 429 with {@code Retry-After} in whole seconds (at least 1). */
public final class RateLimitExceededException extends GatewaySecurityException {

    private final String clientId;
    private final long retryAfterSeconds;

    public RateLimitExceededException(String clientId, int limitForPeriod, Duration period, long retryAfterSeconds) {
        super("Rate limit of " + limitForPeriod + " requests per " + period.toMillis() + " ms exceeded for client "
                + clientId + "; retry after " + retryAfterSeconds + " s", null);
        this.clientId = clientId;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String clientId() {
        return clientId;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public int httpStatus() {
        return 429;
    }

    @Override
    public Map<String, String> responseHeaders() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
}
