package no.meldeport.routes.delivery;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Records a registry request that ended in an exception (refused or reset connection, timeout) as transient. */
public final class RecordRequestFailureProcessor implements Processor {

    private final DeliveryOutcomeRecorder recorder;

    public RecordRequestFailureProcessor(DeliveryOutcomeRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void process(Exchange exchange) {
        ClaimedDelivery delivery = exchange.getProperty(DeliveryRouteNames.PROPERTY_DELIVERY, ClaimedDelivery.class);
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        recorder.recordRequestFailure(delivery, cause);
    }
}
