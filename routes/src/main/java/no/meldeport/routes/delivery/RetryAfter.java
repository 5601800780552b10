package no.meldeport.routes.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Parses an HTTP {@code Retry-After} value: delay-seconds or an HTTP-date (RFC 9110, section 10.2.3). */
public final class RetryAfter {

    /** Upper bound on a registry's requested wait, so a wrong header cannot park a delivery for days. */
    static final Duration MAX = Duration.ofHours(1);

    private RetryAfter() {
    }

    /** Returns the wait the header asks for, or null when the header is absent or not understood. */
    public static Duration parse(String headerValue, Clock clock) {
        if (headerValue == null || headerValue.isBlank()) {
            return null;
        }
        String value = headerValue.trim();
        Duration wait;
        if (value.chars().allMatch(Character::isDigit)) {
            if (value.length() > 9) {
                return MAX;
            }
            wait = Duration.ofSeconds(Long.parseLong(value));
        } else {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                wait = Duration.between(clock.instant(), at.toInstant());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(MAX) > 0 ? MAX : wait;
    }
}
