package no.meldeport.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import no.meldeport.model.ClinicalContext;
import no.meldeport.model.Coding;
import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.Organization;
import no.meldeport.model.Patient;
import no.meldeport.model.PersonIdentifier;
import no.meldeport.model.PersonIdentifierType;
import no.meldeport.model.Practitioner;
import no.meldeport.model.Registry;
import no.meldeport.model.Reporter;
import no.meldeport.model.ReportType;
import no.meldeport.model.Sex;
import no.meldeport.model.Vaccination;
import no.meldeport.routes.delivery.ClaimedDelivery;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JdbcDeliveryQueueTest {

    private static final Instant ACCEPTED = Instant.parse("2026-12-04T10:00:00Z");

    @TempDir
    Path dir;

    static Stream<Arguments> databases() {
        Function<Path, Database> h2 = TestDatabases::h2;
        Function<Path, Database> postgres = TestDatabases::postgres;
        return Stream.of(Arguments.of("h2", h2), Arguments.of("postgresql", postgres));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storedSubmissionIsClaimedOnceAndDelivered(String name, Function<Path, Database> open) {
        try (Database database = open.apply(dir)) {
            SubmissionStore store = new SubmissionStore(database.dataSource());
            MutableClock clock = new MutableClock(ACCEPTED);
            JdbcDeliveryQueue nodeA = new JdbcDeliveryQueue(database.dataSource(), clock, "node-a");
            JdbcDeliveryQueue nodeB = new JdbcDeliveryQueue(database.dataSource(), clock, "node-b");
            NewSubmission submission = submission("key-1", "hash-1", "patient-1");

            AcceptResult result = store.accept(submission);
            List<ClaimedDelivery> claimedByA = nodeA.claim(Registry.SYSVAK, 10, Duration.ofSeconds(30));
            List<ClaimedDelivery> claimedByB = nodeB.claim(Registry.SYSVAK, 10, Duration.ofSeconds(30));

            assertThat(result).isInstanceOf(AcceptResult.Stored.class);
            assertThat(claimedByA).hasSize(1);
            assertThat(claimedByB).isEmpty();
            ClaimedDelivery claimed = claimedByA.get(0);
            assertThat(claimed.attempt()).isEqualTo(1);
            assertThat(claimed.envelope()).isEqualTo(submission.deliveries().get(0).envelope());

            nodeA.markDelivered(claimed, "SV-1", 201);

            SubmissionView view = store.find(submission.submissionId()).orElseThrow();
            assertThat(view.deliveries()).singleElement().satisfies(delivery -> {
                assertThat(delivery.status()).isEqualTo("delivered");
                assertThat(delivery.receiptId()).isEqualTo("SV-1");
                assertThat(delivery.lastHttpStatus()).isEqualTo(201);
                assertThat(delivery.attempts()).isEqualTo(1);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void expiredLeaseMakesDeliveryClaimableAgain(String name, Function<Path, Database> open) {
        try (Database database = open.apply(dir)) {
            SubmissionStore store = new SubmissionStore(database.dataSource());
            MutableClock clock = new MutableClock(ACCEPTED);
            JdbcDeliveryQueue nodeA = new JdbcDeliveryQueue(database.dataSource(), clock, "node-a");
            JdbcDeliveryQueue nodeB = new JdbcDeliveryQueue(database.dataSource(), clock, "node-b");
            store.accept(submission("key-1", "hash-1", "patient-1"));
            nodeA.claim(Registry.SYSVAK, 10, Duration.ofSeconds(30));

            clock.advance(Duration.ofSeconds(31));
            List<ClaimedDelivery> reclaimed = nodeB.claim(Registry.SYSVAK, 10, Duration.ofSeconds(30));

            assertThat(reclaimed).singleElement().satisfies(delivery -> assertThat(delivery.attempt()).isEqualTo(2));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void retryWaitsUntilNextAttemptTime(String name, Function<Path, Database> open) {
        try (Database database = open.apply(dir)) {
            SubmissionStore store = new SubmissionStore(database.dataSource());
            MutableClock clock = new MutableClock(ACCEPTED);
            JdbcDeliveryQueue queue = new JdbcDeliveryQueue(database.dataSource(), clock, "node-a");
            store.accept(submission("key-1", "hash-1", "patient-1"));
            ClaimedDelivery first = queue.claim(Registry.SYSVAK, 10, Duration.ofSeconds(30)).get(0);

            queue.scheduleRetry(first, 503, "registry answered HTTP 503", ACCEPTED.plusSeconds(5));
            List<ClaimedDelivery> tooEarly = queue.claim(Registry.SYSVAK, 10, Duration.ofSeconds(30));
            clock.advance(Duration.ofSeconds(5));
            List<ClaimedDelivery> onTime = queue.claim(Registry.SYSVAK, 10, Duration.ofSeconds(30));

            assertThat(tooEarly).isEmpty();
            assertThat(onTime).singleElement().satisfies(delivery -> assertThat(delivery.attempt()).isEqualTo(2));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void laterDeliveryForSamePatientWaitsForEarlier(String name, Function<Path, Database> open) {
        try (Database database = open.apply(dir)) {
            SubmissionStore store = new SubmissionStore(database.dataSource());
            MutableClock clock = new MutableClock(ACCEPTED);
            JdbcDeliveryQueue queue = new JdbcDeliveryQueue(database.dataSource(), clock, "node-a");
            NewSubmission original = submission("key-1", "hash-1", "patient-1");
            NewSubmission correction = submission("key-2", "hash-2", "patient-1");
            NewSubmission otherPatient = submission("key-3", "hash-3", "patient-2");
            store.accept(original);
            store.accept(correction);
            store.accept(otherPatient);

            List<ClaimedDelivery> firstRound = queue.claim(Registry.SYSVAK, 10, Duration.ofSeconds(30));
            queue.markDelivered(firstRound.get(0), "SV-1", 201);
            List<ClaimedDelivery> secondRound = queue.claim(Registry.SYSVAK, 10, Duration.ofSeconds(30));

            assertThat(firstRound).extracting(delivery -> delivery.envelope().submissionId())
                    .containsExactly(original.submissionId(), otherPatient.submissionId());
            assertThat(secondRound).extracting(delivery -> delivery.envelope().submissionId())
                    .containsExactly(correction.submissionId());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void repeatedKeyReturnsFirstSubmissionOrConflict(String name, Function<Path, Database> open) {
        try (Database database = open.apply(dir)) {
            SubmissionStore store = new SubmissionStore(database.dataSource());
            NewSubmission first = submission("key-1", "hash-1", "patient-1");
            store.accept(first);

            AcceptResult same = store.accept(submission("key-1", "hash-1", "patient-1"));
            AcceptResult different = store.accept(submission("key-1", "hash-2", "patient-1"));

            assertThat(same).isInstanceOfSatisfying(AcceptResult.Duplicate.class,
                    duplicate -> assertThat(duplicate.submission().id()).isEqualTo(first.submissionId()));
            assertThat(different).isInstanceOfSatisfying(AcceptResult.KeyConflict.class,
                    conflict -> assertThat(conflict.existingSubmissionId()).isEqualTo(first.submissionId()));
        }
    }

    static NewSubmission submission(String key, String hash, String orderingKey) {
        String submissionId = UUID.randomUUID().toString();
        String deliveryId = UUID.randomUUID().toString();
        Patient patient = new Patient(PersonIdentifier.of(PersonIdentifierType.FODSELSNUMMER, "13031353453"),
                "Kari", null, "Nordmann", LocalDate.of(2013, 3, 13), Sex.FEMALE, "0301");
        ClinicalContext context = new ClinicalContext(patient, new Practitioner("9144889", "Lege", "Legesen", null),
                new Organization("974589095", "Legekontoret", null), null, null);
        Vaccination vaccination = new Vaccination("imm-1",
                new Coding(Vaccination.SYSVAK_SYSTEM, "AII02", "Fluad"),
                new Coding("urn:oid:2.16.578.1.12.4.1.1.7180", "J07BB02", null),
                OffsetDateTime.of(2026, 12, 4, 9, 30, 0, 0, ZoneOffset.ofHours(1)), "AB123", 1, null, null, null, null);
        Reporter reporter = new Reporter("client-1", "EPJ", "974589095", null, null, "9144889");
        DeliveryEnvelope envelope =
                new DeliveryEnvelope(deliveryId, submissionId, ACCEPTED, context, reporter, vaccination);
        return new NewSubmission(submissionId, "client-1", key, hash, ReportType.VACCINATION, "msg-" + key, reporter,
                ACCEPTED, List.of(new NewDelivery(deliveryId, Registry.SYSVAK, orderingKey, envelope)));
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
