package no.meldeport.gateway.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import no.meldeport.gateway.ingress.AuthenticateProcessor;
import no.meldeport.gateway.ingress.IngressErrorHandling;
import no.meldeport.gateway.ingress.IngressPaths;
import no.meldeport.gateway.ingress.Problem;
import no.meldeport.gateway.json.Json;
import no.meldeport.gateway.security.AuthenticatedClient;
import no.meldeport.gateway.security.ScopeChecker;
import no.meldeport.gateway.security.Scopes;
import no.meldeport.gateway.store.Actor;
import no.meldeport.gateway.store.DeliveryOperations;
import no.meldeport.gateway.store.DeliveryRecord;
import no.meldeport.gateway.store.ReplayAuditEntry;
import no.meldeport.gateway.store.ReplayResult;
import no.meldeport.model.Registry;
import no.meldeport.routes.delivery.DeliveryStatus;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator API for deliveries: list them by status, show one with its attempt history, and replay dead letters
 * and failed deliveries, one or a whole registry's. Every route authenticates like the ingress and needs the scope
 * {@value Scopes#OPS}; errors become RFC 9457 problems through the ingress error handling.
 */
public final class OpsRoutes extends RouteBuilder {

    public static final String LIST_ROUTE_ID = "ops-deliveries";
    public static final String SHOW_ROUTE_ID = "ops-delivery";
    public static final String REPLAY_DELIVERY_ROUTE_ID = "ops-replay-delivery";
    public static final String REPLAY_REGISTRY_ROUTE_ID = "ops-replay-registry";

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(OpsRoutes.class);
    private static final String CLIENT_PROPERTY = "meldeportClient";
    private static final Pattern DELIVERY_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final DeliveryOperations operations;
    private final ScopeChecker scopeChecker;
    private final ObjectMapper json = Json.mapper();

    public OpsRoutes(DeliveryOperations operations, ScopeChecker scopeChecker) {
        this.operations = operations;
        this.scopeChecker = scopeChecker;
    }

    @Override
    public void configure() {
        from(IngressPaths.endpoint(OpsPaths.DELIVERIES, "GET"))
                .routeId(LIST_ROUTE_ID)
                .routeConfigurationId(IngressErrorHandling.CONFIGURATION_ID)
                .process("#" + AuthenticateProcessor.BEAN)
                .process(this::requireOpsScope)
                .process(this::list);

        from(IngressPaths.endpoint(OpsPaths.DELIVERY, "GET"))
                .routeId(SHOW_ROUTE_ID)
                .routeConfigurationId(IngressErrorHandling.CONFIGURATION_ID)
                .process("#" + AuthenticateProcessor.BEAN)
                .process(this::requireOpsScope)
                .process(this::show);

        from(IngressPaths.endpoint(OpsPaths.REPLAY_DELIVERY, "POST"))
                .routeId(REPLAY_DELIVERY_ROUTE_ID)
                .routeConfigurationId(IngressErrorHandling.CONFIGURATION_ID)
                .process("#" + AuthenticateProcessor.BEAN)
                .process(this::requireOpsScope)
                .process(this::replayDelivery);

        from(IngressPaths.endpoint(OpsPaths.REPLAY_REGISTRY, "POST"))
                .routeId(REPLAY_REGISTRY_ROUTE_ID)
                .routeConfigurationId(IngressErrorHandling.CONFIGURATION_ID)
                .process("#" + AuthenticateProcessor.BEAN)
                .process(this::requireOpsScope)
                .process(this::replayRegistry);
    }

    private void requireOpsScope(Exchange exchange) {
        scopeChecker.check(client(exchange), Set.of(Scopes.OPS));
    }

    private void list(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        String statusText = message.getHeader("status", DeliveryStatus.DEAD.dbValue(), String.class);
        String registryText = message.getHeader("registry", String.class);
        String limitText = message.getHeader("limit", String.class);
        message.removeHeaders("*");

        Optional<DeliveryStatus> status = parseStatus(statusText);
        if (status.isEmpty()) {
            badRequest(message, "Invalid status", "The status must be pending, delivered, failed or dead, not '"
                    + statusText + "'.");
            return;
        }
        Registry registry = null;
        if (registryText != null && !registryText.isBlank()) {
            Optional<Registry> parsed = parseRegistry(registryText);
            if (parsed.isEmpty()) {
                badRequest(message, "Invalid registry", unknownRegistry(registryText));
                return;
            }
            registry = parsed.get();
        }
        Optional<Integer> limit = parseLimit(limitText);
        if (limit.isEmpty()) {
            badRequest(message, "Invalid limit", "The limit must be a whole number from 1 to " + MAX_LIMIT
                    + ", not '" + limitText + "'.");
            return;
        }
        List<DeliveryRecord> deliveries = operations.list(status.get(), registry, limit.get());
        respond(message, 200, IngressPaths.JSON, new DeliveryList(status.get().dbValue(),
                registry == null ? null : registry.id(), deliveries));
    }

    private void show(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        String id = message.getHeader("id", String.class);
        message.removeHeaders("*");
        if (!validDeliveryId(id)) {
            invalidDeliveryId(message);
            return;
        }
        Optional<DeliveryRecord> delivery = operations.find(id);
        if (delivery.isEmpty()) {
            deliveryNotFound(message, id);
            return;
        }
        respond(message, 200, IngressPaths.JSON, new DeliveryDetail(delivery.get(), operations.replayAudit(id)));
    }

    private void replayDelivery(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        String id = message.getHeader("id", String.class);
        String path = message.getHeader(Exchange.HTTP_PATH, String.class);
        message.removeHeaders("*");
        if (!validDeliveryId(id)) {
            invalidDeliveryId(message);
            return;
        }
        Actor actor = actor(exchange, path == null ? OpsPaths.REPLAY_DELIVERY : path);
        ReplayResult result = operations.replay(id, actor);
        if (result instanceof ReplayResult.NotFound) {
            deliveryNotFound(message, id);
        } else if (result instanceof ReplayResult.NotReplayable notReplayable) {
            respond(message, 409, IngressPaths.PROBLEM_JSON, Problem.of(409, "MP-0409", "Delivery cannot be replayed",
                    "Delivery " + id + " is " + notReplayable.status() + "; only dead or failed deliveries can be "
                            + "replayed."));
        } else {
            ReplayResult.Replayed replayed = (ReplayResult.Replayed) result;
            LOG.info("Delivery replayed deliveryId={} registry={} replay={} clientId={}", id, replayed.registry(),
                    replayed.replays(), actor.clientId());
            respond(message, 200, IngressPaths.JSON, new DeliveryReplayed(id, replayed.registry(),
                    DeliveryStatus.PENDING.dbValue(), replayed.replays()));
        }
    }

    private void replayRegistry(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        String registryText = message.getHeader("registry", String.class);
        String statusText = message.getHeader("status", DeliveryStatus.DEAD.dbValue(), String.class);
        String path = message.getHeader(Exchange.HTTP_PATH, String.class);
        message.removeHeaders("*");

        Optional<Registry> registry = parseRegistry(registryText);
        if (registry.isEmpty()) {
            respond(message, 404, IngressPaths.PROBLEM_JSON, Problem.of(404, "MP-0404", "Registry not found",
                    unknownRegistry(registryText)));
            return;
        }
        Optional<DeliveryStatus> status = parseStatus(statusText)
                .filter(parsed -> parsed == DeliveryStatus.DEAD || parsed == DeliveryStatus.FAILED);
        if (status.isEmpty()) {
            badRequest(message, "Invalid status", "Only dead or failed deliveries can be replayed; the status must "
                    + "be dead (the default) or failed, not '" + statusText + "'.");
            return;
        }
        Actor actor = actor(exchange, path == null ? OpsPaths.REPLAY_REGISTRY : path);
        List<String> replayed = operations.replayRegistry(registry.get(), status.get(), actor);
        LOG.info("Deliveries replayed registry={} status={} count={} clientId={}", registry.get().id(),
                status.get().dbValue(), replayed.size(), actor.clientId());
        respond(message, 200, IngressPaths.JSON,
                new RegistryReplayed(registry.get().id(), status.get().dbValue(), replayed.size(), replayed));
    }

    private static AuthenticatedClient client(Exchange exchange) {
        return exchange.getProperty(CLIENT_PROPERTY, AuthenticatedClient.class);
    }

    private static Actor actor(Exchange exchange, String path) {
        AuthenticatedClient client = client(exchange);
        return new Actor(client.clientId(), client.reporter().reportingOrganisation(), client.reporter().hprNumber(),
                path);
    }

    private static boolean validDeliveryId(String id) {
        return id != null && DELIVERY_ID.matcher(id).matches();
    }

    private static Optional<DeliveryStatus> parseStatus(String text) {
        for (DeliveryStatus status : DeliveryStatus.values()) {
            if (status.dbValue().equals(text)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    private static Optional<Registry> parseRegistry(String text) {
        for (Registry registry : Registry.values()) {
            if (registry.id().equals(text == null ? null : text.toLowerCase(Locale.ROOT))) {
                return Optional.of(registry);
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> parseLimit(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(DEFAULT_LIMIT);
        }
        try {
            int limit = Integer.parseInt(text.trim());
            return limit >= 1 && limit <= MAX_LIMIT ? Optional.of(limit) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String unknownRegistry(String text) {
        return "No registry is called '" + text + "'; expected sysvak, msis, noklus or nav.";
    }

    private void invalidDeliveryId(Message message) throws Exception {
        badRequest(message, "Invalid delivery id", "The delivery id must be a UUID, as in the submission status.");
    }

    private void deliveryNotFound(Message message, String id) throws Exception {
        respond(message, 404, IngressPaths.PROBLEM_JSON,
                Problem.of(404, "MP-0404", "Delivery not found", "No delivery has the id " + id + "."));
    }

    private void badRequest(Message message, String title, String detail) throws Exception {
        respond(message, 400, IngressPaths.PROBLEM_JSON, Problem.of(400, "MP-0400", title, detail));
    }

    private void respond(Message message, int status, String contentType, Object body) throws Exception {
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, contentType);
        message.setBody(json.writeValueAsString(body));
    }

    /** The body of the list response. {@code registry} is null when the list covers every registry. */
    public record DeliveryList(String status, String registry, List<DeliveryRecord> deliveries) {
    }

    /** The body of the single-delivery response: its state and history, and who replayed it when. */
    public record DeliveryDetail(DeliveryRecord delivery, List<ReplayAuditEntry> replays) {
    }

    public record DeliveryReplayed(String deliveryId, String registry, String status, int replays) {
    }

    public record RegistryReplayed(String registry, String status, int replayed, List<String> deliveryIds) {
    }
}
