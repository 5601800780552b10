package no.meldeport.gateway;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.sql.DataSource;
import no.meldeport.gateway.config.GatewayConfig;
import no.meldeport.gateway.config.RegistryResilience;
import no.meldeport.gateway.ops.DeliveryGauges;
import no.meldeport.gateway.store.DeliveryOperations;
import no.meldeport.gateway.store.JdbcDeliveryQueue;
import no.meldeport.mappings.RegistryMappers;
import no.meldeport.model.Registry;
import no.meldeport.model.RegistryMapper;
import no.meldeport.routes.delivery.ClaimDeliveriesProcessor;
import no.meldeport.routes.delivery.DeliveryMetrics;
import no.meldeport.routes.delivery.DeliveryOutcomeRecorder;
import no.meldeport.routes.delivery.DeliveryRouteNames;
import no.meldeport.routes.delivery.DeliveryRouteTemplate;
import no.meldeport.routes.delivery.DeliveryRoutes;
import no.meldeport.routes.delivery.FinishAttemptProcessor;
import no.meldeport.routes.delivery.PrepareRegistryRequestProcessor;
import no.meldeport.routes.delivery.RecordDeliveryOutcomeProcessor;
import no.meldeport.routes.delivery.RecordRequestFailureProcessor;
import no.meldeport.routes.delivery.RegistryGuard;
import no.meldeport.routes.delivery.RegistryGuards;
import no.meldeport.routes.delivery.RetryPolicy;
import org.apache.camel.component.http.HttpComponent;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery side of the gateway: the outbox queue, a circuit breaker, bulkhead, thread pool and HTTP component per
 * registry, the shared delivery processors and the delivery routes, all bound into Camel Main by name. Also takes back
 * this node's leases from before a restart and registers the delivery metrics.
 */
final class DeliveryAssembly implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryAssembly.class);
    /** How often each registry's route looks for deliveries past their maximum age. */
    private static final Duration EXPIRY_SWEEP_INTERVAL = Duration.ofMinutes(1);

    private final Map<Registry, ExecutorService> executors;
    private final RegistryGuards guards;
    private final DeliveryOperations operations;

    private DeliveryAssembly(Map<Registry, ExecutorService> executors, RegistryGuards guards,
            DeliveryOperations operations) {
        this.executors = executors;
        this.guards = guards;
        this.operations = operations;
    }

    static DeliveryAssembly bind(Main main, GatewayConfig config, DataSource dataSource,
            Map<Registry, String> registryUrls, MeterRegistry meters, Clock clock) {
        JdbcDeliveryQueue queue = new JdbcDeliveryQueue(dataSource, clock, config.resilience().nodeId());
        int released = queue.releaseOwnLeases();
        if (released > 0) {
            LOG.info("Took back leases from before the restart nodeId={} deliveries={}", queue.nodeId(), released);
        }

        Map<Registry, RetryPolicy> retryPolicies = new EnumMap<>(Registry.class);
        Map<Registry, RegistryGuard> guardMap = new EnumMap<>(Registry.class);
        Map<Registry, ExecutorService> executors = new EnumMap<>(Registry.class);
        for (Registry registry : Registry.values()) {
            RegistryResilience settings = config.resilience().forRegistry(registry);
            retryPolicies.put(registry, new RetryPolicy(settings.maxAttempts(), settings.retryInitialDelay(),
                    settings.retryMaxDelay(), settings.retryJitter(), settings.maxAge(),
                    settings.maxUnreadableAttempts()));
            guardMap.put(registry, new RegistryGuard(registry, circuitBreakerConfig(settings),
                    BulkheadConfig.custom()
                            .maxConcurrentCalls(settings.maxConcurrentRequests())
                            .maxWaitDuration(Duration.ZERO)
                            .build(),
                    System::nanoTime));
            executors.put(registry, Executors.newFixedThreadPool(settings.maxConcurrentRequests(),
                    threadFactory("delivery-" + registry.id())));
        }
        RegistryGuards guards = new RegistryGuards(guardMap);
        guards.bindTo(meters);
        DeliveryOperations operations = new DeliveryOperations(dataSource, clock);
        new DeliveryGauges(operations, clock).bindTo(meters);

        Function<Registry, RegistryMapper> mappers = RegistryMappers::forRegistry;
        SecureRandom random = new SecureRandom();
        DeliveryOutcomeRecorder recorder =
                new DeliveryOutcomeRecorder(queue, mappers, retryPolicies::get, clock, random::nextDouble);
        DeliveryMetrics metrics = new DeliveryMetrics(meters);

        main.bind(DeliveryRouteNames.CLAIM_BEAN, new ClaimDeliveriesProcessor(queue, guards, retryPolicies::get,
                config.claimBatchSize(), config.claimLease(), EXPIRY_SWEEP_INTERVAL, clock));
        main.bind(DeliveryRouteNames.PREPARE_BEAN, new PrepareRegistryRequestProcessor(mappers, registryUrls,
                recorder, queue, guards, metrics, clock));
        main.bind(DeliveryRouteNames.RECORD_BEAN, new RecordDeliveryOutcomeProcessor(recorder, metrics, clock));
        main.bind(DeliveryRouteNames.FAILURE_BEAN, new RecordRequestFailureProcessor(recorder, metrics));
        main.bind(DeliveryRouteNames.FINISH_BEAN, new FinishAttemptProcessor());
        main.bind(DeliveryRouteNames.GUARDS_BEAN, guards);
        for (Registry registry : Registry.values()) {
            RegistryResilience settings = config.resilience().forRegistry(registry);
            main.bind(DeliveryRouteNames.executorBean(registry.id()), executors.get(registry));
            main.bind(DeliveryRouteNames.HTTP_COMPONENT_PREFIX + registry.id(), httpComponent(settings));
            main.bind(DeliveryRouteNames.HTTPS_COMPONENT_PREFIX + registry.id(), httpComponent(settings));
        }

        main.configure().addRoutesBuilder(new DeliveryRouteTemplate());
        main.configure().addRoutesBuilder(new DeliveryRoutes(EnumSet.allOf(Registry.class), config.pollInterval()));
        // Camel Main counts the graceful-shutdown timeout in whole seconds.
        main.configure().withShutdownTimeout(
                (int) Math.max(1, (config.resilience().shutdownTimeout().toMillis() + 999) / 1000));
        return new DeliveryAssembly(executors, guards, operations);
    }

    RegistryGuards guards() {
        return guards;
    }

    DeliveryOperations operations() {
        return operations;
    }

    /** Stops the registry thread pools; call after Camel has stopped, so no delivery is still running on them. */
    @Override
    public void close() {
        executors.values().forEach(ExecutorService::shutdown);
        for (ExecutorService executor : executors.values()) {
            try {
                if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static CircuitBreakerConfig circuitBreakerConfig(RegistryResilience settings) {
        return CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.windowSize())
                .minimumNumberOfCalls(settings.minimumCalls())
                .failureRateThreshold(settings.failureRatePercent())
                .slowCallRateThreshold(settings.slowCallRatePercent())
                .slowCallDurationThreshold(settings.slowCallDuration())
                .waitDurationInOpenState(settings.openWait())
                .permittedNumberOfCallsInHalfOpenState(settings.halfOpenProbes())
                .recordExceptions(Throwable.class)
                .build();
    }

    /** Creates one HTTP component per registry, so its timeouts and its connection pool belong to that registry alone. */
    private static HttpComponent httpComponent(RegistryResilience settings) {
        HttpComponent http = new HttpComponent();
        http.setConnectTimeout(settings.connectTimeout().toMillis());
        http.setConnectionRequestTimeout(settings.connectTimeout().toMillis());
        http.setResponseTimeout(settings.responseTimeout().toMillis());
        http.setSoTimeout(settings.responseTimeout().toMillis());
        http.setConnectionsPerRoute(settings.maxConcurrentRequests());
        http.setMaxTotalConnections(settings.maxConcurrentRequests());
        http.setFollowRedirects(false);
        // HttpClient 5 would otherwise resend after a 429 or 503 on its own, unseen by the attempt count, the
        // circuit breaker and the durable retry schedule.
        http.setHttpClientConfigurer(HttpClientBuilder::disableAutomaticRetries);
        return http;
    }

    private static ThreadFactory threadFactory(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
