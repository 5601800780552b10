package no.meldeport.routes.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * When to try a delivery again after a transient fault: exponential backoff from {@code initialDelay}, doubled per
 * attempt and capped at {@code maxDelay}, until {@code maxAttempts} attempts have been made. A registry's
 * {@code Retry-After} wins when it asks for a longer wait.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException(
                    "delays must satisfy 0 <= initialDelay <= maxDelay, were " + initialDelay + " and " + maxDelay);
        }
    }

    public boolean hasAttemptsLeft(int attemptsMade) {
        return attemptsMade < maxAttempts;
    }

    /** The wait before the attempt after {@code attemptsMade} attempts, at least {@code retryAfter} if given. */
    public Duration delayAfter(int attemptsMade, Duration retryAfter) {
        int doublings = Math.min(Math.max(attemptsMade - 1, 0), 30);
        Duration backoff = initialDelay.multipliedBy(1L << doublings);
        if (backoff.compareTo(maxDelay) > 0) {
            backoff = maxDelay;
        }
        if (retryAfter != null && retryAfter.compareTo(backoff) > 0) {
            return retryAfter;
        }
        return backoff;
    }
}
