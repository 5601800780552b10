package no.meldeport.routes.delivery;

import java.time.Clock;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/** Hands the registry's HTTP answer to the {@link DeliveryOutcomeRecorder} and reports it to the circuit breaker. */
public final class RecordDeliveryOutcomeProcessor implements Processor {

    private final DeliveryOutcomeRecorder recorder;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    public RecordDeliveryOutcomeProcessor(DeliveryOutcomeRecorder recorder, DeliveryMetrics metrics, Clock clock) {
        this.recorder = recorder;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        ClaimedDelivery delivery = exchange.getProperty(DeliveryRouteNames.PROPERTY_DELIVERY, ClaimedDelivery.class);
        RegistryGuard.Permit permit = exchange.getProperty(DeliveryRouteNames.PROPERTY_PERMIT, RegistryGuard.Permit.class);
        long requestNanos = permit.elapsedNanos();
        Message message = exchange.getMessage();
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String contentType = message.getHeader(Exchange.CONTENT_TYPE, String.class);
        String body = message.getBody(String.class);
        Duration retryAfter = RetryAfter.parse(message.getHeader("Retry-After", String.class), clock);

        RecordedOutcome outcome = recorder.recordAnswer(delivery, status, contentType, body == null ? "" : body,
                retryAfter);

        if (outcome.registryFault()) {
            permit.failed(new RegistryFaultException(delivery.registry(), "HTTP " + status));
        } else {
            permit.succeeded();
        }
        metrics.record(delivery.registry(), outcome.outcome(), requestNanos);
    }
}
