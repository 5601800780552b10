package no.meldeport.routes.delivery;

import java.time.Duration;
import java.util.Set;
import no.meldeport.model.Registry;
import org.apache.camel.builder.RouteBuilder;

/** Creates one delivery route per registry from {@link DeliveryRouteTemplate}. */
public final class DeliveryRoutes extends RouteBuilder {

    private final Set<Registry> registries;
    private final Duration pollInterval;

    public DeliveryRoutes(Set<Registry> registries, Duration pollInterval) {
        this.registries = Set.copyOf(registries);
        this.pollInterval = pollInterval;
    }

    @Override
    public void configure() {
        for (Registry registry : registries) {
            templatedRoute(DeliveryRouteNames.TEMPLATE_ID)
                    .routeId(DeliveryRouteNames.routeId(registry.id()))
                    .parameter(DeliveryRouteNames.PARAM_REGISTRY, registry.id())
                    .parameter(DeliveryRouteNames.PARAM_POLL_MILLIS, Long.toString(pollInterval.toMillis()));
        }
    }
}
