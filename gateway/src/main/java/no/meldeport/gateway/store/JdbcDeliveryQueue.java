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
import javax.sql.DataSource;
import no.meldeport.gateway.json.Json;
import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.Registry;
import no.meldeport.routes.delivery.ClaimedDelivery;
import no.meldeport.routes.delivery.DeliveryQueue;
import no.meldeport.routes.delivery.DeliveryStatus;

/**
 * The outbox on H2 or PostgreSQL. Claiming uses leases rather than open row locks: a candidate row is taken by a
 * conditional update, so several nodes can poll the same table, and a node that dies releases its rows when the lease
 * runs out. A delivery is only a candidate when no earlier pending delivery for the same patient and registry exists,
 * so a correction cannot overtake the original.
 */
public final class JdbcDeliveryQueue implements DeliveryQueue {

    private static final String SELECT_CANDIDATES = """
            SELECT d.id FROM delivery d
            WHERE d.registry = ? AND d.status = 'pending' AND d.next_attempt_at <= ?
              AND (d.lease_until IS NULL OR d.lease_until < ?)
              AND NOT EXISTS (SELECT 1 FROM delivery e
                              WHERE e.registry = d.registry AND e.ordering_key = d.ordering_key
                                AND e.status = 'pending' AND e.seq < d.seq)
            ORDER BY d.seq
            LIMIT ?""";
    private static final String TAKE_LEASE = """
            UPDATE delivery SET lease_owner = ?, lease_until = ?, attempts = attempts + 1, updated_at = ?
            WHERE id = ? AND status = 'pending' AND (lease_until IS NULL OR lease_until < ?)""";
    private static final String SELECT_CLAIMED = """
            SELECT attempts, envelope_json FROM delivery WHERE id = ? AND lease_owner = ?""";
    private static final String MARK_DELIVERED = """
            UPDATE delivery SET status = ?, receipt_id = ?, last_http_status = ?, last_error = NULL,
                                lease_owner = NULL, lease_until = NULL, delivered_at = ?, updated_at = ?
            WHERE id = ?""";
    private static final String MARK_FAILED = """
            UPDATE delivery SET status = ?, last_http_status = ?, last_error = ?,
                                lease_owner = NULL, lease_until = NULL, updated_at = ?
            WHERE id = ?""";
    private static final String SCHEDULE_RETRY = """
            UPDATE delivery SET last_http_status = ?, last_error = ?, next_attempt_at = ?,
                                lease_owner = NULL, lease_until = NULL, updated_at = ?
            WHERE id = ? AND status = 'pending'""";

    private final DataSource dataSource;
    private final Clock clock;
    private final String nodeId;
    private final ObjectMapper json = Json.mapper();

    public JdbcDeliveryQueue(DataSource dataSource, Clock clock, String nodeId) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.nodeId = nodeId;
    }

    @Override
    public List<ClaimedDelivery> claim(Registry registry, int max, Duration lease) {
        Instant now = clock.instant();
        List<ClaimedDelivery> claimed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String id : candidates(connection, registry, now, max)) {
                if (takeLease(connection, id, now, lease)) {
                    claimed.add(readClaimed(connection, id, registry));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Claiming deliveries for " + registry.id(), e);
        }
        return claimed;
    }

    @Override
    public void markDelivered(String deliveryId, String receiptId, int httpStatus) {
        Instant now = clock.instant();
        update(MARK_DELIVERED, "Marking delivery " + deliveryId + " delivered", statement -> {
            statement.setString(1, DeliveryStatus.DELIVERED.dbValue());
            statement.setString(2, receiptId);
            statement.setInt(3, httpStatus);
            Timestamps.set(statement, 4, now);
            Timestamps.set(statement, 5, now);
            statement.setString(6, deliveryId);
        });
    }

    @Override
    public void markFailed(String deliveryId, Integer httpStatus, String error) {
        update(MARK_FAILED, "Marking delivery " + deliveryId + " failed", statement -> {
            statement.setString(1, DeliveryStatus.FAILED.dbValue());
            statement.setObject(2, httpStatus);
            statement.setString(3, error);
            Timestamps.set(statement, 4, clock.instant());
            statement.setString(5, deliveryId);
        });
    }

    @Override
    public void scheduleRetry(String deliveryId, Integer httpStatus, String error, Instant nextAttemptAt) {
        update(SCHEDULE_RETRY, "Scheduling retry of delivery " + deliveryId, statement -> {
            statement.setObject(1, httpStatus);
            statement.setString(2, error);
            Timestamps.set(statement, 3, nextAttemptAt);
            Timestamps.set(statement, 4, clock.instant());
            statement.setString(5, deliveryId);
        });
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

    private boolean takeLease(Connection connection, String id, Instant now, Duration lease) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(TAKE_LEASE)) {
            statement.setString(1, nodeId);
            Timestamps.set(statement, 2, now.plus(lease));
            Timestamps.set(statement, 3, now);
            statement.setString(4, id);
            Timestamps.set(statement, 5, now);
            return statement.executeUpdate() == 1;
        }
    }

    private ClaimedDelivery readClaimed(Connection connection, String id, Registry registry) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT_CLAIMED)) {
            statement.setString(1, id);
            statement.setString(2, nodeId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("Delivery " + id + " vanished right after it was leased");
                }
                DeliveryEnvelope envelope = json.readValue(row.getString("envelope_json"), DeliveryEnvelope.class);
                return new ClaimedDelivery(id, registry, row.getInt("attempts"), envelope);
            } catch (JsonProcessingException e) {
                throw new SQLException("Stored envelope of delivery " + id + " cannot be read", e);
            }
        }
    }

    private void update(String sql, String operation, StatementBinder binder) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(operation, e);
        }
    }

    @FunctionalInterface
    private interface StatementBinder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
