package no.meldeport.routes.delivery;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Records a registry request that ended in an exception (refused or reset connection, timeout) as transient, and as a
 * failure for the registry's circuit breaker.
 */
public final class RecordRequestFailureProcessor implements Processor {

    private final DeliveryOutcomeRecorder recorder;
    private final DeliveryMetrics metrics;

    public RecordRequestFailureProcessor(DeliveryOutcomeRecorder recorder, DeliveryMetrics metrics) {
        this.recorder = recorder;
        this.metrics = metrics;
    }

    @Override
    public void process(Exchange exchange) {
        ClaimedDelivery delivery = exchange.getProperty(DeliveryRouteNames.PROPERTY_DELIVERY, ClaimedDelivery.class);
        RegistryGuard.Permit permit = exchange.getProperty(DeliveryRouteNames.PROPERTY_PERMIT, RegistryGuard.Permit.class);
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        long requestNanos = permit.elapsedNanos();

        RecordedOutcome outcome = recorder.recordRequestFailure(delivery, cause);

        permit.failed(cause);
        metrics.record(delivery.registry(), outcome.outcome(), requestNanos);
    }
}
