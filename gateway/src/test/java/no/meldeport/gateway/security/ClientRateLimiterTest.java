package no.meldeport.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {

    ClientRateLimiter limiter = new ClientRateLimiter(2, Duration.ofMinutes(1));

    @Test
    void requestsWithinLimitPass() {
        limiter.acquire("epj-a");
        limiter.acquire("epj-a");

        assertThat(limiter.registry().rateLimiter("client:epj-a").getMetrics().getAvailablePermissions()).isZero();
    }

    @Test
    void rateLimitHitAnswers429WithRetryAfter() {
        limiter.acquire("epj-a");
        limiter.acquire("epj-a");

        RateLimitExceededException e = catchThrowableOfType(RateLimitExceededException.class,
                () -> limiter.acquire("epj-a"));

        assertThat(e).isNotNull();
        assertThat(e.httpStatus()).isEqualTo(429);
        assertThat(e.clientId()).isEqualTo("epj-a");
        assertThat(e.retryAfterSeconds()).isBetween(1L, 60L);
        assertThat(e.responseHeaders()).containsEntry("Retry-After", Long.toString(e.retryAfterSeconds()));
        assertThat(e.description()).contains("Rate limit of 2 requests per 60000 ms exceeded for client epj-a");
    }

    @Test
    void clientsHaveSeparateBudgets() {
        limiter.acquire("epj-a");
        limiter.acquire("epj-a");

        limiter.acquire("epj-b");
        limiter.acquire("epj-b");

        assertThat(catchThrowableOfType(RateLimitExceededException.class, () -> limiter.acquire("epj-b")))
                .isNotNull();
    }

    @Test
    void configuredFromSecurityConfig() {
        SecurityConfig config = SecurityConfig.builder()
                .issuer("https://helseid-sts.test.nhn.no")
                .audience("nhn:meldeport")
                .rateLimit(1, Duration.ofSeconds(10))
                .build();
        ClientRateLimiter fromConfig = new ClientRateLimiter(config);
        fromConfig.acquire("epj-a");

        RateLimitExceededException e = catchThrowableOfType(RateLimitExceededException.class,
                () -> fromConfig.acquire("epj-a"));

        assertThat(e).isNotNull();
        assertThat(e.retryAfterSeconds()).isBetween(1L, 10L);
    }
}
