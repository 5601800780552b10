package no.meldeport.routes.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import no.meldeport.model.ClinicalContext;
import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.Klinikermelding;
import no.meldeport.model.Coding;
import no.meldeport.model.Patient;
import no.meldeport.model.PersonIdentifier;
import no.meldeport.model.PersonIdentifierType;
import no.meldeport.model.Registry;
import no.meldeport.model.RegistryMapper;
import no.meldeport.model.RegistryMessage;
import no.meldeport.model.RegistryResponse;
import org.junit.jupiter.api.Test;

class DeliveryOutcomeRecorderTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private final RecordingQueue queue = new RecordingQueue();
    private final RetryPolicy policy =
            new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(60), 0.2, Duration.ofHours(1), 2);
    private final DeliveryOutcomeRecorder recorder = new DeliveryOutcomeRecorder(queue, registry -> new BodyPrefixMapper(),
            registry -> policy, Clock.fixed(NOW, ZoneOffset.UTC), () -> 0.5);

    @Test
    void acceptedAnswerMarksDelivered() {
        RecordedOutcome outcome =
                recorder.recordAnswer(delivery(1), 201, "application/json", "OK:MSIS-2026-000001", null);

        assertThat(outcome).isEqualTo(new RecordedOutcome(AttemptOutcome.DELIVERED, false));
        assertThat(queue.calls).containsExactly("delivered d-1 MSIS-2026-000001 201");
    }

    @Test
    void registryValidationErrorFailsAtOnce() {
        RecordedOutcome outcome =
                recorder.recordAnswer(delivery(1), 400, "application/json", "REJECT:MSIS-V03", null);

        assertThat(outcome).isEqualTo(new RecordedOutcome(AttemptOutcome.REJECTED, false));
        assertThat(queue.calls).containsExactly("failed rejected d-1 400 MSIS-V03: diagnosedato mangler");
    }

    @Test
    void serviceUnavailableIsRetriedWithRetryAfter() {
        RecordedOutcome outcome =
                recorder.recordAnswer(delivery(1), 503, "text/plain", "down", Duration.ofSeconds(20));

        assertThat(outcome).isEqualTo(new RecordedOutcome(AttemptOutcome.RETRY_SCHEDULED, true));
        assertThat(queue.calls).containsExactly("retry d-1 503 at " + NOW.plusSeconds(20));
    }

    @Test
    void tooManyRequestsIsTransient() {
        recorder.recordAnswer(delivery(2), 429, null, "", null);

        assertThat(queue.calls).containsExactly("retry d-1 429 at " + NOW.plusSeconds(2));
    }

    @Test
    void transientFaultOnLastAttemptMakesDeadLetter() {
        RecordedOutcome outcome = recorder.recordAnswer(delivery(3), 502, null, "", null);

        assertThat(outcome).isEqualTo(new RecordedOutcome(AttemptOutcome.DEAD, true));
        assertThat(queue.calls).singleElement().asString().startsWith("dead d-1 502 gave up after 3 attempts");
    }

    @Test
    void transientFaultBeyondMaxAgeMakesDeadLetter() {
        ClaimedDelivery old = new ClaimedDelivery("d-1", Registry.MSIS, 1, "a-1", NOW.minus(Duration.ofMinutes(59)),
                delivery(1).envelope());

        RecordedOutcome outcome = recorder.recordAnswer(old, 503, null, "", Duration.ofMinutes(2));

        assertThat(outcome.outcome()).isEqualTo(AttemptOutcome.DEAD);
        assertThat(queue.calls).singleElement().asString().startsWith("dead d-1 503 maximum age PT1H reached");
    }

    @Test
    void unreadableAnswerRetriedThenFailed() {
        recorder.recordAnswer(delivery(1), 200, "text/html", "<html>", null);
        recorder.recordAnswer(delivery(2), 200, "text/html", "<html>", null);

        assertThat(queue.calls).hasSize(2);
        assertThat(queue.calls.get(0)).startsWith("retry d-1 200");
        assertThat(queue.calls.get(1)).startsWith("failed unreadable d-1 200 unreadable registry answer, HTTP 200");
    }

    @Test
    void refusedConnectionIsRetried() {
        recorder.recordRequestFailure(delivery(1), new ConnectException("Connection refused"));

        assertThat(queue.calls).containsExactly("retry d-1 null at " + NOW.plusSeconds(1));
    }

    @Test
    void requestFailureErrorNamesExceptionType() {
        recorder.recordRequestFailure(delivery(3), new IOException("Connection reset"));

        assertThat(queue.calls).singleElement().asString()
                .isEqualTo("dead d-1 null gave up after 3 attempts; last error: request failed: IOException: "
                        + "Connection reset");
    }

    private static ClaimedDelivery delivery(int attempt) {
        Patient patient = new Patient(PersonIdentifier.of(PersonIdentifierType.FODSELSNUMMER, "13031353453"),
                null, null, null, null, null, null);
        Klinikermelding content = new Klinikermelding("cond-1", new Coding("urn:oid:2.16.578.1.12.4.1.1.7110", "A04.5", null),
                "Campylobacteriose", "A", null, null, null, null, null, null, null, null, null, null, null);
        DeliveryEnvelope envelope = new DeliveryEnvelope("d-1", "s-1", NOW,
                new ClinicalContext(patient, null, null, null, null), null, content);
        return new ClaimedDelivery("d-1", Registry.MSIS, attempt, "a-" + attempt, NOW, envelope);
    }

    /** Reads "OK:<receipt>" as accepted and "REJECT:<code>" as rejected; anything else is unreadable. */
    private static final class BodyPrefixMapper implements RegistryMapper {
        @Override
        public Registry registry() {
            return Registry.MSIS;
        }

        @Override
        public RegistryMessage map(DeliveryEnvelope envelope) {
            return new RegistryMessage("/klinikermeldinger", "application/json", "{}");
        }

        @Override
        public RegistryResponse readResponse(int httpStatus, String contentType, String body) {
            if (body.startsWith("OK:")) {
                return new RegistryResponse.Accepted(body.substring(3));
            }
            if (body.startsWith("REJECT:")) {
                return new RegistryResponse.Rejected(body.substring(7), "diagnosedato mangler");
            }
            return new RegistryResponse.Unreadable("not JSON");
        }
    }

    /** Records each queue call as one line. */
    private static final class RecordingQueue implements DeliveryQueue {
        final List<String> calls = new ArrayList<>();

        @Override
        public List<ClaimedDelivery> claim(Registry registry, int max, Duration lease) {
            return List.of();
        }

        @Override
        public boolean markDelivered(ClaimedDelivery delivery, String receiptId, int httpStatus) {
            calls.add("delivered " + delivery.deliveryId() + " " + receiptId + " " + httpStatus);
            return true;
        }

        @Override
        public boolean markFailed(ClaimedDelivery delivery, AttemptOutcome outcome, Integer httpStatus, String error) {
            calls.add("failed " + outcome.dbValue() + " " + delivery.deliveryId() + " " + httpStatus + " " + error);
            return true;
        }

        @Override
        public boolean markDead(ClaimedDelivery delivery, Integer httpStatus, String error) {
            calls.add("dead " + delivery.deliveryId() + " " + httpStatus + " " + error);
            return true;
        }

        @Override
        public boolean scheduleRetry(ClaimedDelivery delivery, Integer httpStatus, String error, Instant nextAttemptAt) {
            calls.add("retry " + delivery.deliveryId() + " " + httpStatus + " at " + nextAttemptAt);
            return true;
        }

        @Override
        public boolean release(ClaimedDelivery delivery, Instant nextAttemptAt) {
            calls.add("release " + delivery.deliveryId() + " at " + nextAttemptAt);
            return true;
        }

        @Override
        public int buryExpired(Registry registry, Instant windowStartedBefore) {
            return 0;
        }
    }
}
