package no.meldeport.routes.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void secondsAreParsed() {
        assertThat(RetryAfter.parse("120", clock)).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void httpDateIsParsedRelativeToClock() {
        assertThat(RetryAfter.parse("Fri, 04 Dec 2026 10:00:30 GMT", clock)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void pastDateMeansNoWait() {
        assertThat(RetryAfter.parse("Fri, 04 Dec 2026 09:00:00 GMT", clock)).isEqualTo(Duration.ZERO);
    }

    @Test
    void hugeValueIsCapped() {
        assertThat(RetryAfter.parse("99999999999", clock)).isEqualTo(RetryAfter.MAX);
        assertThat(RetryAfter.parse("86400", clock)).isEqualTo(RetryAfter.MAX);
    }

    @Test
    void absentOrGarbageGivesNull() {
        assertThat(RetryAfter.parse(null, clock)).isNull();
        assertThat(RetryAfter.parse(" ", clock)).isNull();
        assertThat(RetryAfter.parse("soon", clock)).isNull();
        assertThat(RetryAfter.parse("-5", clock)).isNull();
    }
}
