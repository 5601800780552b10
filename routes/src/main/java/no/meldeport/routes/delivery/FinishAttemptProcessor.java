package no.meldeport.routes.delivery;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Runs last for every sent delivery: gives back a permit that recording did not finish (the outbox could not be
 * written), so a database fault cannot leak bulkhead slots. The delivery's lease then runs out and it is retried.
 */
public final class FinishAttemptProcessor implements Processor {

    @Override
    public void process(Exchange exchange) {
        RegistryGuard.Permit permit = exchange.getProperty(DeliveryRouteNames.PROPERTY_PERMIT, RegistryGuard.Permit.class);
        if (permit != null) {
            permit.abandon();
        }
    }
}
