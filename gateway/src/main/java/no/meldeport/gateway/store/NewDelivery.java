package no.meldeport.gateway.store;

import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.Registry;

/** One outbox row to write with a new submission. {@code orderingKey} is a hash, never a patient identifier. */
public record NewDelivery(String deliveryId, Registry registry, String orderingKey, DeliveryEnvelope envelope) {
}
