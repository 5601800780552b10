package no.meldeport.gateway.security;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.Objects;

/**
 * A request budget per client id: a Resilience4j {@link RateLimiter} per client, created on first use, that never
 * waits. Call it after authentication, so only client ids from valid tokens create limiters.
 *
 * <p>NOTE: the budget is per gateway node; with several nodes a client may make the configured number of requests on
 * each of them.
 */
public final class ClientRateLimiter {

    private static final String NAME_PREFIX = "client:";

    private final RateLimiterRegistry registry;
    private final int limitForPeriod;
    private final Duration refreshPeriod;

    public ClientRateLimiter(SecurityConfig config) {
        this(config.rateLimitForPeriod(), config.rateLimitRefreshPeriod());
    }

    public ClientRateLimiter(int limitForPeriod, Duration refreshPeriod) {
        this.limitForPeriod = limitForPeriod;
        this.refreshPeriod = Objects.requireNonNull(refreshPeriod, "refreshPeriod");
        this.registry = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(limitForPeriod)
                .limitRefreshPeriod(refreshPeriod)
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    /**
     * Takes one permit for {@code clientId}.
     *
     * @throws RateLimitExceededException when the client has used its budget for the current period
     */
    public void acquire(String clientId) {
        Objects.requireNonNull(clientId, "clientId");
        RateLimiter limiter = registry.rateLimiter(NAME_PREFIX + clientId);
        if (!limiter.acquirePermission()) {
            throw new RateLimitExceededException(clientId, limitForPeriod, refreshPeriod, retryAfterSeconds(limiter));
        }
    }

    /** The registry holding one limiter per client, named {@code client:<clientId>}, for metrics. */
    public RateLimiterRegistry registry() {
        return registry;
    }

    private long retryAfterSeconds(RateLimiter limiter) {
        long nanos = limiter instanceof AtomicRateLimiter atomic
                ? atomic.getDetailedMetrics().getNanosToWait()
                : refreshPeriod.toNanos();
        return RequestAuthenticator.ceilSeconds(Duration.ofNanos(Math.max(nanos, 0)));
    }
}
