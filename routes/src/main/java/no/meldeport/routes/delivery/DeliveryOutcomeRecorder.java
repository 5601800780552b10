package no.meldeport.routes.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import no.meldeport.model.Registry;
import no.meldeport.model.RegistryMapper;
import no.meldeport.model.RegistryResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what one registry answer (or one failed request) means for a delivery, and records it in the outbox.
 * Transient faults (timeouts, refused or reset connections, 408, 425, 429 and 5xx) are retried by the
 * {@link RetryPolicy}; a 4xx carrying the registry's error fails the delivery at once; an answer that cannot be read
 * is retried up to {@code maxUnreadableAttempts} attempts and then fails with the raw status.
 */
public final class DeliveryOutcomeRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryOutcomeRecorder.class);
    private static final int MAX_ERROR_LENGTH = 1000;

    private final DeliveryQueue queue;
    private final Function<Registry, RegistryMapper> mappers;
    private final RetryPolicy retryPolicy;
    private final int maxUnreadableAttempts;
    private final Clock clock;

    public DeliveryOutcomeRecorder(
            DeliveryQueue queue,
            Function<Registry, RegistryMapper> mappers,
            RetryPolicy retryPolicy,
            int maxUnreadableAttempts,
            Clock clock) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.mappers = Objects.requireNonNull(mappers, "mappers");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.maxUnreadableAttempts = maxUnreadableAttempts;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records the registry's HTTP answer. {@code retryAfter} is the parsed {@code Retry-After}, or null. */
    public DeliveryStatus recordAnswer(
            ClaimedDelivery delivery, int httpStatus, String contentType, String body, Duration retryAfter) {
        if (isTransientStatus(httpStatus)) {
            return retryOrFail(delivery, httpStatus, "registry answered HTTP " + httpStatus, retryAfter);
        }
        RegistryResponse response = mappers.apply(delivery.registry()).readResponse(httpStatus, contentType, body);
        if (response instanceof RegistryResponse.Accepted accepted) {
            queue.markDelivered(delivery.deliveryId(), accepted.receiptId(), httpStatus);
            LOG.info("Delivery delivered deliveryId={} submissionId={} registry={} attempt={} receiptId={}",
                    delivery.deliveryId(), delivery.envelope().submissionId(), delivery.registry().id(),
                    delivery.attempt(), accepted.receiptId());
            return DeliveryStatus.DELIVERED;
        }
        if (response instanceof RegistryResponse.Rejected rejected) {
            String error = truncate(rejected.errorCode() + ": " + rejected.reason());
            queue.markFailed(delivery.deliveryId(), httpStatus, error);
            LOG.warn("Delivery rejected by registry deliveryId={} submissionId={} registry={} httpStatus={} errorCode={}",
                    delivery.deliveryId(), delivery.envelope().submissionId(), delivery.registry().id(), httpStatus,
                    rejected.errorCode());
            return DeliveryStatus.FAILED;
        }
        RegistryResponse.Unreadable unreadable = (RegistryResponse.Unreadable) response;
        String error = truncate("unreadable registry answer, HTTP " + httpStatus + ": " + unreadable.detail());
        if (delivery.attempt() >= maxUnreadableAttempts) {
            queue.markFailed(delivery.deliveryId(), httpStatus, error);
            LOG.warn("Delivery failed after unreadable answers deliveryId={} registry={} httpStatus={} attempts={}",
                    delivery.deliveryId(), delivery.registry().id(), httpStatus, delivery.attempt());
            return DeliveryStatus.FAILED;
        }
        return retryOrFail(delivery, httpStatus, error, null);
    }

    /** Records a request that got no answer: a refused or reset connection, or a timeout. */
    public DeliveryStatus recordRequestFailure(ClaimedDelivery delivery, Throwable cause) {
        String error = truncate("request failed: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        return retryOrFail(delivery, null, error, null);
    }

    /** Records a message that could not be built from the stored content; resending cannot help. */
    public DeliveryStatus recordMappingFailure(ClaimedDelivery delivery, RuntimeException cause) {
        String error = truncate("mapping failed: " + cause.getClass().getSimpleName());
        queue.markFailed(delivery.deliveryId(), null, error);
        LOG.error("Delivery mapping failed deliveryId={} registry={}", delivery.deliveryId(), delivery.registry().id(),
                cause);
        return DeliveryStatus.FAILED;
    }

    private DeliveryStatus retryOrFail(ClaimedDelivery delivery, Integer httpStatus, String error, Duration retryAfter) {
        if (!retryPolicy.hasAttemptsLeft(delivery.attempt())) {
            queue.markFailed(delivery.deliveryId(), httpStatus,
                    truncate("gave up after " + delivery.attempt() + " attempts; last error: " + error));
            LOG.warn("Delivery failed after all attempts deliveryId={} registry={} attempts={} lastError={}",
                    delivery.deliveryId(), delivery.registry().id(), delivery.attempt(), error);
            return DeliveryStatus.FAILED;
        }
        Duration delay = retryPolicy.delayAfter(delivery.attempt(), retryAfter);
        Instant next = clock.instant().plus(delay);
        queue.scheduleRetry(delivery.deliveryId(), httpStatus, error, next);
        LOG.info("Delivery will be retried deliveryId={} registry={} attempt={} delayMillis={} lastError={}",
                delivery.deliveryId(), delivery.registry().id(), delivery.attempt(), delay.toMillis(), error);
        return DeliveryStatus.PENDING;
    }

    static boolean isTransientStatus(int httpStatus) {
        return httpStatus == 408 || httpStatus == 425 || httpStatus == 429 || httpStatus >= 500;
    }

    private static String truncate(String text) {
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
