package no.meldeport.routes.delivery;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import no.meldeport.model.Registry;
import no.meldeport.model.RegistryMapper;
import no.meldeport.model.RegistryMessage;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Maps the claimed delivery to the registry's format and sets up the HTTP request. All other headers are removed
 * first, so nothing internal leaks to the registry.
 */
public final class PrepareRegistryRequestProcessor implements Processor {

    private final Function<Registry, RegistryMapper> mappers;
    private final Map<Registry, String> baseUrls;
    private final DeliveryOutcomeRecorder recorder;

    public PrepareRegistryRequestProcessor(
            Function<Registry, RegistryMapper> mappers, Map<Registry, String> baseUrls, DeliveryOutcomeRecorder recorder) {
        this.mappers = Objects.requireNonNull(mappers, "mappers");
        this.baseUrls = Map.copyOf(baseUrls);
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    @Override
    public void process(Exchange exchange) {
        ClaimedDelivery delivery = exchange.getMessage().getBody(ClaimedDelivery.class);
        exchange.setProperty(DeliveryRouteNames.PROPERTY_DELIVERY, delivery);

        RegistryMessage registryMessage;
        try {
            registryMessage = mappers.apply(delivery.registry()).map(delivery.envelope());
        } catch (RuntimeException e) {
            recorder.recordMappingFailure(delivery, e);
            exchange.setRouteStop(true);
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
                stripTrailingSlash(baseUrl(delivery.registry())) + registryMessage.path());
        exchange.setProperty(DeliveryRouteNames.PROPERTY_SENT_AT_NANOS, System.nanoTime());
    }

    private String baseUrl(Registry registry) {
        String url = baseUrls.get(registry);
        if (url == null) {
            throw new IllegalStateException("No base URL configured for registry " + registry.id());
        }
        return url;
    }

    private static String acceptFor(String contentType) {
        int semicolon = contentType.indexOf(';');
        return semicolon < 0 ? contentType : contentType.substring(0, semicolon).trim();
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
