package no.meldeport.routes.delivery;

import java.time.Clock;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/** Hands the registry's HTTP answer to the {@link DeliveryOutcomeRecorder}. */
public final class RecordDeliveryOutcomeProcessor implements Processor {

    private final DeliveryOutcomeRecorder recorder;
    private final Clock clock;

    public RecordDeliveryOutcomeProcessor(DeliveryOutcomeRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        ClaimedDelivery delivery = exchange.getProperty(DeliveryRouteNames.PROPERTY_DELIVERY, ClaimedDelivery.class);
        Message message = exchange.getMessage();
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String contentType = message.getHeader(Exchange.CONTENT_TYPE, String.class);
        String body = message.getBody(String.class);
        Duration retryAfter = RetryAfter.parse(message.getHeader("Retry-After", String.class), clock);
        recorder.recordAnswer(delivery, status, contentType, body == null ? "" : body, retryAfter);
    }
}
