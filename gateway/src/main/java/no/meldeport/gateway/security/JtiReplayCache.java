package no.meldeport.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers DPoP proof {@code jti} values for a fixed time-to-live, so that a proof is accepted once only
 * (RFC 9449 section 11.1). Entries are kept in insertion order and purged from the oldest end on every call, so
 * memory stays within {@code maxEntries}. When the cache is full of unexpired entries it throws
 * {@link ReplayCacheFullException} rather than forget an entry, because a forgotten jti could be replayed.
 *
 * <p>This cache is per process. With several gateway nodes a proof replayed to another node within its lifetime is
 * not detected; the short proof lifetime bounds that window.
 */
public final class JtiReplayCache {

    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;
    private final LinkedHashMap<String, Instant> expiries = new LinkedHashMap<>();

    public JtiReplayCache(Duration ttl, int maxEntries, Clock clock) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive, was " + ttl);
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
        }
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static JtiReplayCache from(SecurityConfig config, Clock clock) {
        return new JtiReplayCache(config.jtiCacheTtl(), config.jtiCacheMaxEntries(), clock);
    }

    /**
     * Records {@code key} and returns true if it was not seen within the time-to-live; returns false for a replay.
     *
     * @throws ReplayCacheFullException when the key is new but the cache contains {@code maxEntries} unexpired entries
     */
    public synchronized boolean recordFirstUse(String key) {
        Objects.requireNonNull(key, "key");
        Instant now = clock.instant();
        purgeExpired(now);
        Instant expiry = expiries.get(key);
        if (expiry != null && now.isBefore(expiry)) {
            return false;
        }
        if (expiry == null && expiries.size() >= maxEntries) {
            throw new ReplayCacheFullException(maxEntries);
        }
        // Re-inserting moves the key to the newest end: while the clock does not go back, the oldest entry expires first.
        expiries.remove(key);
        expiries.put(key, now.plus(ttl));
        return true;
    }

    /** The number of entries held, including expired ones not yet purged. */
    public synchronized int size() {
        return expiries.size();
    }

    private void purgeExpired(Instant now) {
        Iterator<Map.Entry<String, Instant>> oldestFirst = expiries.entrySet().iterator();
        while (oldestFirst.hasNext()) {
            if (now.isBefore(oldestFirst.next().getValue())) {
                return;
            }
            oldestFirst.remove();
        }
    }
}
