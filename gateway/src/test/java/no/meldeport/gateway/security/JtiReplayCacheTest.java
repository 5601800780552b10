package no.meldeport.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JtiReplayCacheTest {

    MutableClock clock = new MutableClock(Instant.parse("2025-03-03T09:00:00Z"));
    JtiReplayCache cache = new JtiReplayCache(Duration.ofMinutes(5), 3, clock);

    @Test
    void firstUseAccepted() {
        boolean first = cache.recordFirstUse("jti-1");

        assertThat(first).isTrue();
    }

    @Test
    void replayWithinTtlRejected() {
        cache.recordFirstUse("jti-1");
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));

        boolean second = cache.recordFirstUse("jti-1");

        assertThat(second).isFalse();
    }

    @Test
    void entryExpiresAfterTtl() {
        cache.recordFirstUse("jti-1");
        clock.advance(Duration.ofMinutes(5));

        boolean again = cache.recordFirstUse("jti-1");

        assertThat(again).isTrue();
    }

    @Test
    void expiredEntriesPurged() {
        cache.recordFirstUse("jti-1");
        cache.recordFirstUse("jti-2");
        clock.advance(Duration.ofMinutes(6));

        cache.recordFirstUse("jti-3");

        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void fullCacheRejectsNewKeys() {
        cache.recordFirstUse("jti-1");
        cache.recordFirstUse("jti-2");
        cache.recordFirstUse("jti-3");

        assertThatThrownBy(() -> cache.recordFirstUse("jti-4"))
                .isInstanceOf(ReplayCacheFullException.class)
                .hasMessageContaining("3 unexpired entries");
        assertThat(cache.recordFirstUse("jti-1")).isFalse();
    }

    @Test
    void fullCacheMakesRoomAsEntriesExpire() {
        cache.recordFirstUse("jti-1");
        clock.advance(Duration.ofMinutes(1));
        cache.recordFirstUse("jti-2");
        cache.recordFirstUse("jti-3");
        clock.advance(Duration.ofMinutes(4));

        boolean accepted = cache.recordFirstUse("jti-4");

        assertThat(accepted).isTrue();
        assertThat(cache.recordFirstUse("jti-2")).isFalse();
    }
}
