package no.meldeport.routes.delivery;

import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.Registry;

/**
 * A delivery this node has leased for one attempt. {@code attempt} counts from 1 and already includes this attempt,
 * so a crash during the send still counts it.
 */
public record ClaimedDelivery(String deliveryId, Registry registry, int attempt, DeliveryEnvelope envelope) {
}
