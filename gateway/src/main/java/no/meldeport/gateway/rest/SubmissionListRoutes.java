package no.meldeport.gateway.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import no.meldeport.gateway.ingress.AuthenticateProcessor;
import no.meldeport.gateway.ingress.ErrorCodes;
import no.meldeport.gateway.ingress.IngressErrorHandling;
import no.meldeport.gateway.ingress.IngressPaths;
import no.meldeport.gateway.ingress.PublicAddress;
import no.meldeport.gateway.ingress.SubmissionStatusRoutes.DeliveryStatus;
import no.meldeport.gateway.security.AuthenticatedClient;
import no.meldeport.gateway.store.SubmissionStore;
import no.meldeport.gateway.store.SubmissionView;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code GET /api/v1/submissions?since=…&status=…&limit=…&offset=…}: the calling client's own submissions, newest
 * first, one page at a time. {@code next} is the URL of the next page, absent on the last one.
 */
public final class SubmissionListRoutes extends RouteBuilder {

    public static final String ROUTE_ID = "submission-list";
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    static final Set<String> STATES = Set.of("pending", "delivered", "failed");

    private final SubmissionStore store;
    private final PublicAddress publicAddress;

    public SubmissionListRoutes(SubmissionStore store, PublicAddress publicAddress) {
        this.store = store;
        this.publicAddress = publicAddress;
    }

    @Override
    public void configure() {
        from(IngressPaths.endpoint(ApiPaths.SUBMISSIONS, "GET"))
                .routeId(ROUTE_ID)
                .routeConfigurationId(IngressErrorHandling.CONFIGURATION_ID)
                .process("#" + AuthenticateProcessor.BEAN)
                .process(this::list);
    }

    private void list(Exchange exchange) {
        Message message = exchange.getMessage();
        AuthenticatedClient client = AuthenticateProcessor.client(exchange);
        String sinceText = message.getHeader("since", String.class);
        String state = message.getHeader("status", String.class);
        Instant since;
        try {
            since = sinceText == null ? Instant.EPOCH : Instant.parse(sinceText);
        } catch (DateTimeParseException e) {
            invalid(message, "since", "an instant in UTC such as 2026-12-01T00:00:00Z");
            return;
        }
        if (state != null && !STATES.contains(state)) {
            invalid(message, "status", "one of pending, delivered, failed");
            return;
        }
        Integer limit = integer(message, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        Integer offset = integer(message, "offset", 0, 0, 1_000_000);
        if (limit == null || offset == null) {
            return;
        }

        // Reading one row more than the page shows whether a next page exists.
        List<SubmissionView> rows = store.list(client.clientId(), since, state, limit + 1, offset);
        List<SubmissionView> page = rows.subList(0, Math.min(limit, rows.size()));
        String next = rows.size() > limit ? nextUrl(sinceText, state, limit, offset + limit) : null;
        ApiResponses.json(message, 200, new SubmissionPage(page.stream().map(SubmissionSummary::of).toList(),
                limit, offset, next));
    }

    private String nextUrl(String since, String state, int limit, int offset) {
        StringBuilder url = new StringBuilder(publicAddress.baseUrl()).append(ApiPaths.SUBMISSIONS).append('?');
        if (since != null) {
            url.append("since=").append(since).append('&');
        }
        if (state != null) {
            url.append("status=").append(state).append('&');
        }
        return url.append("limit=").append(limit).append("&offset=").append(offset).toString();
    }

    private static Integer integer(Message message, String name, int fallback, int min, int max) {
        String text = message.getHeader(name, String.class);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // rejected below like a value out of range
        }
        invalid(message, name, "an integer from " + min + " to " + max);
        return null;
    }

    private static void invalid(Message message, String parameter, String expected) {
        ApiResponses.problem(message, 400, ErrorCodes.INVALID_QUERY_PARAMETER, "Invalid query parameter",
                "The query parameter " + parameter + " must be " + expected + ".");
    }

    /** One page of submissions. */
    public record SubmissionPage(List<SubmissionSummary> submissions, int limit, int offset, String next) {
    }

    /** A submission in a list: its overall status and each delivery's state. */
    public record SubmissionSummary(String submissionId, String reportType, Instant acceptedAt, String status,
            List<DeliveryStatus> deliveries) {

        static SubmissionSummary of(SubmissionView view) {
            return new SubmissionSummary(view.id(), view.reportType().code(), view.acceptedAt(), state(view),
                    view.deliveries().stream().map(DeliveryStatus::of).toList());
        }

        /**
         * Returns pending while any delivery is pending, else failed when any failed or is a dead letter, else
         * delivered, as the store filters.
         */
        static String state(SubmissionView view) {
            if (view.deliveries().stream().anyMatch(delivery -> "pending".equals(delivery.status()))) {
                return "pending";
            }
            if (view.deliveries().stream()
                    .anyMatch(delivery -> "failed".equals(delivery.status()) || "dead".equals(delivery.status()))) {
                return "failed";
            }
            return "delivered";
        }
    }
}
