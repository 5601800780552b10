package no.meldeport.routes.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    /** The random value that puts a wait in the middle of its jitter range, so it equals the plain backoff. */
    private static final double MIDDLE = 0.5;

    private final RetryPolicy policy =
            new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(10), 0.2, Duration.ofHours(1), 3);

    @Test
    void backoffDoublesUntilCap() {
        assertThat(policy.delayAfter(1, null, MIDDLE)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayAfter(2, null, MIDDLE)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(3, null, MIDDLE)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(4, null, MIDDLE)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.delayAfter(5, null, MIDDLE)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(60, null, MIDDLE)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void jitterSpreadsWaitAroundBackoff() {
        assertThat(policy.delayAfter(3, null, 0.0)).isEqualTo(Duration.ofMillis(3200));
        assertThat(policy.delayAfter(3, null, 0.999)).isEqualTo(Duration.ofMillis(4798));
    }

    @Test
    void jitterNeverExceedsMaxDelay() {
        assertThat(policy.delayAfter(10, null, 0.999)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(10, null, 0.0)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void longerRetryAfterWins() {
        assertThat(policy.delayAfter(1, Duration.ofSeconds(30), MIDDLE)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(3, Duration.ofSeconds(1), MIDDLE)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void attemptsRunOutAtMaximum() {
        assertThat(policy.hasAttemptsLeft(4)).isTrue();
        assertThat(policy.hasAttemptsLeft(5)).isFalse();
    }

    @Test
    void attemptAfterMaxAgeIsTooLate() {
        Instant windowStart = Instant.parse("2026-12-04T10:00:00Z");

        assertThat(policy.beyondMaxAge(windowStart, windowStart.plus(Duration.ofHours(1)))).isFalse();
        assertThat(policy.beyondMaxAge(windowStart, windowStart.plus(Duration.ofMinutes(61)))).isTrue();
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, 0, Duration.ofHours(1), 1))
                .hasMessageContaining("maxAttempts must be at least 1");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofSeconds(1), 0,
                Duration.ofHours(1), 1))
                .hasMessageContaining("initialDelay <= maxDelay");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ZERO, 1.5, Duration.ofHours(1), 1))
                .hasMessageContaining("jitter must be between 0 and 1");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ZERO, 0, Duration.ZERO, 1))
                .hasMessageContaining("maxAge must be positive");
    }
}
