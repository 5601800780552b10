package no.meldeport.routes.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.meldeport.model.Registry;

/**
 * The durable outbox as the delivery routes see it. The gateway implements it on its database; every method is one
 * short transaction, and no transaction stays open while a registry is called.
 *
 * <p>The methods that record an outcome return false when this node no longer holds the delivery's current attempt
 * (its lease ran out and another node claimed it, or an operator changed it); the outcome is then only kept in the
 * attempt history.
 */
public interface DeliveryQueue {

    /**
     * Leases up to {@code max} due deliveries of one registry for {@code lease}. A lease that runs out (the node died)
     * makes the delivery claimable again, which is why registries get an idempotency key.
     */
    List<ClaimedDelivery> claim(Registry registry, int max, Duration lease);

    /** Records the registry's receipt and ends the delivery as delivered. */
    boolean markDelivered(ClaimedDelivery delivery, String receiptId, int httpStatus);

    /** Ends the delivery as failed for good with the reason; {@code outcome} gives the reason for the attempt history. */
    boolean markFailed(ClaimedDelivery delivery, AttemptOutcome outcome, Integer httpStatus, String error);

    /** Ends the delivery as a dead letter after its last transient fault. */
    boolean markDead(ClaimedDelivery delivery, Integer httpStatus, String error);

    /** Releases the lease and schedules the next attempt after a transient fault. */
    boolean scheduleRetry(ClaimedDelivery delivery, Integer httpStatus, String error, Instant nextAttemptAt);

    /**
     * Gives a claimed delivery back without sending it (circuit open, bulkhead full, node stopping): the attempt is
     * not counted and leaves no history.
     */
    boolean release(ClaimedDelivery delivery, Instant nextAttemptAt);

    /**
     * Turns the pending deliveries of a registry whose retry window started before {@code windowStartedBefore} into
     * dead letters, so a registry that stays unreachable does not keep them pending for ever. Leased deliveries are
     * left to their current attempt. Returns how many became dead letters.
     */
    int buryExpired(Registry registry, Instant windowStartedBefore);
}
