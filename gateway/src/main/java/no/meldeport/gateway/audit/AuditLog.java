package no.meldeport.gateway.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import no.meldeport.gateway.store.StoreException;

/** The audit trail in the database: append-only writes and reads for operators and tests. */
public final class AuditLog {

    private static final String INSERT = """
            INSERT INTO audit_event (occurred_at, action, http_method, path, http_status, outcome, client_id,
                                     organisation, hpr_number, report_type, submission_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String SELECT_RECENT = """
            SELECT occurred_at, action, http_method, path, http_status, outcome, client_id, organisation, hpr_number,
                   report_type, submission_id
            FROM audit_event ORDER BY id DESC LIMIT ?""";

    private final DataSource dataSource;

    public AuditLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void append(AuditEvent event) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setObject(1, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
            statement.setString(2, event.action());
            statement.setString(3, event.httpMethod());
            statement.setString(4, truncate(event.path(), 300));
            statement.setInt(5, event.httpStatus());
            statement.setString(6, event.outcome());
            statement.setString(7, event.clientId());
            statement.setString(8, event.organisation());
            statement.setString(9, event.hprNumber());
            statement.setString(10, event.reportType());
            statement.setString(11, event.submissionId());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Writing audit event", e);
        }
    }

    /** Reads the newest events, newest first. */
    public List<AuditEvent> recent(int max) {
        List<AuditEvent> events = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SELECT_RECENT)) {
            statement.setInt(1, max);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    events.add(new AuditEvent(
                            row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                            row.getString("action"),
                            row.getString("http_method"),
                            row.getString("path"),
                            row.getInt("http_status"),
                            row.getString("outcome"),
                            row.getString("client_id"),
                            row.getString("organisation"),
                            row.getString("hpr_number"),
                            row.getString("report_type"),
                            row.getString("submission_id")));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Reading audit events", e);
        }
        return events;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
