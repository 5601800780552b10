package no.meldeport.routes.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(10));

    @Test
    void backoffDoublesUntilCap() {
        assertThat(policy.delayAfter(1, null)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayAfter(2, null)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(3, null)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(4, null)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.delayAfter(5, null)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(60, null)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void longerRetryAfterWins() {
        assertThat(policy.delayAfter(1, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(3, Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void attemptsRunOutAtMaximum() {
        assertThat(policy.hasAttemptsLeft(4)).isTrue();
        assertThat(policy.hasAttemptsLeft(5)).isFalse();
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("maxAttempts must be at least 1");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .hasMessageContaining("initialDelay <= maxDelay");
    }
}
