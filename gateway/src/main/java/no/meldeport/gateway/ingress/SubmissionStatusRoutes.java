package no.meldeport.gateway.ingress;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import no.meldeport.gateway.json.Json;
import no.meldeport.gateway.security.AuthenticatedClient;
import no.meldeport.gateway.store.SubmissionStore;
import no.meldeport.gateway.store.SubmissionView;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code GET /api/v1/submissions/{id}}: the submission's report type, acceptance time and per-registry state. A client
 * sees only its own submissions.
 */
public final class SubmissionStatusRoutes extends RouteBuilder {

    public static final String ROUTE_ID = "submission-status";

    private static final Pattern SUBMISSION_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final SubmissionStore store;
    private final ObjectMapper json = Json.mapper();

    public SubmissionStatusRoutes(SubmissionStore store) {
        this.store = store;
    }

    @Override
    public void configure() {
        from(IngressPaths.endpoint(IngressPaths.SUBMISSION, "GET"))
                .routeId(ROUTE_ID)
                .routeConfigurationId(IngressErrorHandling.CONFIGURATION_ID)
                .process("#" + AuthenticateProcessor.BEAN)
                .process(this::answer);
    }

    private void answer(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        String id = message.getHeader("id", String.class);
        message.removeHeaders("*");
        if (id == null || !SUBMISSION_ID.matcher(id).matches()) {
            respond(message, 400, IngressPaths.PROBLEM_JSON, Problem.of(400, ErrorCodes.INVALID_SUBMISSION_ID, "Invalid submission id",
                    "The submission id must be the UUID from the Location header of the submission's answer."));
            return;
        }
        AuthenticatedClient client = exchange.getProperty(ExchangeProperties.CLIENT, AuthenticatedClient.class);
        // Another client's submission gets the same response as a missing one, so ids cannot be probed.
        Optional<SubmissionView> submission =
                store.find(id).filter(found -> found.clientId().equals(client.clientId()));
        if (submission.isEmpty()) {
            respond(message, 404, IngressPaths.PROBLEM_JSON, Problem.of(404, ErrorCodes.NOT_FOUND, "Submission not found",
                    "No submission of this client has the id " + id + "."));
            return;
        }
        respond(message, 200, IngressPaths.JSON, SubmissionStatus.of(submission.get()));
    }

    private void respond(Message message, int status, String contentType, Object body) throws Exception {
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, contentType);
        message.setBody(json.writeValueAsString(body));
    }

    /** The JSON body of the status response. */
    public record SubmissionStatus(
            String submissionId, String reportType, Instant acceptedAt, List<DeliveryStatus> deliveries) {

        public static SubmissionStatus of(SubmissionView view) {
            return new SubmissionStatus(view.id(), view.reportType().code(), view.acceptedAt(),
                    view.deliveries().stream().map(DeliveryStatus::of).toList());
        }
    }

    /** One registry's delivery state. */
    public record DeliveryStatus(
            String deliveryId,
            String registry,
            String status,
            int attempts,
            String receiptId,
            Integer lastHttpStatus,
            String lastError,
            Instant nextAttemptAt,
            Instant updatedAt,
            Instant deliveredAt) {

        public static DeliveryStatus of(SubmissionView.DeliveryView view) {
            boolean pending = "pending".equals(view.status());
            return new DeliveryStatus(view.id(), view.registry(), view.status(), view.attempts(), view.receiptId(),
                    view.lastHttpStatus(), view.lastError(), pending ? view.nextAttemptAt() : null, view.updatedAt(),
                    view.deliveredAt());
        }
    }
}
