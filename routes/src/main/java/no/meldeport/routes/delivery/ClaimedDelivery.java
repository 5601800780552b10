package no.meldeport.routes.delivery;

import java.time.Instant;
import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.Registry;

/**
 * A delivery this node has leased for one attempt.
 *
 * @param attempt counts from 1 since acceptance or the last replay, and already includes this attempt, so a crash
 *     during the send still counts it
 * @param attemptId id of this attempt's history row; only the holder of the current attempt id may record an outcome
 * @param windowStartedAt acceptance time, or the time of the last replay: the maximum age counts from here
 */
public record ClaimedDelivery(
        String deliveryId,
        Registry registry,
        int attempt,
        String attemptId,
        Instant windowStartedAt,
        DeliveryEnvelope envelope) {
}
