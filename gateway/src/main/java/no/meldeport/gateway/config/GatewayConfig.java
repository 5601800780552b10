package no.meldeport.gateway.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.meldeport.model.Registry;

/**
 * The gateway's configuration, read once at start from {@code MELDEPORT_*} variables and validated there. Every
 * variable, its default and its unit is listed in README.md; the delivery's failure handling ({@link
 * ResilienceSettings}) in docs/operations.md.
 *
 * @param registryUrls base URL per registry; a registry without one is served by a local simulator in embedded mode
 * @param maintenanceWindows planned registry maintenance from {@code MELDEPORT_MAINTENANCE_WINDOWS}, empty by default
 */
public record GatewayConfig(
        Mode mode,
        String bindHost,
        int port,
        Path dataDir,
        String dbUrl,
        String dbUser,
        String dbPassword,
        Map<Registry, String> registryUrls,
        Duration pollInterval,
        int claimBatchSize,
        Duration claimLease,
        long maxBodyBytes,
        SecuritySettings security,
        ResilienceSettings resilience,
        List<MaintenanceWindow> maintenanceWindows,
        ValidationSettings validation) {

    public GatewayConfig {
        registryUrls = Map.copyOf(registryUrls);
        maintenanceWindows = List.copyOf(maintenanceWindows);
    }

    /** Reads the configuration from the process environment. */
    public static GatewayConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static GatewayConfig from(Map<String, String> variables) {
        Settings settings = new Settings(variables);
        Mode mode = Mode.parse(settings.string("MELDEPORT_MODE", "embedded"));
        boolean embedded = mode == Mode.EMBEDDED;

        if (!embedded) {
            requireProductionSettings(settings);
        }
        checkLogLevel(settings);

        Path dataDir = Path.of(settings.string("MELDEPORT_DATA_DIR", "./data")).toAbsolutePath().normalize();
        String dbUrl = embedded
                ? settings.string("MELDEPORT_DB_URL", defaultH2Url(dataDir))
                : settings.required("MELDEPORT_DB_URL", "production mode needs a PostgreSQL JDBC URL");

        Map<Registry, String> registryUrls = new EnumMap<>(Registry.class);
        for (Registry registry : Registry.values()) {
            String variable = registryUrlVariable(registry);
            Optional<String> url = settings.optional(variable);
            if (url.isEmpty() && !embedded) {
                throw new ConfigException(variable, null, "production mode needs the registry's base URL");
            }
            url.ifPresent(value -> registryUrls.put(registry, checkHttpUrl(variable, value)));
        }

        int claimBatchSize = settings.integer("MELDEPORT_CLAIM_BATCH_SIZE", 20, 1, 1000);
        Duration claimLease = settings.millis("MELDEPORT_CLAIM_LEASE_MS", Duration.ofSeconds(120), Duration.ofSeconds(1));
        ResilienceSettings resilience = ResilienceSettings.from(settings);
        checkLeaseCoversBatch(claimLease, claimBatchSize, resilience);

        return new GatewayConfig(
                mode,
                settings.string("MELDEPORT_BIND_HOST", embedded ? "127.0.0.1" : "0.0.0.0"),
                settings.integer("MELDEPORT_PORT", 8080, 0, 65535),
                dataDir,
                dbUrl,
                settings.string("MELDEPORT_DB_USER", embedded ? "sa" : ""),
                settings.string("MELDEPORT_DB_PASSWORD", ""),
                registryUrls,
                settings.millis("MELDEPORT_POLL_INTERVAL_MS", Duration.ofMillis(200), Duration.ofMillis(10)),
                claimBatchSize,
                claimLease,
                settings.integer("MELDEPORT_MAX_BODY_BYTES", 5 * 1024 * 1024, 1024, Integer.MAX_VALUE),
                SecuritySettings.from(settings, embedded),
                resilience,
                MaintenanceWindow.parse(settings.string(MaintenanceWindow.VARIABLE, "")),
                ValidationSettings.from(settings, embedded));
    }

    /**
     * A lease must outlast the slowest batch: the deliveries of one claim are sent {@code maxConcurrentRequests} at a
     * time, each taking up to its connect and response timeouts. A shorter lease would let another node claim a
     * delivery that is still being sent.
     */
    private static void checkLeaseCoversBatch(Duration lease, int batchSize, ResilienceSettings resilience) {
        for (Registry registry : Registry.values()) {
            RegistryResilience settings = resilience.forRegistry(registry);
            long rounds = (batchSize + settings.maxConcurrentRequests() - 1) / settings.maxConcurrentRequests();
            Duration slowestBatch = settings.maxAttemptDuration().multipliedBy(rounds);
            if (lease.compareTo(slowestBatch) <= 0) {
                throw new ConfigException("MELDEPORT_CLAIM_LEASE_MS", Long.toString(lease.toMillis()),
                        "expected more than " + slowestBatch.toMillis() + " ms, the longest a batch of " + batchSize
                                + " " + registry.id() + " deliveries can take (" + rounds + " rounds of "
                                + settings.maxAttemptDuration().toMillis() + " ms); raise the lease, or lower "
                                + "MELDEPORT_CLAIM_BATCH_SIZE or the registry timeouts");
            }
        }
    }

    /** Lists every missing production setting in one message, so an operator fixes them in one round. */
    private static void requireProductionSettings(Settings settings) {
        List<String> required = new ArrayList<>(List.of("MELDEPORT_DB_URL", "MELDEPORT_ISSUER", "MELDEPORT_AUDIENCE",
                "MELDEPORT_JWKS_URL", "MELDEPORT_PUBLIC_BASE_URL"));
        for (Registry registry : Registry.values()) {
            required.add(registryUrlVariable(registry));
        }
        List<String> missing = required.stream().filter(name -> settings.optional(name).isEmpty()).toList();
        if (!missing.isEmpty()) {
            throw ConfigException.missing(missing, "production mode needs the database, the token issuer, the public"
                    + " address clients use and every registry's base URL");
        }
        String dbUrl = settings.optional("MELDEPORT_DB_URL").orElseThrow();
        if (!dbUrl.startsWith("jdbc:postgresql:")) {
            throw new ConfigException("MELDEPORT_DB_URL", dbUrl,
                    "production mode keeps the outbox in PostgreSQL; expected jdbc:postgresql://host:port/database");
        }
        checkHttpUrl("MELDEPORT_PUBLIC_BASE_URL", settings.optional("MELDEPORT_PUBLIC_BASE_URL").orElseThrow());
    }

    private static void checkLogLevel(Settings settings) {
        settings.optional("MELDEPORT_LOG_LEVEL").ifPresent(level -> {
            if (!List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF").contains(level.toUpperCase(Locale.ROOT))) {
                throw new ConfigException("MELDEPORT_LOG_LEVEL", level, "expected TRACE, DEBUG, INFO, WARN, ERROR or OFF");
            }
        });
    }

    public static String registryUrlVariable(Registry registry) {
        return "MELDEPORT_" + registry.name().toUpperCase(Locale.ROOT) + "_URL";
    }

    public boolean embedded() {
        return mode == Mode.EMBEDDED;
    }

    public Optional<String> registryUrl(Registry registry) {
        return Optional.ofNullable(registryUrls.get(registry));
    }

    /**
     * The embedded database. {@code WRITE_DELAY=0} makes H2 write each commit to disk before the commit returns;
     * with H2's default delay a submission acknowledged with 202 could be lost when the process is killed.
     * {@code DB_CLOSE_ON_EXIT=FALSE} leaves closing to the gateway, after the delivery routes have stopped.
     */
    private static String defaultH2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("meldeport") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    static String checkHttpUrl(String variable, String value) {
        if (!value.startsWith("http://") && !value.startsWith("https://")) {
            throw new ConfigException(variable, value, "expected an http:// or https:// URL");
        }
        return value;
    }

    /** Masks the database password. */
    @Override
    public String toString() {
        return "GatewayConfig[mode=" + mode + ", bindHost=" + bindHost + ", port=" + port + ", dataDir=" + dataDir
                + ", dbUrl=" + dbUrl + ", dbUser=" + dbUser + ", dbPassword=" + (dbPassword.isEmpty() ? "" : "***")
                + ", registryUrls=" + registryUrls + ", security=" + security + ", validation=" + validation + "]";
    }
}
