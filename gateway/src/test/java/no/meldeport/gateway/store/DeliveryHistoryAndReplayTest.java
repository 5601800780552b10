package no.meldeport.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import no.meldeport.model.Registry;
import no.meldeport.routes.delivery.AttemptOutcome;
import no.meldeport.routes.delivery.ClaimedDelivery;
import no.meldeport.routes.delivery.DeliveryStatus;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Dead letters, attempt history, releases, lease fencing and audited replays, on H2 and on PostgreSQL. */
class DeliveryHistoryAndReplayTest {

    private static final Instant ACCEPTED = Instant.parse("2026-12-04T10:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Actor OPERATOR =
            new Actor("ops-client", "974589095", "565501872", "/ops/api/deliveries/x/replay");

    @TempDir
    Path dir;

    static Stream<Arguments> databases() {
        Function<Path, Database> h2 = TestDatabases::h2;
        Function<Path, Database> postgres = TestDatabases::postgres;
        return Stream.of(Arguments.of("h2", h2), Arguments.of("postgresql", postgres));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deadLetterKeepsEveryAttemptInHistory(String name, Function<Path, Database> open) {
        try (Database database = open.apply(dir)) {
            Fixture fixture = new Fixture(database);
            NewSubmission submission = fixture.accept("key-1", "patient-1");

            ClaimedDelivery first = fixture.claimOne();
            fixture.queue.scheduleRetry(first, 503, "registry answered HTTP 503", ACCEPTED);
            ClaimedDelivery second = fixture.claimOne();
            fixture.clock.advance(Duration.ofSeconds(2));
            fixture.queue.markDead(second, null, "gave up after 2 attempts; last error: request failed");

            DeliveryRecord record = fixture.operations.find(deliveryId(submission)).orElseThrow();
            assertThat(record.status()).isEqualTo("dead");
            assertThat(record.attempts()).isEqualTo(2);
            assertThat(record.lastError()).startsWith("gave up after 2 attempts");
            assertThat(record.history()).extracting(DeliveryRecord.Attempt::attemptNo).containsExactly(1, 2);
            assertThat(record.history()).extracting(DeliveryRecord.Attempt::outcome)
                    .containsExactly("retry_scheduled", "dead");
            assertThat(record.history().get(0).httpStatus()).isEqualTo(503);
            assertThat(record.history().get(1).finishedAt()).isEqualTo(ACCEPTED.plusSeconds(2));
            assertThat(fixture.operations.countByRegistryAndStatus().get(Registry.SYSVAK))
                    .containsEntry(DeliveryStatus.DEAD, 1L);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void releasedDeliverySpendsNoAttempt(String name, Function<Path, Database> open) {
        try (Database database = open.apply(dir)) {
            Fixture fixture = new Fixture(database);
            NewSubmission submission = fixture.accept("key-1", "patient-1");

            ClaimedDelivery claimed = fixture.claimOne();
            boolean released = fixture.queue.release(claimed, ACCEPTED);
            ClaimedDelivery again = fixture.claimOne();

            assertThat(released).isTrue();
            assertThat(again.attempt()).isEqualTo(1);
            assertThat(fixture.operations.find(deliveryId(submission)).orElseThrow().history())
                    .singleElement()
                    .satisfies(attempt -> assertThat(attempt.outcome()).isEqualTo("in_flight"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void staleAttemptCannotOverwriteNewerOne(String name, Function<Path, Database> open) {
        try (Database database = open.apply(dir)) {
            Fixture fixture = new Fixture(database);
            NewSubmission submission = fixture.accept("key-1", "patient-1");
            JdbcDeliveryQueue otherNode = new JdbcDeliveryQueue(database.dataSource(), fixture.clock, "node-b");

            ClaimedDelivery stale = fixture.claimOne();
            fixture.clock.advance(LEASE.plusSeconds(1));
            ClaimedDelivery current = otherNode.claim(Registry.SYSVAK, 10, LEASE).get(0);
            boolean staleRecorded = fixture.queue.scheduleRetry(stale, 503, "late answer", ACCEPTED.plusSeconds(300));
            boolean currentRecorded = otherNode.markDelivered(current, "SV-1", 201);

            assertThat(staleRecorded).isFalse();
            assertThat(currentRecorded).isTrue();
            DeliveryRecord record = fixture.operations.find(deliveryId(submission)).orElseThrow();
            assertThat(record.status()).isEqualTo("delivered");
            assertThat(record.history()).extracting(DeliveryRecord.Attempt::nodeId)
                    .containsExactly("node-a", "node-b");
            assertThat(record.history()).extracting(DeliveryRecord.Attempt::outcome)
                    .containsExactly("retry_scheduled", "delivered");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void restartedNodeTakesBackItsLeases(String name, Function<Path, Database> open) {
        try (Database database = open.apply(dir)) {
            Fixture fixture = new Fixture(database);
            NewSubmission submission = fixture.accept("key-1", "patient-1");
            fixture.claimOne();

            JdbcDeliveryQueue restarted = new JdbcDeliveryQueue(database.dataSource(), fixture.clock, "node-a");
            int released = restarted.releaseOwnLeases();
            List<ClaimedDelivery> reclaimed = restarted.claim(Registry.SYSVAK, 10, LEASE);

            assertThat(released).isEqualTo(1);
            assertThat(reclaimed).singleElement().satisfies(delivery -> assertThat(delivery.attempt()).isEqualTo(2));
            assertThat(fixture.operations.find(deliveryId(submission)).orElseThrow().history())
                    .extracting(DeliveryRecord.Attempt::outcome)
                    .containsExactly("interrupted", "in_flight");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deadLetterBlocksLaterDeliveryForSamePatient(String name, Function<Path, Database> open) {
        try (Database database = open.apply(dir)) {
            Fixture fixture = new Fixture(database);
            NewSubmission original = fixture.accept("key-1", "patient-1");
            NewSubmission correction = fixture.accept("key-2", "patient-1");
            NewSubmission rejectedOriginal = fixture.accept("key-3", "patient-2");
            NewSubmission laterForPatient2 = fixture.accept("key-4", "patient-2");

            List<ClaimedDelivery> firstRound = fixture.queue.claim(Registry.SYSVAK, 10, LEASE);
            fixture.queue.markDead(firstRound.get(0), 503, "gave up");
            fixture.queue.markFailed(firstRound.get(1), AttemptOutcome.REJECTED, 422, "SV-E012: ugyldig");
            List<ClaimedDelivery> secondRound = fixture.queue.claim(Registry.SYSVAK, 10, LEASE);

            assertThat(firstRound).extracting(delivery -> delivery.envelope().submissionId())
                    .containsExactly(original.submissionId(), rejectedOriginal.submissionId());
            assertThat(secondRound).extracting(delivery -> delivery.envelope().submissionId())
                    .containsExactly(laterForPatient2.submissionId());
            assertThat(secondRound).noneMatch(delivery ->
                    delivery.envelope().submissionId().equals(correction.submissionId()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void replayMakesDeadLetterPendingWithSameIdAndAudit(String name, Function<Path, Database> open) {
        try (Database database = open.apply(dir)) {
            Fixture fixture = new Fixture(database);
            NewSubmission submission = fixture.accept("key-1", "patient-1");
            fixture.queue.markDead(fixture.claimOne(), 503, "gave up");
            fixture.clock.advance(Duration.ofHours(100));

            ReplayResult result = fixture.operations.replay(deliveryId(submission), OPERATOR);
            ClaimedDelivery replayed = fixture.claimOne();
            ReplayResult again = fixture.operations.replay(deliveryId(submission), OPERATOR);

            assertThat(result).isEqualTo(new ReplayResult.Replayed(deliveryId(submission), "sysvak", 1));
            assertThat(replayed.deliveryId()).isEqualTo(deliveryId(submission));
            assertThat(replayed.attempt()).isEqualTo(1);
            assertThat(replayed.windowStartedAt()).isEqualTo(fixture.clock.instant());
            assertThat(again).isEqualTo(new ReplayResult.NotReplayable(deliveryId(submission), "pending"));
            assertThat(fixture.operations.replay("no-such-delivery", OPERATOR))
                    .isEqualTo(new ReplayResult.NotFound("no-such-delivery"));
            assertThat(fixture.operations.replayAudit(deliveryId(submission))).singleElement().satisfies(entry -> {
                assertThat(entry.clientId()).isEqualTo("ops-client");
                assertThat(entry.hprNumber()).isEqualTo("565501872");
                assertThat(entry.occurredAt()).isEqualTo(fixture.clock.instant());
            });
            assertThat(fixture.operations.find(deliveryId(submission)).orElseThrow().history())
                    .extracting(attempt -> attempt.replayRound() + "/" + attempt.attemptNo())
                    .containsExactly("0/1", "1/1");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void registryReplayTakesOnlyThatRegistrysDeadLetters(String name, Function<Path, Database> open) {
        try (Database database = open.apply(dir)) {
            Fixture fixture = new Fixture(database);
            NewSubmission dead1 = fixture.accept("key-1", "patient-1");
            NewSubmission dead2 = fixture.accept("key-2", "patient-2");
            NewSubmission rejected = fixture.accept("key-3", "patient-3");
            List<ClaimedDelivery> claimed = fixture.queue.claim(Registry.SYSVAK, 10, LEASE);
            fixture.queue.markDead(claimed.get(0), 503, "gave up");
            fixture.queue.markDead(claimed.get(1), null, "gave up");
            fixture.queue.markFailed(claimed.get(2), AttemptOutcome.REJECTED, 422, "SV-E012: ugyldig");

            List<String> replayed = fixture.operations.replayRegistry(Registry.SYSVAK, DeliveryStatus.DEAD, OPERATOR);
            List<String> none = fixture.operations.replayRegistry(Registry.MSIS, DeliveryStatus.DEAD, OPERATOR);

            assertThat(replayed).containsExactly(deliveryId(dead1), deliveryId(dead2));
            assertThat(none).isEmpty();
            assertThat(fixture.operations.find(deliveryId(rejected)).orElseThrow().status()).isEqualTo("failed");
            assertThat(fixture.operations.list(DeliveryStatus.PENDING, Registry.SYSVAK, 10))
                    .extracting(DeliveryRecord::id).containsExactly(deliveryId(dead1), deliveryId(dead2));
            assertThat(fixture.operations.replayAudit(deliveryId(dead2))).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void pendingDeliveryPastMaxAgeIsBuried(String name, Function<Path, Database> open) {
        try (Database database = open.apply(dir)) {
            Fixture fixture = new Fixture(database);
            NewSubmission submission = fixture.accept("key-1", "patient-1");
            fixture.clock.advance(Duration.ofHours(73));

            int tooYoung = fixture.queue.buryExpired(Registry.SYSVAK, ACCEPTED.minusSeconds(1));
            int buried = fixture.queue.buryExpired(Registry.SYSVAK, fixture.clock.instant().minus(Duration.ofHours(72)));

            assertThat(tooYoung).isZero();
            assertThat(buried).isEqualTo(1);
            assertThat(fixture.operations.find(deliveryId(submission)).orElseThrow().status()).isEqualTo("dead");
        }
    }

    private static String deliveryId(NewSubmission submission) {
        return submission.deliveries().get(0).deliveryId();
    }

    /** A store, a queue of node {@code node-a} and the operations view on one database, with a clock at acceptance. */
    private static final class Fixture {
        final JdbcDeliveryQueueTest.MutableClock clock = new JdbcDeliveryQueueTest.MutableClock(ACCEPTED);
        final SubmissionStore store;
        final JdbcDeliveryQueue queue;
        final DeliveryOperations operations;

        Fixture(Database database) {
            store = new SubmissionStore(database.dataSource());
            queue = new JdbcDeliveryQueue(database.dataSource(), clock, "node-a");
            operations = new DeliveryOperations(database.dataSource(), clock);
        }

        NewSubmission accept(String key, String orderingKey) {
            NewSubmission submission = JdbcDeliveryQueueTest.submission(key, "hash-" + key, orderingKey);
            store.accept(submission);
            return submission;
        }

        ClaimedDelivery claimOne() {
            List<ClaimedDelivery> claimed = queue.claim(Registry.SYSVAK, 1, LEASE);
            assertThat(claimed).hasSize(1);
            return claimed.get(0);
        }
    }
}
