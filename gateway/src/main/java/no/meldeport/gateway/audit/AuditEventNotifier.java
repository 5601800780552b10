package no.meldeport.gateway.audit;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.meldeport.gateway.security.AuthenticatedClient;
import no.meldeport.gateway.store.SubmissionStore;
import no.meldeport.gateway.store.SubmissionView;
import no.meldeport.model.Reporter;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one audit event per finished request on {@code /fhir}, {@code /api}, {@code /ops} and the development token
 * endpoint, accepted or rejected alike. It listens to Camel's exchange events, so no route has to remember to audit:
 * the request line is captured when the exchange is created, because routes clear the headers before they respond.
 */
public final class AuditEventNotifier extends EventNotifierSupport {

    private static final Logger LOG = LoggerFactory.getLogger(AuditEventNotifier.class);
    private static final String PROPERTY_METHOD = "meldeportAuditMethod";
    private static final String PROPERTY_PATH = "meldeportAuditPath";
    private static final Pattern SUBMISSION_ID = Pattern.compile(
            "/submissions/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    /** Exchange property (AuthenticatedClient) set by the authentication step; duplicated here to keep packages apart. */
    private static final String PROPERTY_CLIENT = "meldeportClient";

    private final AuditLog auditLog;
    private final RequestMetrics metrics;
    private final SubmissionStore store;
    private final Clock clock;

    public AuditEventNotifier(AuditLog auditLog, RequestMetrics metrics, SubmissionStore store, Clock clock) {
        this.auditLog = auditLog;
        this.metrics = metrics;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeCreatedEvent || event instanceof CamelEvent.ExchangeCompletedEvent
                || event instanceof CamelEvent.ExchangeFailedEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        Exchange exchange = ((CamelEvent.ExchangeEvent) event).getExchange();
        if (event instanceof CamelEvent.ExchangeCreatedEvent) {
            capture(exchange);
            return;
        }
        String path = exchange.getProperty(PROPERTY_PATH, String.class);
        if (path == null || !isAudited(path)) {
            return;
        }
        try {
            AuditEvent auditEvent = toEvent(exchange, path);
            metrics.record(auditEvent);
            auditLog.append(auditEvent);
        } catch (RuntimeException e) {
            LOG.warn("Audit event could not be written exchangeId={} path={}", exchange.getExchangeId(), path, e);
        }
    }

    private static void capture(Exchange exchange) {
        String method = exchange.getIn().getHeader(Exchange.HTTP_METHOD, String.class);
        String uri = exchange.getIn().getHeader(Exchange.HTTP_URI, String.class);
        if (method == null || uri == null) {
            return;
        }
        int query = uri.indexOf('?');
        exchange.setProperty(PROPERTY_METHOD, method);
        exchange.setProperty(PROPERTY_PATH, query < 0 ? uri : uri.substring(0, query));
    }

    static boolean isAudited(String path) {
        return path.startsWith("/fhir/") || path.startsWith("/api/") || path.startsWith("/ops/api/")
                || path.equals("/dev/token");
    }

    private AuditEvent toEvent(Exchange exchange, String path) {
        int status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 200, Integer.class);
        AuthenticatedClient client = exchange.getProperty(PROPERTY_CLIENT, AuthenticatedClient.class);
        Reporter reporter = client == null ? null : client.reporter();
        Optional<String> submissionId = submissionId(exchange, path);
        String reportType = submissionId.flatMap(store::find)
                .filter(found -> client != null && found.clientId().equals(client.clientId()))
                .map(SubmissionView::reportType)
                .map(type -> type.code())
                .orElse(null);
        return new AuditEvent(
                clock.instant(),
                action(exchange, path),
                exchange.getProperty(PROPERTY_METHOD, String.class),
                path,
                status,
                outcome(status),
                client == null ? null : client.clientId(),
                reporter == null ? null : reporter.reportingOrganisation(),
                reporter == null ? null : reporter.hprNumber(),
                reportType,
                submissionId.orElse(null));
    }

    private static String action(Exchange exchange, String path) {
        String routeId = exchange.getFromRouteId();
        return routeId != null ? routeId : path;
    }

    private static String outcome(int status) {
        if (status == 202) {
            return "accepted";
        }
        if (status >= 200 && status < 300) {
            return "ok";
        }
        return status >= 500 ? "failed" : "rejected";
    }

    private static Optional<String> submissionId(Exchange exchange, String path) {
        String location = exchange.getMessage().getHeader("Location", String.class);
        for (String candidate : new String[] {location, path}) {
            if (candidate != null) {
                Matcher matcher = SUBMISSION_ID.matcher(candidate);
                if (matcher.find()) {
                    return Optional.of(matcher.group(1));
                }
            }
        }
        return Optional.empty();
    }
}
