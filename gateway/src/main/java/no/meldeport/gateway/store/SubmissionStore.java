package no.meldeport.gateway.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import no.meldeport.gateway.json.Json;
import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.ReportType;
import no.meldeport.routes.delivery.DeliveryStatus;

/**
 * Stores a submission and its deliveries in one transaction (the transactional outbox), and reads them back for the
 * status API. A client's idempotency key is unique: a repeat with the same content returns the first submission.
 */
public final class SubmissionStore {

    private static final String INSERT_SUBMISSION = """
            INSERT INTO submission (id, client_id, idempotency_key, content_sha256, report_type, message_id,
                                    reporter_json, accepted_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_DELIVERY = """
            INSERT INTO delivery (id, submission_id, registry, status, ordering_key, envelope_json, attempts,
                                  next_attempt_at, created_at, updated_at, window_started_at)
            VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""";
    /**
     * Forgets the keys accepted before the cutoff, except those of submissions with a delivery still pending: a resend
     * of such a submission must still be recognised, or it would be delivered twice.
     */
    private static final String FORGET_KEYS = """
            UPDATE submission SET idempotency_key = NULL
            WHERE idempotency_key IS NOT NULL AND accepted_at < ?
              AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.submission_id = submission.id AND d.status = ?)""";
    private static final String SELECT_BY_KEY = """
            SELECT id, content_sha256 FROM submission WHERE client_id = ? AND idempotency_key = ?""";
    private static final String SELECT_SUBMISSION = """
            SELECT id, client_id, report_type, message_id, accepted_at FROM submission WHERE id = ?""";
    private static final String SELECT_DELIVERIES = """
            SELECT id, registry, status, attempts, receipt_id, last_http_status, last_error, next_attempt_at,
                   updated_at, delivered_at
            FROM delivery WHERE submission_id = ? ORDER BY seq""";

    private static final String SELECT_ENVELOPES = """
            SELECT id, envelope_json FROM delivery WHERE submission_id = ? ORDER BY seq""";
    /**
     * A submission's state: pending while any delivery is, else failed when any failed or became a dead letter, else
     * delivered.
     */
    private static final String SUBMISSION_STATE = """
            CASE WHEN EXISTS (SELECT 1 FROM delivery d WHERE d.submission_id = s.id AND d.status = 'pending')
                   THEN 'pending'
                 WHEN EXISTS (SELECT 1 FROM delivery d WHERE d.submission_id = s.id AND d.status IN ('failed', 'dead'))
                   THEN 'failed'
                 ELSE 'delivered' END""";
    private static final String SELECT_PAGE = """
            SELECT id FROM (
                SELECT s.id, s.accepted_at, %s AS submission_state FROM submission s
                WHERE s.client_id = ? AND s.accepted_at >= ?) page
            WHERE (? IS NULL OR submission_state = ?)
            ORDER BY accepted_at DESC, id DESC
            LIMIT ? OFFSET ?""".formatted(SUBMISSION_STATE);
    private static final String SELECT_BACKLOG = """
            SELECT registry, COUNT(*) AS backlog, MIN(created_at) AS oldest_created,
                   SUM(CASE WHEN attempts > 0 THEN 1 ELSE 0 END) AS retrying
            FROM delivery WHERE status = 'pending' GROUP BY registry""";

    private static final String SELECT_SUBMISSION_OF_DELIVERY = """
            SELECT submission_id FROM delivery WHERE id = ?""";

    private final DataSource dataSource;
    private final ObjectMapper json = Json.mapper();

    public SubmissionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the submission with its deliveries, or reports the earlier submission under the same key. */
    public AcceptResult accept(NewSubmission submission) {
        Optional<AcceptResult> earlier = findByKey(submission);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                insertSubmission(connection, submission);
                for (NewDelivery delivery : submission.deliveries()) {
                    insertDelivery(connection, submission, delivery);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                if (isUniqueViolation(e)) {
                    // A concurrent request with the same key won the race, so respond as for a repeat.
                    return findByKey(submission).orElseThrow(() -> new StoreException("Storing submission", e));
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Storing submission " + submission.submissionId(), e);
        }
        return new AcceptResult.Stored(find(submission.submissionId()).orElseThrow());
    }

    /**
     * Forgets the idempotency keys of submissions accepted before {@code cutoff} whose deliveries are no longer
     * pending, so the keys may be used again. The submissions and deliveries stay.
     *
     * @return how many keys were forgotten
     */
    public int forgetIdempotencyKeys(Instant cutoff) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(FORGET_KEYS)) {
            Timestamps.set(statement, 1, cutoff);
            statement.setString(2, DeliveryStatus.PENDING.dbValue());
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Forgetting idempotency keys accepted before " + cutoff, e);
        }
    }

    public Optional<SubmissionView> find(String submissionId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SELECT_SUBMISSION)) {
            statement.setString(1, submissionId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SubmissionView(
                        row.getString("id"),
                        row.getString("client_id"),
                        ReportType.fromCode(row.getString("report_type")).orElseThrow(),
                        row.getString("message_id"),
                        Timestamps.get(row, "accepted_at"),
                        deliveries(connection, submissionId)));
            }
        } catch (SQLException e) {
            throw new StoreException("Reading submission " + submissionId, e);
        }
    }

    private Optional<AcceptResult> findByKey(NewSubmission submission) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SELECT_BY_KEY)) {
            statement.setString(1, submission.clientId());
            statement.setString(2, submission.idempotencyKey());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String existingId = row.getString("id");
                if (!row.getString("content_sha256").equals(submission.contentSha256())) {
                    return Optional.of(new AcceptResult.KeyConflict(submission.idempotencyKey(), existingId));
                }
                return Optional.of(new AcceptResult.Duplicate(find(existingId).orElseThrow()));
            }
        } catch (SQLException e) {
            throw new StoreException("Looking up idempotency key", e);
        }
    }

    private void insertSubmission(Connection connection, NewSubmission submission) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT_SUBMISSION)) {
            statement.setString(1, submission.submissionId());
            statement.setString(2, submission.clientId());
            statement.setString(3, submission.idempotencyKey());
            statement.setString(4, submission.contentSha256());
            statement.setString(5, submission.reportType().code());
            statement.setString(6, submission.messageId());
            statement.setString(7, toJson(submission.reporter()));
            Timestamps.set(statement, 8, submission.acceptedAt());
            statement.executeUpdate();
        }
    }

    private void insertDelivery(Connection connection, NewSubmission submission, NewDelivery delivery)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT_DELIVERY)) {
            statement.setString(1, delivery.deliveryId());
            statement.setString(2, submission.submissionId());
            statement.setString(3, delivery.registry().id());
            statement.setString(4, DeliveryStatus.PENDING.dbValue());
            statement.setString(5, delivery.orderingKey());
            statement.setString(6, toJson(delivery.envelope()));
            Timestamps.set(statement, 7, submission.acceptedAt());
            Timestamps.set(statement, 8, submission.acceptedAt());
            Timestamps.set(statement, 9, submission.acceptedAt());
            Timestamps.set(statement, 10, submission.acceptedAt());
            statement.executeUpdate();
        }
    }

    private List<SubmissionView.DeliveryView> deliveries(Connection connection, String submissionId)
            throws SQLException {
        List<SubmissionView.DeliveryView> deliveries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SELECT_DELIVERIES)) {
            statement.setString(1, submissionId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    deliveries.add(new SubmissionView.DeliveryView(
                            row.getString("id"),
                            row.getString("registry"),
                            row.getString("status"),
                            row.getInt("attempts"),
                            row.getString("receipt_id"),
                            row.getObject("last_http_status", Integer.class),
                            row.getString("last_error"),
                            Timestamps.get(row, "next_attempt_at"),
                            Timestamps.get(row, "updated_at"),
                            Timestamps.get(row, "delivered_at")));
                }
            }
        }
        return deliveries;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** SQLState 23505 is the unique-violation code in both PostgreSQL and H2. */
    private static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    /** Returns the stored delivery envelopes of a submission by delivery id, in acceptance order. */
    public Map<String, DeliveryEnvelope> envelopes(String submissionId) {
        Map<String, DeliveryEnvelope> envelopes = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SELECT_ENVELOPES)) {
            statement.setString(1, submissionId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    envelopes.put(row.getString("id"),
                            json.readValue(row.getString("envelope_json"), DeliveryEnvelope.class));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("Reading the envelopes of submission " + submissionId, e);
        }
        return envelopes;
    }

    /**
     * Returns one page of a client's submissions accepted at or after {@code since}, newest first.
     *
     * @param state {@code pending}, {@code failed} or {@code delivered} as the state of its deliveries gives it, or null for all
     */
    public List<SubmissionView> list(String clientId, Instant since, String state, int limit, int offset) {
        List<String> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SELECT_PAGE)) {
            statement.setString(1, clientId);
            Timestamps.set(statement, 2, since);
            statement.setString(3, state);
            statement.setString(4, state);
            statement.setInt(5, limit);
            statement.setInt(6, offset);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getString("id"));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Listing the submissions of client " + clientId, e);
        }
        List<SubmissionView> page = new ArrayList<>();
        for (String id : ids) {
            find(id).ifPresent(page::add);
        }
        return page;
    }

    /** Returns the pending deliveries per registry; a registry without any is absent. */
    public Map<String, Backlog> backlog() {
        Map<String, Backlog> backlog = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SELECT_BACKLOG);
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                backlog.put(row.getString("registry"), new Backlog(row.getLong("backlog"),
                        Timestamps.get(row, "oldest_created"), row.getLong("retrying")));
            }
        } catch (SQLException e) {
            throw new StoreException("Reading the delivery backlog", e);
        }
        return backlog;
    }

    /**
     * The pending deliveries of one registry: how many, since when the oldest waits, and how many of them have
     * failed at least one attempt already.
     */
    public record Backlog(long pending, Instant oldestPendingSince, long retrying) {
    }

    /** Returns the id of the submission a delivery belongs to, if the delivery exists. */
    public Optional<String> submissionIdOfDelivery(String deliveryId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SELECT_SUBMISSION_OF_DELIVERY)) {
            statement.setString(1, deliveryId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getString("submission_id")) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Looking up delivery " + deliveryId, e);
        }
    }
}
