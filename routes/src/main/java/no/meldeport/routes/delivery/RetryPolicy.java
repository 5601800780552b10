package no.meldeport.routes.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When to try a delivery again after a transient fault: exponential backoff from {@code initialDelay}, doubled per
 * attempt and capped at {@code maxDelay}, spread by up to {@code jitter} (a fraction, 0.2 = plus or minus 20 %) so
 * deliveries that failed together do not return together. A registry's {@code Retry-After} wins when it requests a
 * longer wait. A delivery becomes a dead letter after {@code maxAttempts} attempts, or when its next attempt would
 * fall more than {@code maxAge} after its retry window started (acceptance or the last replay). An unreadable
 * response is retried like a transient fault until {@code maxUnreadableAttempts} attempts, and then fails the delivery.
 */
public record RetryPolicy(
        int maxAttempts, Duration initialDelay, Duration maxDelay, double jitter, Duration maxAge,
        int maxUnreadableAttempts) {

    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(maxAge, "maxAge");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException(
                    "delays must satisfy 0 <= initialDelay <= maxDelay, were " + initialDelay + " and " + maxDelay);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
        }
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAge must be positive, was " + maxAge);
        }
        if (maxUnreadableAttempts < 1) {
            throw new IllegalArgumentException("maxUnreadableAttempts must be at least 1, was " + maxUnreadableAttempts);
        }
    }

    public boolean hasAttemptsLeft(int attemptsMade) {
        return attemptsMade < maxAttempts;
    }

    /**
     * Returns the wait before the attempt after {@code attemptsMade} attempts, at least {@code retryAfter} if given.
     *
     * @param random a value in [0, 1) that places the wait inside the jitter range
     */
    public Duration delayAfter(int attemptsMade, Duration retryAfter, double random) {
        int doublings = Math.min(Math.max(attemptsMade - 1, 0), 30);
        Duration backoff = initialDelay.multipliedBy(1L << doublings);
        if (backoff.compareTo(maxDelay) > 0) {
            backoff = maxDelay;
        }
        double factor = 1.0 - jitter + 2.0 * jitter * random;
        Duration jittered = Duration.ofMillis(Math.round(backoff.toMillis() * factor));
        if (jittered.compareTo(maxDelay) > 0) {
            jittered = maxDelay;
        }
        if (retryAfter != null && retryAfter.compareTo(jittered) > 0) {
            return retryAfter;
        }
        return jittered;
    }

    /** Returns true when an attempt at {@code attemptAt} would be later than the maximum age allows. */
    public boolean beyondMaxAge(Instant windowStartedAt, Instant attemptAt) {
        return attemptAt.isAfter(windowStartedAt.plus(maxAge));
    }
}
