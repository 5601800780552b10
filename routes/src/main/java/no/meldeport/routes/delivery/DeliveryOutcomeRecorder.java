package no.meldeport.routes.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import no.meldeport.model.Registry;
import no.meldeport.model.RegistryMapper;
import no.meldeport.model.RegistryResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what one registry response (or one failed request) means for a delivery, and records it in the outbox.
 * Transient faults (timeouts, refused or reset connections, 408, 425, 429 and 5xx) are retried on the schedule of the
 * registry's {@link RetryPolicy} and end as dead letters when it runs out. A 4xx carrying the registry's error fails
 * the delivery at once. A response that cannot be read is retried up to the policy's
 * {@link RetryPolicy#maxUnreadableAttempts()} and then fails with the raw status.
 */
public final class DeliveryOutcomeRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryOutcomeRecorder.class);
    private static final int MAX_ERROR_LENGTH = 1000;

    private final DeliveryQueue queue;
    private final Function<Registry, RegistryMapper> mappers;
    private final Function<Registry, RetryPolicy> retryPolicies;
    private final Clock clock;
    private final DoubleSupplier random;

    /**
     * @param retryPolicies the retry policy of each registry
     * @param random values in [0, 1) for the jitter of retry delays
     */
    public DeliveryOutcomeRecorder(
            DeliveryQueue queue,
            Function<Registry, RegistryMapper> mappers,
            Function<Registry, RetryPolicy> retryPolicies,
            Clock clock,
            DoubleSupplier random) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.mappers = Objects.requireNonNull(mappers, "mappers");
        this.retryPolicies = Objects.requireNonNull(retryPolicies, "retryPolicies");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Records the registry's HTTP response. {@code retryAfter} is the parsed {@code Retry-After}, or null. */
    public RecordedOutcome recordAnswer(
            ClaimedDelivery delivery, int httpStatus, String contentType, String body, Duration retryAfter) {
        if (isTransientStatus(httpStatus)) {
            return retryOrBury(delivery, httpStatus, "registry answered HTTP " + httpStatus, retryAfter);
        }
        RegistryResponse response = mappers.apply(delivery.registry()).readResponse(httpStatus, contentType, body);
        if (response instanceof RegistryResponse.Accepted accepted) {
            boolean current = queue.markDelivered(delivery, accepted.receiptId(), httpStatus);
            LOG.info("Delivery delivered deliveryId={} submissionId={} registry={} attempt={} receiptId={}{}",
                    delivery.deliveryId(), delivery.envelope().submissionId(), delivery.registry().id(),
                    delivery.attempt(), accepted.receiptId(), current ? "" : " (already recorded)");
            return new RecordedOutcome(AttemptOutcome.DELIVERED, false);
        }
        if (response instanceof RegistryResponse.Rejected rejected) {
            String error = truncate(rejected.errorCode() + ": " + rejected.reason());
            warnIfStale(delivery, queue.markFailed(delivery, AttemptOutcome.REJECTED, httpStatus, error));
            LOG.warn("Delivery rejected by registry deliveryId={} submissionId={} registry={} httpStatus={} errorCode={}",
                    delivery.deliveryId(), delivery.envelope().submissionId(), delivery.registry().id(), httpStatus,
                    rejected.errorCode());
            return new RecordedOutcome(AttemptOutcome.REJECTED, false);
        }
        RegistryResponse.Unreadable unreadable = (RegistryResponse.Unreadable) response;
        String error = truncate("unreadable registry answer, HTTP " + httpStatus + ": " + unreadable.detail());
        if (delivery.attempt() >= retryPolicies.apply(delivery.registry()).maxUnreadableAttempts()) {
            warnIfStale(delivery, queue.markFailed(delivery, AttemptOutcome.UNREADABLE, httpStatus, error));
            LOG.warn("Delivery failed after unreadable answers deliveryId={} registry={} httpStatus={} attempts={}",
                    delivery.deliveryId(), delivery.registry().id(), httpStatus, delivery.attempt());
            return new RecordedOutcome(AttemptOutcome.UNREADABLE, true);
        }
        return retryOrBury(delivery, httpStatus, error, null);
    }

    /** Records a request that got no response: a refused or reset connection, or a timeout. */
    public RecordedOutcome recordRequestFailure(ClaimedDelivery delivery, Throwable cause) {
        String error = truncate("request failed: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        return retryOrBury(delivery, null, error, null);
    }

    /** Records a message that could not be built from the stored content; resending cannot help. */
    public RecordedOutcome recordMappingFailure(ClaimedDelivery delivery, RuntimeException cause) {
        String error = truncate("mapping failed: " + cause.getClass().getSimpleName());
        warnIfStale(delivery, queue.markFailed(delivery, AttemptOutcome.MAPPING_FAILED, null, error));
        LOG.error("Delivery mapping failed deliveryId={} registry={}", delivery.deliveryId(), delivery.registry().id(),
                cause);
        return new RecordedOutcome(AttemptOutcome.MAPPING_FAILED, false);
    }

    private RecordedOutcome retryOrBury(
            ClaimedDelivery delivery, Integer httpStatus, String error, Duration retryAfter) {
        RetryPolicy policy = retryPolicies.apply(delivery.registry());
        Instant now = clock.instant();
        Instant next = now.plus(policy.delayAfter(delivery.attempt(), retryAfter, random.getAsDouble()));
        if (!policy.hasAttemptsLeft(delivery.attempt()) || policy.beyondMaxAge(delivery.windowStartedAt(), next)) {
            String reason = policy.hasAttemptsLeft(delivery.attempt())
                    ? "maximum age " + policy.maxAge() + " reached"
                    : "gave up after " + delivery.attempt() + " attempts";
            warnIfStale(delivery, queue.markDead(delivery, httpStatus, truncate(reason + "; last error: " + error)));
            LOG.warn("Delivery is a dead letter deliveryId={} registry={} attempts={} reason={} lastError={}",
                    delivery.deliveryId(), delivery.registry().id(), delivery.attempt(), reason, error);
            return new RecordedOutcome(AttemptOutcome.DEAD, true);
        }
        warnIfStale(delivery, queue.scheduleRetry(delivery, httpStatus, error, next));
        LOG.info("Delivery will be retried deliveryId={} registry={} attempt={} delayMillis={} lastError={}",
                delivery.deliveryId(), delivery.registry().id(), delivery.attempt(),
                Duration.between(now, next).toMillis(), error);
        return new RecordedOutcome(AttemptOutcome.RETRY_SCHEDULED, true);
    }

    private static void warnIfStale(ClaimedDelivery delivery, boolean current) {
        if (!current) {
            LOG.warn("Delivery outcome kept in history only, because the lease was lost deliveryId={} registry={} "
                    + "attemptId={}", delivery.deliveryId(), delivery.registry().id(), delivery.attemptId());
        }
    }

    static boolean isTransientStatus(int httpStatus) {
        return httpStatus == 408 || httpStatus == 425 || httpStatus == 429 || httpStatus >= 500;
    }

    private static String truncate(String text) {
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
