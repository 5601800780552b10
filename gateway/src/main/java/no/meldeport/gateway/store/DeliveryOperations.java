package no.meldeport.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import no.meldeport.model.Registry;
import no.meldeport.routes.delivery.DeliveryStatus;

/**
 * The outbox as operators use it: deliveries with their attempt history, counts per registry and status, and replays
 * of dead letters and failed deliveries. A replay keeps the delivery id, so the registry sees the same
 * {@code Idempotency-Key}; it makes the delivery pending with a fresh attempt budget and maximum age, and writes an
 * audit event ({@value #REPLAY_ACTION}, with the delivery id) in the same transaction.
 */
public final class DeliveryOperations {

    private static final String COLUMNS = """
            id, submission_id, registry, status, attempts, replays, receipt_id, last_http_status, last_error,
            created_at, next_attempt_at, updated_at, delivered_at""";
    private static final String SELECT_ONE = "SELECT " + COLUMNS + " FROM delivery WHERE id = ?";
    private static final String SELECT_BY_STATUS = "SELECT " + COLUMNS
            + " FROM delivery WHERE status = ? ORDER BY seq LIMIT ?";
    private static final String SELECT_BY_STATUS_AND_REGISTRY = "SELECT " + COLUMNS
            + " FROM delivery WHERE status = ? AND registry = ? ORDER BY seq LIMIT ?";
    private static final String SELECT_ATTEMPTS = """
            SELECT replay_round, attempt_no, node_id, started_at, finished_at, outcome, http_status, error
            FROM delivery_attempt WHERE delivery_id = ? ORDER BY replay_round, attempt_no, started_at""";
    private static final String COUNT_BY_REGISTRY_AND_STATUS = """
            SELECT registry, status, COUNT(*) AS deliveries FROM delivery GROUP BY registry, status""";
    private static final String SELECT_STATUS_FOR_UPDATE = "SELECT registry, status FROM delivery WHERE id = ? FOR UPDATE";
    private static final String SELECT_REPLAYABLE_OF_REGISTRY = """
            SELECT id FROM delivery WHERE registry = ? AND status = ? ORDER BY seq FOR UPDATE""";
    private static final String REPLAY = """
            UPDATE delivery SET status = 'pending', attempts = 0, replays = replays + 1, window_started_at = ?,
                                next_attempt_at = ?, last_http_status = NULL, last_error = NULL,
                                lease_owner = NULL, lease_until = NULL, current_attempt_id = NULL, updated_at = ?
            WHERE id = ? AND status IN ('dead', 'failed')""";
    private static final String SELECT_REPLAYS = "SELECT replays FROM delivery WHERE id = ?";
    private static final String INSERT_AUDIT = """
            INSERT INTO audit_event (occurred_at, action, http_method, path, http_status, outcome, client_id,
                                     organisation, hpr_number, delivery_id)
            VALUES (?, ?, 'POST', ?, 200, 'replayed', ?, ?, ?, ?)""";
    private static final String SELECT_AUDIT = """
            SELECT occurred_at, delivery_id, client_id, organisation, hpr_number, path FROM audit_event
            WHERE action = ? AND delivery_id = ? ORDER BY id""";

    /** The audit action of one replayed delivery. */
    public static final String REPLAY_ACTION = "delivery.replay";

    private final DataSource dataSource;
    private final Clock clock;

    public DeliveryOperations(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Returns the delivery with its attempt history, or empty when there is none with this id. */
    public Optional<DeliveryRecord> find(String deliveryId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SELECT_ONE)) {
            statement.setString(1, deliveryId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(record(row, history(connection, deliveryId)));
            }
        } catch (SQLException e) {
            throw new StoreException("Reading delivery " + deliveryId, e);
        }
    }

    /** Returns up to {@code limit} deliveries in {@code status}, oldest first, of one registry or (null) all. */
    public List<DeliveryRecord> list(DeliveryStatus status, Registry registry, int limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     registry == null ? SELECT_BY_STATUS : SELECT_BY_STATUS_AND_REGISTRY)) {
            int index = 1;
            statement.setString(index++, status.dbValue());
            if (registry != null) {
                statement.setString(index++, registry.id());
            }
            statement.setInt(index, limit);
            List<DeliveryRecord> records = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    records.add(record(row, List.of()));
                }
            }
            return records;
        } catch (SQLException e) {
            throw new StoreException("Listing " + status.dbValue() + " deliveries", e);
        }
    }

    /** Returns the number of deliveries per registry and status; combinations with none are absent. */
    public Map<Registry, Map<DeliveryStatus, Long>> countByRegistryAndStatus() {
        Map<Registry, Map<DeliveryStatus, Long>> counts = new EnumMap<>(Registry.class);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(COUNT_BY_REGISTRY_AND_STATUS);
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                counts.computeIfAbsent(Registry.fromId(row.getString("registry")),
                                registry -> new EnumMap<>(DeliveryStatus.class))
                        .put(DeliveryStatus.fromDbValue(row.getString("status")), row.getLong("deliveries"));
            }
            return counts;
        } catch (SQLException e) {
            throw new StoreException("Counting deliveries", e);
        }
    }

    /** Replays one dead letter or failed delivery, audited as done by {@code actor}. */
    public ReplayResult replay(String deliveryId, Actor actor) {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            return JdbcDeliveryQueue.inTransaction(connection, () -> {
                String registry;
                String status;
                try (PreparedStatement statement = connection.prepareStatement(SELECT_STATUS_FOR_UPDATE)) {
                    statement.setString(1, deliveryId);
                    try (ResultSet row = statement.executeQuery()) {
                        if (!row.next()) {
                            return new ReplayResult.NotFound(deliveryId);
                        }
                        registry = row.getString("registry");
                        status = row.getString("status");
                    }
                }
                if (!replayable(status)) {
                    return new ReplayResult.NotReplayable(deliveryId, status);
                }
                int replays = replayOne(connection, deliveryId, actor, now);
                return new ReplayResult.Replayed(deliveryId, registry, replays);
            });
        } catch (SQLException e) {
            throw new StoreException("Replaying delivery " + deliveryId, e);
        }
    }

    /**
     * Replays every delivery of {@code registry} in {@code status} ({@link DeliveryStatus#DEAD} or
     * {@link DeliveryStatus#FAILED}) in acceptance order, with one audit event each. Returns the replayed ids.
     */
    public List<String> replayRegistry(Registry registry, DeliveryStatus status, Actor actor) {
        if (!replayable(status.dbValue())) {
            throw new IllegalArgumentException("Only dead or failed deliveries can be replayed, not " + status.dbValue());
        }
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            return JdbcDeliveryQueue.inTransaction(connection, () -> {
                List<String> ids = new ArrayList<>();
                try (PreparedStatement statement = connection.prepareStatement(SELECT_REPLAYABLE_OF_REGISTRY)) {
                    statement.setString(1, registry.id());
                    statement.setString(2, status.dbValue());
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            ids.add(row.getString("id"));
                        }
                    }
                }
                for (String id : ids) {
                    replayOne(connection, id, actor, now);
                }
                return ids;
            });
        } catch (SQLException e) {
            throw new StoreException("Replaying " + status.dbValue() + " deliveries of " + registry.id(), e);
        }
    }

    /** Returns the audited replays of one delivery, oldest first. */
    public List<ReplayAuditEntry> replayAudit(String deliveryId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SELECT_AUDIT)) {
            statement.setString(1, REPLAY_ACTION);
            statement.setString(2, deliveryId);
            List<ReplayAuditEntry> entries = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    entries.add(new ReplayAuditEntry(Timestamps.get(row, "occurred_at"), row.getString("delivery_id"),
                            row.getString("client_id"), row.getString("organisation"), row.getString("hpr_number"),
                            row.getString("path")));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new StoreException("Reading the replay audit of delivery " + deliveryId, e);
        }
    }

    private static int replayOne(Connection connection, String deliveryId, Actor actor, Instant now)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(REPLAY)) {
            Timestamps.set(statement, 1, now);
            Timestamps.set(statement, 2, now);
            Timestamps.set(statement, 3, now);
            statement.setString(4, deliveryId);
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement(INSERT_AUDIT)) {
            Timestamps.set(statement, 1, now);
            statement.setString(2, REPLAY_ACTION);
            statement.setString(3, truncate(actor.requestPath(), 300));
            statement.setString(4, actor.clientId());
            statement.setString(5, actor.organisation());
            statement.setString(6, actor.hprNumber());
            statement.setString(7, deliveryId);
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement(SELECT_REPLAYS)) {
            statement.setString(1, deliveryId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt("replays");
            }
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static boolean replayable(String status) {
        return DeliveryStatus.DEAD.dbValue().equals(status) || DeliveryStatus.FAILED.dbValue().equals(status);
    }

    private static List<DeliveryRecord.Attempt> history(Connection connection, String deliveryId)
            throws SQLException {
        List<DeliveryRecord.Attempt> attempts = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SELECT_ATTEMPTS)) {
            statement.setString(1, deliveryId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    attempts.add(new DeliveryRecord.Attempt(
                            row.getInt("replay_round"),
                            row.getInt("attempt_no"),
                            row.getString("node_id"),
                            Timestamps.get(row, "started_at"),
                            Timestamps.get(row, "finished_at"),
                            row.getString("outcome"),
                            row.getObject("http_status", Integer.class),
                            row.getString("error")));
                }
            }
        }
        return attempts;
    }

    private static DeliveryRecord record(ResultSet row, List<DeliveryRecord.Attempt> history) throws SQLException {
        return new DeliveryRecord(
                row.getString("id"),
                row.getString("submission_id"),
                row.getString("registry"),
                row.getString("status"),
                row.getInt("attempts"),
                row.getInt("replays"),
                row.getString("receipt_id"),
                row.getObject("last_http_status", Integer.class),
                row.getString("last_error"),
                Timestamps.get(row, "created_at"),
                Timestamps.get(row, "next_attempt_at"),
                Timestamps.get(row, "updated_at"),
                Timestamps.get(row, "delivered_at"),
                history);
    }
}
