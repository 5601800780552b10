package no.meldeport.routes.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.meldeport.model.Registry;

/**
 * The durable outbox as the delivery routes see it. The gateway implements it on its database; every method is one
 * short transaction, and no transaction stays open while a registry is called.
 */
public interface DeliveryQueue {

    /**
     * Leases up to {@code max} due deliveries of one registry for {@code lease}. A lease that runs out (the node died)
     * makes the delivery claimable again, which is why registries get an idempotency key.
     */
    List<ClaimedDelivery> claim(Registry registry, int max, Duration lease);

    /** Records the registry's receipt and ends the delivery as delivered. */
    void markDelivered(String deliveryId, String receiptId, int httpStatus);

    /** Ends the delivery as failed for good, with the registry's reason. */
    void markFailed(String deliveryId, Integer httpStatus, String error);

    /** Releases the lease and schedules the next attempt after a transient fault. */
    void scheduleRetry(String deliveryId, Integer httpStatus, String error, Instant nextAttemptAt);
}
