package no.meldeport.routes.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import no.meldeport.model.Registry;

/**
 * The delivery meters: attempts by registry and outcome, and the latency of registry requests per registry as a
 * histogram. Prometheus names: {@code meldeport_deliveries_total} and
 * {@code meldeport_delivery_request_seconds}.
 */
public final class DeliveryMetrics {

    public static final String ATTEMPTS_METRIC = "meldeport.deliveries";
    public static final String LATENCY_METRIC = "meldeport.delivery.request";

    private final MeterRegistry meters;

    public DeliveryMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Counts one attempt's outcome and, when a request was sent, its duration. */
    public void record(Registry registry, AttemptOutcome outcome, Long requestNanos) {
        Counter.builder(ATTEMPTS_METRIC)
                .description("Delivery attempts by registry and outcome")
                .tag("registry", registry.id())
                .tag("outcome", outcome.dbValue())
                .register(meters)
                .increment();
        if (requestNanos != null) {
            Timer.builder(LATENCY_METRIC)
                    .description("Duration of registry requests, answered or not")
                    .tag("registry", registry.id())
                    .publishPercentileHistogram()
                    .register(meters)
                    .record(requestNanos, TimeUnit.NANOSECONDS);
        }
    }
}
