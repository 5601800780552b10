package no.meldeport.gateway.maintenance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import no.meldeport.gateway.store.SubmissionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets idempotency keys older than the retention, so the store does not keep every key for ever. A key is
 * remembered for at least the retention after its submission was accepted, and for as long as any of its deliveries
 * is pending. Safe on several nodes at once: forgetting a key twice changes nothing.
 */
public final class IdempotencyKeyRetention {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeyRetention.class);

    private final SubmissionStore store;
    private final Duration retention;
    private final Clock clock;

    public IdempotencyKeyRetention(SubmissionStore store, Duration retention, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Forgets the expired keys and returns how many there were. */
    public int forgetExpiredKeys() {
        Instant cutoff = clock.instant().minus(retention);
        int forgotten = store.forgetIdempotencyKeys(cutoff);
        if (forgotten > 0) {
            LOG.info("Idempotency keys forgotten count={} acceptedBefore={}", forgotten, cutoff);
        }
        return forgotten;
    }
}
