package no.meldeport.gateway.maintenance;

import java.time.Duration;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Background jobs of the store: expired idempotency keys are released once an hour, from a minute after start. */
public final class MaintenanceRoutes extends RouteBuilder {

    public static final String IDEMPOTENCY_RETENTION_ROUTE_ID = "idempotency-key-retention";

    private static final Logger LOG = LoggerFactory.getLogger(MaintenanceRoutes.class);
    private static final Duration PERIOD = Duration.ofHours(1);
    private static final Duration FIRST_DELAY = Duration.ofMinutes(1);

    private final IdempotencyKeyRetention retention;

    public MaintenanceRoutes(IdempotencyKeyRetention retention) {
        this.retention = retention;
    }

    @Override
    public void configure() {
        from("timer:" + IDEMPOTENCY_RETENTION_ROUTE_ID + "?period=" + PERIOD.toMillis() + "&delay="
                + FIRST_DELAY.toMillis())
                .routeId(IDEMPOTENCY_RETENTION_ROUTE_ID)
                .process(exchange -> forgetExpiredKeys());
    }

    /** Runs one pass; a failure is logged and the next pass tries again, so the job never stops for good. */
    private void forgetExpiredKeys() {
        try {
            retention.forgetExpiredKeys();
        } catch (RuntimeException e) {
            LOG.warn("Forgetting expired idempotency keys failed; the next pass tries again in {}", PERIOD, e);
        }
    }
}
