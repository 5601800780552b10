package no.meldeport.gateway.ingress;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a body over {@code MELDEPORT_MAX_BODY_BYTES} that the HTTP server rejects before any Camel route sees it.
 * Vert.x would send a bare {@code 413 Request Entity Too Large}; this handler sends the same OperationOutcome or
 * problem document as every other error, rendered by the {@link ErrorResponder}.
 *
 * <p>NOTE: such a request never reaches a route, so the audit log has no event for it; the log line here is its
 * only trace.
 */
public final class BodyTooLargeHandler implements Handler<RoutingContext> {

    private static final Logger LOG = LoggerFactory.getLogger(BodyTooLargeHandler.class);
    private static final int CONTENT_TOO_LARGE = 413;

    private final ErrorResponder responder;
    private final long maxBytes;

    public BodyTooLargeHandler(ErrorResponder responder, long maxBytes) {
        this.responder = responder;
        this.maxBytes = maxBytes;
    }

    /**
     * Installs the handler on the gateway's platform-http routers; call after Camel has started. The router is looked
     * up by type, because its registry name depends on the configured port.
     *
     * @throws IllegalStateException when Camel has registered no platform-http router
     */
    public void install(CamelContext camelContext) {
        Set<VertxPlatformHttpRouter> routers = camelContext.getRegistry().findByType(VertxPlatformHttpRouter.class);
        if (routers.isEmpty()) {
            throw new IllegalStateException("No platform-http router is registered, so the 413 handler cannot be added");
        }
        // A failure handler rather than Router.errorHandler, because Vert.x consults error handlers only on the root
        // router, and platform-http serves its routes from a sub-router.
        routers.forEach(router -> router.route().order(Integer.MIN_VALUE).failureHandler(this));
    }

    @Override
    public void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (context.statusCode() != CONTENT_TOO_LARGE) {
            context.next();
            return;
        }
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        LOG.info("Request rejected for its size path={} limitBytes={}", request.path(), maxBytes);
        try {
            ErrorResponder.RenderedError error = responder.bodyTooLarge(request.path(),
                    request.getHeader("Content-Type"), request.getHeader("Accept-Language"), maxBytes);
            context.response()
                    .setStatusCode(error.status())
                    .putHeader("Content-Type", error.contentType())
                    .putHeader("Content-Language", error.contentLanguage())
                    .end(error.body());
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("Rendering the 413 response failed; sending it without a body path={}", request.path(), e);
            context.response().setStatusCode(CONTENT_TOO_LARGE).end();
        }
    }
}
