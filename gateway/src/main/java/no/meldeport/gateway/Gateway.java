package no.meldeport.gateway;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.meldeport.gateway.audit.AuditEventNotifier;
import no.meldeport.gateway.audit.AuditLog;
import no.meldeport.gateway.audit.RequestMetrics;
import no.meldeport.gateway.config.GatewayConfig;
import ca.uhn.fhir.context.FhirContext;
import no.meldeport.gateway.fhir.FhirSubmissionReader;
import no.meldeport.gateway.ingress.AuthenticateProcessor;
import no.meldeport.gateway.ingress.RejectedBodyHandler;
import no.meldeport.gateway.ingress.DevIssuerRoutes;
import no.meldeport.gateway.ingress.ErrorResponder;
import no.meldeport.gateway.ingress.FhirIngressRoutes;
import no.meldeport.gateway.maintenance.IdempotencyKeyRetention;
import no.meldeport.gateway.maintenance.MaintenanceRoutes;
import no.meldeport.gateway.ingress.FhirResponses;
import no.meldeport.gateway.ingress.HealthRoutes;
import no.meldeport.gateway.ingress.IngressErrorHandling;
import no.meldeport.gateway.ingress.PublicAddress;
import no.meldeport.gateway.ingress.SubmissionIntake;
import no.meldeport.gateway.rest.ApiRoutes;
import no.meldeport.gateway.rest.CircuitStates;
import no.meldeport.gateway.security.GatewaySecurity;
import no.meldeport.gateway.reporttype.ReportTypeCatalog;
import no.meldeport.gateway.submission.SubmissionPlanner;
import no.meldeport.gateway.validation.SubmissionCheck;
import no.meldeport.gateway.validation.SubmissionValidator;
import no.meldeport.mappings.msis.NotifiableDiseases;
import no.meldeport.routes.plan.FanOutPlanner;
import no.meldeport.gateway.ingress.SubmissionStatusRoutes;
import no.meldeport.gateway.ops.OpsPageRoutes;
import no.meldeport.gateway.ops.OpsRoutes;
import no.meldeport.gateway.store.Database;
import no.meldeport.gateway.store.SubmissionStore;

import no.meldeport.model.Registry;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assembled gateway: database, outbox, HTTP ingress and one delivery route per registry, on Camel Main with
 * platform-http (Vert.x). {@link #start} returns once the HTTP server listens.
 */
public final class Gateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

    private final GatewayConfig config;
    private final Database database;
    private final Main main;
    private final VertxPlatformHttpServer httpServer;
    private final DeliveryAssembly delivery;
    private final List<AutoCloseable> embeddedParts;

    private Gateway(GatewayConfig config, Database database, Main main, VertxPlatformHttpServer httpServer,
            DeliveryAssembly delivery, List<AutoCloseable> embeddedParts) {
        this.config = config;
        this.database = database;
        this.main = main;
        this.httpServer = httpServer;
        this.delivery = delivery;
        this.embeddedParts = embeddedParts;
    }

    public static Gateway start(GatewayConfig config) throws Exception {
        return start(config, Clock.systemUTC());
    }

    public static Gateway start(GatewayConfig config, Clock clock) throws Exception {
        LOG.info("Starting Meldeport mode={} dataDir={}", config.mode(), config.dataDir());
        requireBindable(config);
        EmbeddedRegistries embeddedRegistries = EmbeddedRegistries.startMissing(config);
        Map<Registry, String> registryUrls = new EnumMap<>(Registry.class);
        registryUrls.putAll(config.registryUrls());
        registryUrls.putAll(embeddedRegistries.urls());

        Database database = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword(), config.dataDir());
        SubmissionStore store = new SubmissionStore(database.dataSource());
        PrometheusMeterRegistry meterRegistry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

        PublicAddress publicAddress =
                new PublicAddress(config.security().publicBaseUrl(), config.bindHost(), config.port());
        GatewaySecurity security = GatewaySecurity.create(config.security(), config.dataDir(), clock);
        FhirContext fhirContext = FhirContext.forR4Cached();
        FhirResponses fhirResponses = new FhirResponses(fhirContext);
        SubmissionPlanner planner = new SubmissionPlanner(new FanOutPlanner(NotifiableDiseases.standard()));
        SubmissionIntake intake = new SubmissionIntake(planner, security.scopeChecker(), store, clock);
        SubmissionCheck submissionCheck = new SubmissionCheck(
                new SubmissionValidator(ReportTypeCatalog.standard(), config.validation().allowSyntheticIds(), clock),
                planner);
        FhirSubmissionReader fhirReader =
                new FhirSubmissionReader(fhirContext, config.validation().bodyLimits(config.maxBodyBytes()));

        AuditLog auditLog = new AuditLog(database.dataSource());

        Main main = new Main();
        main.configure().withName("meldeport");
        DeliveryAssembly delivery =
                DeliveryAssembly.bind(main, config, database.dataSource(), registryUrls, meterRegistry, clock);
        ErrorResponder errorResponder = new ErrorResponder(fhirResponses);
        main.bind(IngressErrorHandling.RESPONDER_BEAN, errorResponder);
        main.bind(AuthenticateProcessor.BEAN, new AuthenticateProcessor(security, publicAddress));

        main.configure().addRoutesBuilder(new HealthRoutes(database.dataSource(), meterRegistry));
        main.configure().addRoutesBuilder(new IngressErrorHandling());
        main.configure().addRoutesBuilder(new SubmissionStatusRoutes(store));
        main.configure().addRoutesBuilder(new MaintenanceRoutes(
                new IdempotencyKeyRetention(store, config.validation().idempotencyRetention(), clock)));
        main.configure().addRoutesBuilder(new OpsRoutes(delivery.operations(), security.scopeChecker()));
        main.configure().addRoutesBuilder(new OpsPageRoutes());
        main.configure().addRoutesBuilder(
                new FhirIngressRoutes(fhirReader, submissionCheck, intake, fhirResponses, publicAddress));
        CircuitStates circuits = registry -> Optional.of(
                delivery.guards().forRegistry(registry).circuitBreaker().getState().name().toLowerCase(Locale.ROOT));
        ApiRoutes.all(submissionCheck, intake, store, fhirResponses, publicAddress, circuits, config.maintenanceWindows(), clock)
                .forEach(main.configure()::addRoutesBuilder);
        if (security.devIssuer() != null) {
            main.configure().addRoutesBuilder(
                    new DevIssuerRoutes(security.devIssuer(), security.devTokenEndpoint(), publicAddress));
        }

        VertxPlatformHttpServer httpServer = new VertxPlatformHttpServer(httpServerConfiguration(config));
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport support) {
                support.getCamelContext().getManagementStrategy()
                        .addEventNotifier(new AuditEventNotifier(auditLog, new RequestMetrics(meterRegistry), store, clock));
                try {
                    support.getCamelContext().addService(httpServer);
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot add the HTTP server", e);
                }
            }
        });
        try {
            main.start();
            new RejectedBodyHandler(errorResponder, config.maxBodyBytes()).install(main.getCamelContext());
        } catch (Exception e) {
            try {
                main.stop();
            } catch (Exception stopFailure) {
                e.addSuppressed(stopFailure);
            }
            delivery.close();
            database.close();
            embeddedRegistries.close();
            throw e;
        }
        Gateway gateway = new Gateway(config, database, main, httpServer, delivery, List.of(embeddedRegistries));
        publicAddress.listeningOn(gateway.port());
        LOG.info("Meldeport ready port={} registries={}", gateway.port(), registryUrls.keySet());
        return gateway;
    }

    /** Returns the port the HTTP server listens on: the configured one, or the one picked for port 0. */
    public int port() {
        return httpServer.getServer().actualPort();
    }

    public GatewayConfig config() {
        return config;
    }

    /** The gateway's connection pool, for health checks and tests that inspect the store. */
    public javax.sql.DataSource dataSource() {
        return database.dataSource();
    }

    public CamelContext camelContext() {
        return main.getCamelContext();
    }

    @Override
    public void close() {
        LOG.info("Stopping Meldeport");
        try {
            main.stop();
        } catch (Exception e) {
            LOG.warn("Camel did not stop cleanly", e);
        }
        delivery.close();
        database.close();
        for (AutoCloseable part : embeddedParts) {
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("Embedded part did not stop cleanly part={}", part.getClass().getSimpleName(), e);
            }
        }
    }

    /**
     * Fails the start before anything else runs when the HTTP address cannot be bound, because Vert.x reports a busy
     * port or an unknown host only in its log and the gateway would otherwise run without listening.
     */
    private static void requireBindable(GatewayConfig config) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getByName(config.bindHost()), config.port()));
        } catch (IOException e) {
            throw new GatewayStartException("The HTTP server cannot listen on " + config.bindHost() + ":"
                    + config.port() + " (" + e.getMessage() + "); choose a free MELDEPORT_PORT and a"
                    + " MELDEPORT_BIND_HOST that is an address of this machine", e);
        }
    }

    private static VertxPlatformHttpServerConfiguration httpServerConfiguration(GatewayConfig config) {
        VertxPlatformHttpServerConfiguration configuration = new VertxPlatformHttpServerConfiguration();
        configuration.setBindHost(config.bindHost());
        configuration.setBindPort(config.port());
        configuration.setMaxBodySize(config.maxBodyBytes());
        // Vert.x would otherwise create a file-uploads folder in the working directory.
        configuration.getBodyHandler().setHandleFileUploads(false);
        return configuration;
    }
}
