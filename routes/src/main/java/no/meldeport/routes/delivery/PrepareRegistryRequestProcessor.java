package no.meldeport.routes.delivery;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import no.meldeport.model.Registry;
import no.meldeport.model.RegistryMapper;
import no.meldeport.model.RegistryMessage;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the claimed delivery to the registry's format, takes the registry's bulkhead slot and circuit-breaker permission,
 * and sets up the HTTP request. All other headers are removed first, so nothing internal leaks to the registry.
 *
 * <p>The delivery is given back to the outbox unsent, with its attempt uncounted, when the node is stopping or the
 * registry's guard refuses a permit. Only when {@link DeliveryRouteNames#PROPERTY_PERMIT} is set does the route send.
 */
public final class PrepareRegistryRequestProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(PrepareRegistryRequestProcessor.class);

    private final Function<Registry, RegistryMapper> mappers;
    private final Map<Registry, String> baseUrls;
    private final DeliveryOutcomeRecorder recorder;
    private final DeliveryQueue queue;
    private final RegistryGuards guards;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    public PrepareRegistryRequestProcessor(Function<Registry, RegistryMapper> mappers, Map<Registry, String> baseUrls,
            DeliveryOutcomeRecorder recorder, DeliveryQueue queue, RegistryGuards guards, DeliveryMetrics metrics,
            Clock clock) {
        this.mappers = Objects.requireNonNull(mappers, "mappers");
        this.baseUrls = Map.copyOf(baseUrls);
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.guards = Objects.requireNonNull(guards, "guards");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void process(Exchange exchange) {
        ClaimedDelivery delivery = exchange.getMessage().getBody(ClaimedDelivery.class);
        exchange.setProperty(DeliveryRouteNames.PROPERTY_DELIVERY, delivery);
        exchange.removeProperty(DeliveryRouteNames.PROPERTY_PERMIT);

        if (exchange.getContext().isStopping()) {
            queue.release(delivery, clock.instant());
            LOG.info("Delivery left pending for the next start deliveryId={} registry={}", delivery.deliveryId(),
                    delivery.registry().id());
            return;
        }

        RegistryMessage registryMessage;
        try {
            registryMessage = mappers.apply(delivery.registry()).map(delivery.envelope());
        } catch (RuntimeException e) {
            RecordedOutcome outcome = recorder.recordMappingFailure(delivery, e);
            metrics.record(delivery.registry(), outcome.outcome(), null);
            return;
        }

        Optional<RegistryGuard.Permit> permit = guards.forRegistry(delivery.registry()).tryAcquire();
        if (permit.isEmpty()) {
            queue.release(delivery, clock.instant());
            LOG.debug("Delivery released unsent, circuit open or bulkhead full deliveryId={} registry={}",
                    delivery.deliveryId(), delivery.registry().id());
            return;
        }

        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_METHOD, "POST");
        message.setHeader(Exchange.CONTENT_TYPE, registryMessage.contentType());
        message.setHeader("Accept", acceptFor(registryMessage.contentType()));
        message.setHeader(DeliveryRouteNames.IDEMPOTENCY_KEY_HEADER, delivery.deliveryId());
        message.setBody(registryMessage.body());
        exchange.setProperty(DeliveryRouteNames.PROPERTY_TARGET_URL,
                componentUrl(delivery.registry(), stripTrailingSlash(baseUrl(delivery.registry())))
                        + registryMessage.path());
        exchange.setProperty(DeliveryRouteNames.PROPERTY_PERMIT, permit.get());
    }

    private String baseUrl(Registry registry) {
        String url = baseUrls.get(registry);
        if (url == null) {
            throw new IllegalStateException("No base URL configured for registry " + registry.id());
        }
        return url;
    }

    /**
     * Rewrites {@code http://host} to {@code http-<registry>://host} (and https alike), so the request goes through
     * the registry's own HTTP component and its timeouts and connection pool.
     */
    static String componentUrl(Registry registry, String baseUrl) {
        if (baseUrl.startsWith("https://")) {
            return DeliveryRouteNames.HTTPS_COMPONENT_PREFIX + registry.id() + baseUrl.substring("https".length());
        }
        if (baseUrl.startsWith("http://")) {
            return DeliveryRouteNames.HTTP_COMPONENT_PREFIX + registry.id() + baseUrl.substring("http".length());
        }
        throw new IllegalStateException("Base URL of registry " + registry.id() + " is not http or https");
    }

    private static String acceptFor(String contentType) {
        int semicolon = contentType.indexOf(';');
        return semicolon < 0 ? contentType : contentType.substring(0, semicolon).trim();
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
