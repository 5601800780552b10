package no.meldeport.gateway.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import no.meldeport.gateway.json.Json;
import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.Registry;
import no.meldeport.routes.delivery.AttemptOutcome;
import no.meldeport.routes.delivery.ClaimedDelivery;
import no.meldeport.routes.delivery.DeliveryQueue;
import no.meldeport.routes.delivery.DeliveryStatus;

/**
 * The outbox on H2 or PostgreSQL. Claiming uses leases rather than open row locks: a candidate row is taken by a
 * conditional update, so several nodes can poll the same table, and a node that dies releases its rows when the lease
 * runs out. Each claim starts a row in {@code delivery_attempt}, and only the holder of the delivery's current attempt
 * may record an outcome on the delivery itself.
 *
 * <p>A delivery is only a candidate when no earlier delivery for the same patient and registry is pending or a dead
 * letter, so a correction cannot overtake the original, not even while the original waits for a replay. A rejected
 * (failed) original does not block: the usual response to a rejection is a corrected submission.
 */
public final class JdbcDeliveryQueue implements DeliveryQueue {

    private static final String SELECT_CANDIDATES = """
            SELECT d.id FROM delivery d
            WHERE d.registry = ? AND d.status = 'pending' AND d.next_attempt_at <= ?
              AND (d.lease_until IS NULL OR d.lease_until < ?)
              AND NOT EXISTS (SELECT 1 FROM delivery e
                              WHERE e.registry = d.registry AND e.ordering_key = d.ordering_key
                                AND e.status IN ('pending', 'dead') AND e.seq < d.seq)
            ORDER BY d.seq
            LIMIT ?""";
    private static final String TAKE_LEASE = """
            UPDATE delivery SET lease_owner = ?, lease_until = ?, attempts = attempts + 1, current_attempt_id = ?,
                                updated_at = ?
            WHERE id = ? AND status = 'pending' AND (lease_until IS NULL OR lease_until < ?)""";
    private static final String INTERRUPT_OPEN_ATTEMPTS = """
            UPDATE delivery_attempt SET outcome = 'interrupted', finished_at = ?, error = ?
            WHERE delivery_id = ? AND finished_at IS NULL""";
    private static final String SELECT_CLAIMED = """
            SELECT attempts, replays, window_started_at, envelope_json FROM delivery
            WHERE id = ? AND current_attempt_id = ?""";
    private static final String INSERT_ATTEMPT = """
            INSERT INTO delivery_attempt (id, delivery_id, replay_round, attempt_no, node_id, started_at, outcome)
            VALUES (?, ?, ?, ?, ?, ?, 'in_flight')""";
    private static final String FINISH_ATTEMPT = """
            UPDATE delivery_attempt SET finished_at = ?, outcome = ?, http_status = ?, error = ?
            WHERE id = ?""";
    private static final String DELETE_ATTEMPT = "DELETE FROM delivery_attempt WHERE id = ?";
    private static final String MARK_DELIVERED = """
            UPDATE delivery SET status = ?, receipt_id = ?, last_http_status = ?, last_error = NULL,
                                lease_owner = NULL, lease_until = NULL, current_attempt_id = NULL,
                                delivered_at = ?, updated_at = ?
            WHERE id = ? AND status = 'pending'""";
    private static final String MARK_ENDED = """
            UPDATE delivery SET status = ?, last_http_status = ?, last_error = ?,
                                lease_owner = NULL, lease_until = NULL, current_attempt_id = NULL, updated_at = ?
            WHERE id = ? AND current_attempt_id = ? AND status = 'pending'""";
    private static final String SCHEDULE_RETRY = """
            UPDATE delivery SET last_http_status = ?, last_error = ?, next_attempt_at = ?,
                                lease_owner = NULL, lease_until = NULL, current_attempt_id = NULL, updated_at = ?
            WHERE id = ? AND current_attempt_id = ? AND status = 'pending'""";
    private static final String RELEASE = """
            UPDATE delivery SET attempts = attempts - 1, next_attempt_at = ?,
                                lease_owner = NULL, lease_until = NULL, current_attempt_id = NULL, updated_at = ?
            WHERE id = ? AND current_attempt_id = ? AND status = 'pending'""";
    private static final String BURY_EXPIRED = """
            UPDATE delivery SET status = 'dead', last_error = ?, lease_owner = NULL, lease_until = NULL,
                                current_attempt_id = NULL, updated_at = ?
            WHERE registry = ? AND status = 'pending' AND window_started_at < ?
              AND (lease_until IS NULL OR lease_until < ?)""";
    private static final String INTERRUPT_OWN_ATTEMPTS = """
            UPDATE delivery_attempt SET outcome = 'interrupted', finished_at = ?, error = ?
            WHERE node_id = ? AND finished_at IS NULL""";
    private static final String RELEASE_OWN_LEASES = """
            UPDATE delivery SET lease_owner = NULL, lease_until = NULL, current_attempt_id = NULL, updated_at = ?
            WHERE lease_owner = ? AND status = 'pending'""";

    private final DataSource dataSource;
    private final Clock clock;
    private final String nodeId;
    private final ObjectMapper json = Json.mapper();

    /**
     * @param nodeId this node's name in leases and the attempt history; nodes sharing a database need distinct ids
     */
    public JdbcDeliveryQueue(DataSource dataSource, Clock clock, String nodeId) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.nodeId = nodeId;
    }

    public String nodeId() {
        return nodeId;
    }

    @Override
    public List<ClaimedDelivery> claim(Registry registry, int max, Duration lease) {
        Instant now = clock.instant();
        List<ClaimedDelivery> claimed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String id : candidates(connection, registry, now, max)) {
                ClaimedDelivery delivery = inTransaction(connection, () -> takeLease(connection, id, registry, now,
                        lease));
                if (delivery != null) {
                    claimed.add(delivery);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Claiming deliveries for " + registry.id(), e);
        }
        return claimed;
    }

    @Override
    public boolean markDelivered(ClaimedDelivery delivery, String receiptId, int httpStatus) {
        Instant now = clock.instant();
        return finish(delivery, AttemptOutcome.DELIVERED, httpStatus, null, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(MARK_DELIVERED)) {
                statement.setString(1, DeliveryStatus.DELIVERED.dbValue());
                statement.setString(2, receiptId);
                statement.setInt(3, httpStatus);
                Timestamps.set(statement, 4, now);
                Timestamps.set(statement, 5, now);
                statement.setString(6, delivery.deliveryId());
                return statement.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean markFailed(ClaimedDelivery delivery, AttemptOutcome outcome, Integer httpStatus, String error) {
        return end(delivery, DeliveryStatus.FAILED, outcome, httpStatus, error);
    }

    @Override
    public boolean markDead(ClaimedDelivery delivery, Integer httpStatus, String error) {
        return end(delivery, DeliveryStatus.DEAD, AttemptOutcome.DEAD, httpStatus, error);
    }

    @Override
    public boolean scheduleRetry(ClaimedDelivery delivery, Integer httpStatus, String error, Instant nextAttemptAt) {
        Instant now = clock.instant();
        return finish(delivery, AttemptOutcome.RETRY_SCHEDULED, httpStatus, error, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SCHEDULE_RETRY)) {
                statement.setObject(1, httpStatus);
                statement.setString(2, error);
                Timestamps.set(statement, 3, nextAttemptAt);
                Timestamps.set(statement, 4, now);
                statement.setString(5, delivery.deliveryId());
                statement.setString(6, delivery.attemptId());
                return statement.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean release(ClaimedDelivery delivery, Instant nextAttemptAt) {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            return inTransaction(connection, () -> {
                boolean released;
                try (PreparedStatement statement = connection.prepareStatement(RELEASE)) {
                    Timestamps.set(statement, 1, nextAttemptAt);
                    Timestamps.set(statement, 2, now);
                    statement.setString(3, delivery.deliveryId());
                    statement.setString(4, delivery.attemptId());
                    released = statement.executeUpdate() == 1;
                }
                if (released) {
                    try (PreparedStatement statement = connection.prepareStatement(DELETE_ATTEMPT)) {
                        statement.setString(1, delivery.attemptId());
                        statement.executeUpdate();
                    }
                }
                return released;
            });
        } catch (SQLException e) {
            throw new StoreException("Releasing delivery " + delivery.deliveryId(), e);
        }
    }

    @Override
    public int buryExpired(Registry registry, Instant windowStartedBefore) {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(BURY_EXPIRED)) {
            statement.setString(1, "not delivered within the maximum age; it was still waiting for an attempt");
            Timestamps.set(statement, 2, now);
            statement.setString(3, registry.id());
            Timestamps.set(statement, 4, windowStartedBefore);
            Timestamps.set(statement, 5, now);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Moving expired deliveries of " + registry.id() + " to dead letters", e);
        }
    }

    /**
     * Gives back the leases this node id still holds from before a restart, so their deliveries are due at once
     * instead of after the lease. Their attempts stay counted and are marked interrupted. Returns how many deliveries
     * were released. Only call this before the node's routes start.
     */
    public int releaseOwnLeases() {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            return inTransaction(connection, () -> {
                try (PreparedStatement statement = connection.prepareStatement(INTERRUPT_OWN_ATTEMPTS)) {
                    Timestamps.set(statement, 1, now);
                    statement.setString(2, "the node stopped before the attempt finished");
                    statement.setString(3, nodeId);
                    statement.executeUpdate();
                }
                try (PreparedStatement statement = connection.prepareStatement(RELEASE_OWN_LEASES)) {
                    Timestamps.set(statement, 1, now);
                    statement.setString(2, nodeId);
                    return statement.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StoreException("Releasing the leases of node " + nodeId, e);
        }
    }

    private boolean end(ClaimedDelivery delivery, DeliveryStatus status, AttemptOutcome outcome, Integer httpStatus,
            String error) {
        Instant now = clock.instant();
        return finish(delivery, outcome, httpStatus, error, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(MARK_ENDED)) {
                statement.setString(1, status.dbValue());
                statement.setObject(2, httpStatus);
                statement.setString(3, error);
                Timestamps.set(statement, 4, now);
                statement.setString(5, delivery.deliveryId());
                statement.setString(6, delivery.attemptId());
                return statement.executeUpdate() == 1;
            }
        });
    }

    /**
     * Records the attempt's outcome in its history row (always, even for a lost lease, because the attempt did
     * happen) and applies {@code deliveryUpdate} in the same transaction. Returns what the update returned.
     */
    private boolean finish(ClaimedDelivery delivery, AttemptOutcome outcome, Integer httpStatus, String error,
            SqlFunction<Connection, Boolean> deliveryUpdate) {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            return inTransaction(connection, () -> {
                boolean current = deliveryUpdate.apply(connection);
                try (PreparedStatement statement = connection.prepareStatement(FINISH_ATTEMPT)) {
                    Timestamps.set(statement, 1, now);
                    statement.setString(2, outcome.dbValue());
                    statement.setObject(3, httpStatus);
                    statement.setString(4, error);
                    statement.setString(5, delivery.attemptId());
                    statement.executeUpdate();
                }
                return current;
            });
        } catch (SQLException e) {
            throw new StoreException("Recording outcome " + outcome.dbValue() + " of delivery "
                    + delivery.deliveryId(), e);
        }
    }

    private List<String> candidates(Connection connection, Registry registry, Instant now, int max)
            throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SELECT_CANDIDATES)) {
            statement.setString(1, registry.id());
            Timestamps.set(statement, 2, now);
            Timestamps.set(statement, 3, now);
            statement.setInt(4, max);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getString(1));
                }
            }
        }
        return ids;
    }

    /** Takes the lease and opens the attempt's history row; returns null when another node was faster. */
    private ClaimedDelivery takeLease(Connection connection, String id, Registry registry, Instant now,
            Duration lease) throws SQLException {
        String attemptId = UUID.randomUUID().toString();
        try (PreparedStatement statement = connection.prepareStatement(TAKE_LEASE)) {
            statement.setString(1, nodeId);
            Timestamps.set(statement, 2, now.plus(lease));
            statement.setString(3, attemptId);
            Timestamps.set(statement, 4, now);
            statement.setString(5, id);
            Timestamps.set(statement, 6, now);
            if (statement.executeUpdate() != 1) {
                return null;
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(INTERRUPT_OPEN_ATTEMPTS)) {
            Timestamps.set(statement, 1, now);
            statement.setString(2, "the lease ran out before the attempt finished");
            statement.setString(3, id);
            statement.executeUpdate();
        }
        ClaimedRow claimed = readClaimed(connection, id, attemptId, registry);
        try (PreparedStatement statement = connection.prepareStatement(INSERT_ATTEMPT)) {
            statement.setString(1, attemptId);
            statement.setString(2, id);
            statement.setInt(3, claimed.replayRound());
            statement.setInt(4, claimed.delivery().attempt());
            statement.setString(5, nodeId);
            Timestamps.set(statement, 6, now);
            statement.executeUpdate();
        }
        return claimed.delivery();
    }

    private ClaimedRow readClaimed(Connection connection, String id, String attemptId, Registry registry)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT_CLAIMED)) {
            statement.setString(1, id);
            statement.setString(2, attemptId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("Delivery " + id + " vanished right after it was leased");
                }
                DeliveryEnvelope envelope = json.readValue(row.getString("envelope_json"), DeliveryEnvelope.class);
                ClaimedDelivery delivery = new ClaimedDelivery(id, registry, row.getInt("attempts"), attemptId,
                        Timestamps.get(row, "window_started_at"), envelope);
                return new ClaimedRow(delivery, row.getInt("replays"));
            } catch (JsonProcessingException e) {
                throw new SQLException("Stored envelope of delivery " + id + " cannot be read", e);
            }
        }
    }

    /** Runs {@code work} in one transaction on {@code connection}, rolling back when it throws. */
    static <T> T inTransaction(Connection connection, SqlSupplier<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.get();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private record ClaimedRow(ClaimedDelivery delivery, int replayRound) {
    }

    @FunctionalInterface
    interface SqlSupplier<T> {
        T get() throws SQLException;
    }

    @FunctionalInterface
    private interface SqlFunction<A, T> {
        T apply(A argument) throws SQLException;
    }
}
