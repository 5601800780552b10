package no.meldeport.routes.delivery;

import java.time.Duration;
import java.util.List;
import no.meldeport.model.Registry;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Leases a batch of due deliveries of the route's registry and puts them in the body as a list. */
public final class ClaimDeliveriesProcessor implements Processor {

    private final DeliveryQueue queue;
    private final int batchSize;
    private final Duration lease;

    public ClaimDeliveriesProcessor(DeliveryQueue queue, int batchSize, Duration lease) {
        this.queue = queue;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    @Override
    public void process(Exchange exchange) {
        Registry registry = Registry.fromId(exchange.getProperty(DeliveryRouteNames.PROPERTY_REGISTRY, String.class));
        List<ClaimedDelivery> claimed = queue.claim(registry, batchSize, lease);
        exchange.getMessage().setBody(claimed);
    }
}
