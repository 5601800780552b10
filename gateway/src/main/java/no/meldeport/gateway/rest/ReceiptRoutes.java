package no.meldeport.gateway.rest;

import java.util.Optional;
import no.meldeport.gateway.ingress.AuthenticateProcessor;
import no.meldeport.gateway.ingress.IngressErrorHandling;
import no.meldeport.gateway.ingress.IngressPaths;
import no.meldeport.gateway.receipt.Receipts;
import no.meldeport.gateway.store.SubmissionStore;
import no.meldeport.gateway.store.SubmissionView;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code GET /api/v1/submissions/{id}/receipt}: per delivery the registry's receipt id and time and a short Norwegian
 * journal text, for the caller's own submissions only.
 */
public final class ReceiptRoutes extends RouteBuilder {

    public static final String ROUTE_ID = "submission-receipt";

    private final SubmissionStore store;

    public ReceiptRoutes(SubmissionStore store) {
        this.store = store;
    }

    @Override
    public void configure() {
        from(IngressPaths.endpoint(ApiPaths.SUBMISSION_RECEIPT, "GET"))
                .routeId(ROUTE_ID)
                .routeConfigurationId(IngressErrorHandling.CONFIGURATION_ID)
                .process("#" + AuthenticateProcessor.BEAN)
                .process(this::receipt);
    }

    private void receipt(Exchange exchange) {
        Message message = exchange.getMessage();
        Optional<SubmissionView> submission =
                ApiResponses.ownSubmission(message, store, AuthenticateProcessor.client(exchange));
        if (submission.isEmpty()) {
            return;
        }
        ApiResponses.json(message, 200, Receipts.of(submission.get(), store.envelopes(submission.get().id())));
    }
}
