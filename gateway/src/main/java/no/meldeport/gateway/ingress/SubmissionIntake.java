package no.meldeport.gateway.ingress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import no.meldeport.gateway.security.AuthenticatedClient;
import no.meldeport.gateway.security.ScopeChecker;
import no.meldeport.gateway.security.Scopes;
import no.meldeport.gateway.store.AcceptResult;
import no.meldeport.gateway.store.NewDelivery;
import no.meldeport.gateway.store.NewSubmission;
import no.meldeport.gateway.store.SubmissionStore;
import no.meldeport.gateway.submission.InvalidSubmissionException;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.ParsedSubmission;
import no.meldeport.gateway.submission.SubmissionIssue;
import no.meldeport.gateway.submission.SubmissionPlanner;
import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.PersonIdentifier;
import no.meldeport.model.Registry;
import no.meldeport.routes.plan.PlannedDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps every accepted report goes through, whichever face it came in by: plan the deliveries, check the
 * client's scopes against them, and store the submission with one outbox row per delivery. Nothing is stored when
 * planning or the scope check fails.
 */
public final class SubmissionIntake {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionIntake.class);

    private final SubmissionPlanner planner;
    private final ScopeChecker scopeChecker;
    private final SubmissionStore store;
    private final Clock clock;
    private final Supplier<String> ids;

    public SubmissionIntake(SubmissionPlanner planner, ScopeChecker scopeChecker, SubmissionStore store, Clock clock) {
        this(planner, scopeChecker, store, clock, () -> UUID.randomUUID().toString());
    }

    SubmissionIntake(SubmissionPlanner planner, ScopeChecker scopeChecker, SubmissionStore store, Clock clock,
            Supplier<String> ids) {
        this.planner = planner;
        this.scopeChecker = scopeChecker;
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * Plans, authorises and stores one submission.
     *
     * @param idempotencyKey the client's {@code Idempotency-Key} header, or null to use the submission's
     *     {@link ParsedSubmission#idempotencyFallbackKey()} (on the FHIR face the MessageHeader id)
     * @param body the request body as received, hashed to tell a retry from a different report under the same key
     */
    public AcceptResult accept(AuthenticatedClient client, ParsedSubmission submission, String idempotencyKey,
            byte[] body) {
        String key = idempotencyKey != null ? idempotencyKey : submission.idempotencyFallbackKey();
        checkStorable(key, submission.messageId());
        List<PlannedDelivery> planned = planAndAuthorise(client, submission);
        Set<Registry> registries = registries(planned);

        String submissionId = ids.get();
        Instant acceptedAt = clock.instant();
        String orderingKey = orderingKey(submission.context().patient().identifier());
        List<NewDelivery> deliveries = new ArrayList<>();
        for (PlannedDelivery delivery : planned) {
            String deliveryId = ids.get();
            DeliveryEnvelope envelope = new DeliveryEnvelope(deliveryId, submissionId, acceptedAt,
                    submission.context(), client.reporter(), delivery.content());
            deliveries.add(new NewDelivery(deliveryId, delivery.registry(), orderingKey, envelope));
        }
        NewSubmission newSubmission = new NewSubmission(submissionId, client.clientId(), key, sha256(body),
                submission.type(), submission.messageId(), client.reporter(), acceptedAt, deliveries);

        AcceptResult result = store.accept(newSubmission);
        if (result instanceof AcceptResult.Stored stored) {
            LOG.info("Submission accepted submissionId={} clientId={} reportType={} registries={}",
                    stored.submission().id(), client.clientId(), submission.type().code(), registries);
        } else if (result instanceof AcceptResult.Duplicate duplicate) {
            LOG.info("Submission repeated submissionId={} clientId={}", duplicate.submission().id(),
                    client.clientId());
        } else if (result instanceof AcceptResult.KeyConflict conflict) {
            LOG.info("Submission rejected for reused idempotency key clientId={} existingSubmissionId={}",
                    client.clientId(), conflict.existingSubmissionId());
        }
        return result;
    }

    /**
     * Plans the deliveries and checks the client's scopes against them, storing nothing: the dry run of
     * {@link #accept}, for validation endpoints.
     *
     * @return the registries the submission would be delivered to, in delivery order
     * @throws no.meldeport.gateway.submission.InvalidSubmissionException when planning rejects the parts
     * @throws no.meldeport.gateway.security.InsufficientScopeException when the client lacks a scope
     */
    public Set<Registry> dryRun(AuthenticatedClient client, ParsedSubmission submission) {
        return registries(planAndAuthorise(client, submission));
    }

    /**
     * Rejects an idempotency key or message id the store cannot keep (its columns hold 200 characters), whichever face
     * read them, so an oversized value is a 4xx instead of a failed insert.
     */
    private static void checkStorable(String key, String messageId) {
        if (key.length() > RequestFacts.MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw new InvalidIdempotencyKeyException();
        }
        if (messageId.length() > RequestFacts.MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw new InvalidSubmissionException(SubmissionIssue.error(IssueMessage.MESSAGE_ID_TOO_LONG, null, null,
                    Integer.toString(messageId.length()), Integer.toString(RequestFacts.MAX_IDEMPOTENCY_KEY_LENGTH)));
        }
    }

    private List<PlannedDelivery> planAndAuthorise(AuthenticatedClient client, ParsedSubmission submission) {
        List<PlannedDelivery> planned = planner.plan(submission);
        scopeChecker.check(client, Scopes.requiredScopes(submission.type(), registries(planned)));
        return planned;
    }

    private static Set<Registry> registries(List<PlannedDelivery> planned) {
        Set<Registry> registries = new LinkedHashSet<>();
        planned.forEach(delivery -> registries.add(delivery.registry()));
        return registries;
    }

    /** Hashes the patient identifier: deliveries for one patient keep their order without storing who it is twice. */
    private static String orderingKey(PersonIdentifier identifier) {
        return sha256((identifier.type().name() + ":" + identifier.value()).getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
