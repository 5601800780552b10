package no.meldeport.gateway.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The two databases the store must work on: an H2 file database and a real PostgreSQL started for the tests. */
public final class TestDatabases {

    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public static Database h2(Path dir) {
        return Database.open("jdbc:h2:file:" + dir.resolve("meldeport") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "sa", "", dir);
    }

    /** Opens a fresh schema in the shared embedded PostgreSQL, started on first use and stopped with the JVM. */
    public static Database postgres(Path dir) {
        return Database.open(postgresUrl(), "postgres", "", dir);
    }

    /**
     * Creates a fresh, empty schema in the shared embedded PostgreSQL and returns its JDBC URL (user {@code postgres},
     * no password).
     */
    public static synchronized String postgresUrl() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // The JVM is exiting; the temporary cluster is removed with it.
                }
            }));
        }
        String schema = "t" + Long.toHexString(System.nanoTime());
        String url = postgres.getJdbcUrl("postgres", "postgres") + "&currentSchema=" + schema;
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot create schema " + schema, e);
        }
        return url;
    }
}
