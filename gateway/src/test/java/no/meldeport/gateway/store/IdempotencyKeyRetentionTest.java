package no.meldeport.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Stream;
import no.meldeport.gateway.maintenance.IdempotencyKeyRetention;
import no.meldeport.model.Registry;
import no.meldeport.routes.delivery.ClaimedDelivery;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdempotencyKeyRetentionTest {

    private static final Instant ACCEPTED = Instant.parse("2026-12-04T10:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(7);

    @TempDir
    Path dir;

    static Stream<Arguments> databases() {
        Function<Path, Database> h2 = TestDatabases::h2;
        Function<Path, Database> postgres = TestDatabases::postgres;
        return Stream.of(Arguments.of("h2", h2), Arguments.of("postgresql", postgres));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keyIsRememberedForRetention(String name, Function<Path, Database> open) {
        try (Database database = open.apply(dir)) {
            SubmissionStore store = new SubmissionStore(database.dataSource());
            JdbcDeliveryQueueTest.MutableClock clock = new JdbcDeliveryQueueTest.MutableClock(ACCEPTED);
            deliverAll(database, clock, store.accept(JdbcDeliveryQueueTest.submission("key-1", "hash-1", "p-1")));
            IdempotencyKeyRetention retention = new IdempotencyKeyRetention(store, RETENTION, clock);

            clock.advance(RETENTION.minusMinutes(1));
            int forgotten = retention.forgetExpiredKeys();

            assertThat(forgotten).isZero();
            assertThat(store.accept(JdbcDeliveryQueueTest.submission("key-1", "hash-1", "p-1")))
                    .isInstanceOf(AcceptResult.Duplicate.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keyIsForgottenAfterRetention(String name, Function<Path, Database> open) {
        try (Database database = open.apply(dir)) {
            SubmissionStore store = new SubmissionStore(database.dataSource());
            JdbcDeliveryQueueTest.MutableClock clock = new JdbcDeliveryQueueTest.MutableClock(ACCEPTED);
            AcceptResult first = store.accept(JdbcDeliveryQueueTest.submission("key-1", "hash-1", "p-1"));
            deliverAll(database, clock, first);
            IdempotencyKeyRetention retention = new IdempotencyKeyRetention(store, RETENTION, clock);

            clock.advance(RETENTION.plusMinutes(1));
            int forgotten = retention.forgetExpiredKeys();
            AcceptResult reused = store.accept(JdbcDeliveryQueueTest.submission("key-1", "hash-2", "p-1"));

            assertThat(forgotten).isEqualTo(1);
            assertThat(reused).isInstanceOf(AcceptResult.Stored.class);
            String firstId = ((AcceptResult.Stored) first).submission().id();
            assertThat(store.find(firstId)).as("the submission itself stays").isPresent();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keyWithPendingDeliveryIsKept(String name, Function<Path, Database> open) {
        try (Database database = open.apply(dir)) {
            SubmissionStore store = new SubmissionStore(database.dataSource());
            JdbcDeliveryQueueTest.MutableClock clock = new JdbcDeliveryQueueTest.MutableClock(ACCEPTED);
            store.accept(JdbcDeliveryQueueTest.submission("key-1", "hash-1", "p-1"));
            IdempotencyKeyRetention retention = new IdempotencyKeyRetention(store, RETENTION, clock);

            clock.advance(RETENTION.multipliedBy(3));
            int forgotten = retention.forgetExpiredKeys();

            assertThat(forgotten).isZero();
            assertThat(store.accept(JdbcDeliveryQueueTest.submission("key-1", "hash-1", "p-1")))
                    .isInstanceOf(AcceptResult.Duplicate.class);
        }
    }

    private static void deliverAll(Database database, JdbcDeliveryQueueTest.MutableClock clock, AcceptResult result) {
        assertThat(result).isInstanceOf(AcceptResult.Stored.class);
        JdbcDeliveryQueue queue = new JdbcDeliveryQueue(database.dataSource(), clock, "node-a");
        for (ClaimedDelivery delivery : queue.claim(Registry.SYSVAK, 10, Duration.ofSeconds(30))) {
            queue.markDelivered(delivery, "SV-1", 201);
        }
    }
}
