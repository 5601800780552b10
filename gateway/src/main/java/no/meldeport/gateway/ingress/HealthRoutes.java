package no.meldeport.gateway.ingress;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code GET /health}: 200 with {@code {"status":"UP"}} once the database answers, else 503 {@code DOWN}.
 * {@code GET /metrics}: the Prometheus text format.
 */
public final class HealthRoutes extends RouteBuilder {

    public static final String HEALTH_ROUTE_ID = "health";
    public static final String METRICS_ROUTE_ID = "metrics";

    private final DataSource dataSource;
    private final PrometheusMeterRegistry meterRegistry;

    public HealthRoutes(DataSource dataSource, PrometheusMeterRegistry meterRegistry) {
        this.dataSource = dataSource;
        this.meterRegistry = meterRegistry;
    }

    @Override
    public void configure() {
        from(IngressPaths.endpoint(IngressPaths.HEALTH, "GET"))
                .routeId(HEALTH_ROUTE_ID)
                .process(exchange -> {
                    boolean up = databaseAnswers();
                    exchange.getMessage().removeHeaders("*");
                    exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, up ? 200 : 503);
                    exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, IngressPaths.JSON);
                    exchange.getMessage().setBody(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\",\"database\":\"DOWN\"}");
                });

        from(IngressPaths.endpoint(IngressPaths.METRICS, "GET"))
                .routeId(METRICS_ROUTE_ID)
                .process(exchange -> {
                    exchange.getMessage().removeHeaders("*");
                    exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
                    exchange.getMessage().setBody(meterRegistry.scrape());
                });
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            log.warn("Health check cannot reach the database: {}", e.getMessage());
            return false;
        }
    }
}
