package no.meldeport.gateway.ingress;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Set;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.SubmissionIssue;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Responds to a request whose body the HTTP server rejects before any Camel route reads it: a body over
 * {@code MELDEPORT_MAX_BODY_BYTES} (413), or a multipart body Vert.x cannot decode (Meldeport takes no multipart
 * bodies, so 415). Vert.x would send a bare status line; this handler sends the same OperationOutcome or problem
 * document as every other error, rendered by the {@link ErrorResponder}.
 *
 * <p>NOTE: such a request never reaches a route, so the audit log has no event for it; the log line here is its
 * only trace.
 */
public final class RejectedBodyHandler implements Handler<RoutingContext> {

    private static final Logger LOG = LoggerFactory.getLogger(RejectedBodyHandler.class);
    private static final int BAD_REQUEST = 400;
    private static final int CONTENT_TOO_LARGE = 413;
    private static final String MULTIPART = "multipart/";

    private final ErrorResponder responder;
    private final long maxBytes;

    public RejectedBodyHandler(ErrorResponder responder, long maxBytes) {
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
            throw new IllegalStateException("No platform-http router is registered, so the body handler cannot be added");
        }
        // A failure handler rather than Router.errorHandler, because Vert.x consults error handlers only on the root
        // router, and platform-http serves its routes from a sub-router.
        routers.forEach(router -> router.route().order(Integer.MIN_VALUE).failureHandler(this));
    }

    @Override
    public void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String contentType = request.getHeader("Content-Type");
        SubmissionIssue issue = issueFor(context.statusCode(), contentType);
        if (issue == null || context.response().ended() || context.response().headWritten()) {
            context.next();
            return;
        }
        LOG.info("Request body rejected by the HTTP server path={} status={} limitBytes={}", request.path(),
                context.statusCode(), maxBytes);
        try {
            ErrorResponder.RenderedError error = responder.rejectedBody(request.path(), contentType,
                    request.getHeader("Accept-Language"), issue);
            context.response()
                    .setStatusCode(error.status())
                    .putHeader("Content-Type", error.contentType())
                    .putHeader("Content-Language", error.contentLanguage())
                    .end(error.body());
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("Rendering the response to a rejected body failed; sending the status alone path={}",
                    request.path(), e);
            context.response().setStatusCode(context.statusCode()).end();
        }
    }

    /** Returns the issue for a failure of the body handler, or null for any other failure. */
    private SubmissionIssue issueFor(int status, String contentType) {
        if (status == CONTENT_TOO_LARGE) {
            return SubmissionIssue.error(IssueMessage.BODY_TOO_LARGE, null, null, Long.toString(maxBytes));
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (status == BAD_REQUEST && mediaType.startsWith(MULTIPART)) {
            return SubmissionIssue.error(IssueMessage.MEDIA_TYPE_NOT_SUPPORTED, null, mediaType, mediaType);
        }
        return null;
    }
}
