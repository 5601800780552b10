package no.meldeport.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.meldeport.fixtures.samples.Sample;
import no.meldeport.fixtures.samples.Samples;
import no.meldeport.fixtures.simulator.RegistrySimulator;
import no.meldeport.fixtures.simulator.Simulators;
import no.meldeport.gateway.GatewayProcess;
import no.meldeport.gateway.config.GatewayConfig;
import no.meldeport.gateway.json.Json;
import no.meldeport.gateway.store.Database;
import no.meldeport.gateway.security.DevClients;
import no.meldeport.model.Registry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few thousand submissions while the gateway process is killed with SIGKILL twice and restarted. Afterwards every
 * accepted submission is delivered to every registry it fans out to, and no registry confirmed a key twice. A
 * submission whose request failed because of a kill is sent again with the same {@code Idempotency-Key}, as an EPJ
 * would. Prints the counts.
 */
@Tag("chaos")
class KillAndRestartChaosTest {

    private static final int SUBMISSIONS = 2000;
    private static final int CLIENT_THREADS = 4;
    /** The gateway is killed once this many submissions have been accepted in the current run. */
    private static final List<Integer> KILL_AFTER_ACCEPTED = List.of(600, 1300);

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> acceptedStatusUrls = new ConcurrentHashMap<>();
    /** Number of answers per HTTP status, for the report and for failure messages. */
    private final Map<Integer, Integer> rejections = new ConcurrentHashMap<>();

    @Test
    void everyAcceptedSubmissionIsDeliveredOnceAfterKills() throws Exception {
        List<PlannedSubmission> planned = plan();
        int port = GatewayProcess.freePort();
        Path log = dataDir.resolve("gateway.log");
        Instant start = Instant.now();
        try (Simulators simulators = Simulators.start()) {
            Map<String, String> variables = variables(simulators);
            int kills = 0;
            int runs = 0;
            List<PlannedSubmission> remaining = planned;
            ExecutorService clients = Executors.newFixedThreadPool(CLIENT_THREADS);
            try {
                while (true) {
                    runs++;
                    GatewayProcess gateway = GatewayProcess.start(variables, port, log);
                    try {
                        String token = token(gateway.baseUrl());
                        List<Future<?>> sends = new ArrayList<>();
                        for (PlannedSubmission submission : remaining) {
                            sends.add(clients.submit(() -> send(gateway.baseUrl(), token, submission)));
                        }
                        if (kills < KILL_AFTER_ACCEPTED.size()) {
                            int threshold = KILL_AFTER_ACCEPTED.get(kills);
                            await().atMost(Duration.ofSeconds(90)).until(() -> acceptedStatusUrls.size() >= threshold);
                            gateway.kill();
                            kills++;
                            waitFor(sends);
                            remaining = notAccepted(planned);
                            continue;
                        }
                        waitFor(sends);
                        System.out.printf("Chaos: all accepted after %d s%n",
                                Duration.between(start, Instant.now()).toSeconds());
                        remaining = notAccepted(planned);
                        assertThat(remaining).as("submissions not accepted with the gateway up; answers by status: %s",
                                rejections).isEmpty();
                        await().atMost(Duration.ofSeconds(120)).until(() -> simulators.all().stream()
                                .mapToLong(RegistrySimulator::confirmedCount).sum() >= expectedDeliveries(planned));
                        System.out.printf("Chaos: all confirmed after %d s%n",
                                Duration.between(start, Instant.now()).toSeconds());
                        gateway.terminate(Duration.ofSeconds(60));
                        checkStore(GatewayConfig.from(variables), planned);
                        break;
                    } finally {
                        gateway.close();
                    }
                }
            } finally {
                clients.shutdownNow();
            }
            report(planned, simulators, kills, runs, Duration.between(start, Instant.now()));
        }
    }

    private List<PlannedSubmission> plan() {
        List<Sample> samples = Samples.all();
        List<PlannedSubmission> planned = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            planned.add(new PlannedSubmission(UUID.randomUUID().toString(), samples.get(i % samples.size())));
        }
        return planned;
    }

    private Map<String, String> variables(Simulators simulators) {
        Map<String, String> variables = new HashMap<>();
        variables.put("MELDEPORT_MODE", "embedded");
        variables.put("MELDEPORT_DATA_DIR", dataDir.resolve("data").toString());
        // The same node id on every start, so a restarted node takes back its leases at once.
        variables.put("MELDEPORT_NODE_ID", "chaos-node");
        variables.put("MELDEPORT_POLL_INTERVAL_MS", "10");
        variables.put("MELDEPORT_RETRY_INITIAL_DELAY_MS", "50");
        variables.put("MELDEPORT_RETRY_MAX_DELAY_MS", "200");
        variables.put("MELDEPORT_LOG_LEVEL", "WARN");
        // The load comes from one client; the per-client rate limit is not under test here.
        variables.put("MELDEPORT_RATE_LIMIT_PER_SECOND", "100000");
        simulators.baseUrls().forEach((registry, url) ->
                variables.put(GatewayConfig.registryUrlVariable(registry), url));
        return variables;
    }

    /** Sends one submission; a connection failure (the gateway was killed) leaves it for the next run. */
    private void send(String baseUrl, String token, PlannedSubmission submission) {
        Sample sample = submission.sample();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(baseUrl + Submissions.PROCESS_MESSAGE))
                    .header("Content-Type", sample.contentType())
                    .header("Authorization", "Bearer " + token)
                    .header("Idempotency-Key", submission.key())
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(sample.bytes()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            rejections.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 202 || response.statusCode() == 200) {
                String location = response.headers().firstValue("Location").orElseThrow();
                acceptedStatusUrls.put(submission.key(), location.substring(location.indexOf("/api/")));
            }
        } catch (IOException e) {
            // Refused or reset by the kill: not accepted, so the client sends it again later.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<PlannedSubmission> notAccepted(List<PlannedSubmission> planned) {
        return planned.stream().filter(submission -> !acceptedStatusUrls.containsKey(submission.key())).toList();
    }

    /**
     * Reads the stopped gateway's database: one submission per key, and every planned delivery delivered with the
     * receipt its registry issued. Reading the store directly keeps the check fast for thousands of submissions; the
     * status API shows the same rows and is tested elsewhere.
     */
    private void checkStore(GatewayConfig config, List<PlannedSubmission> planned) throws Exception {
        Map<String, List<String>> registriesByKey = new HashMap<>();
        try (Database database = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword(), config.dataDir());
             Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     SELECT s.idempotency_key, d.id, d.registry, d.status, d.receipt_id
                     FROM submission s JOIN delivery d ON d.submission_id = s.id""")) {
            while (row.next()) {
                assertThat(row.getString("status")).as("delivery %s", row.getString("id")).isEqualTo("delivered");
                registriesByKey.computeIfAbsent(row.getString("idempotency_key"), key -> new ArrayList<>())
                        .add(row.getString("registry"));
                deliveryIds.add(row.getString("id"));
                receipts.put(row.getString("id"), row.getString("registry") + " " + row.getString("receipt_id"));
            }
        }
        assertThat(registriesByKey).hasSameSizeAs(planned);
        for (PlannedSubmission submission : planned) {
            assertThat(registriesByKey.get(submission.key())).as(submission.key())
                    .containsExactlyInAnyOrderElementsOf(
                            submission.sample().registries().stream().map(Registry::id).toList());
        }
    }

    private final Set<String> deliveryIds = ConcurrentHashMap.newKeySet();
    /** Registry id and receipt id of each delivery, as stored by the gateway. */
    private final Map<String, String> receipts = new ConcurrentHashMap<>();

    private void report(List<PlannedSubmission> planned, Simulators simulators, int kills, int runs,
            Duration elapsed) {
        long expectedDeliveries = expectedDeliveries(planned);
        long confirmed = 0;
        long requests = 0;
        long repeatedKeys = 0;
        StringBuilder perRegistry = new StringBuilder();
        for (RegistrySimulator simulator : simulators.all()) {
            List<String> keys = simulator.receivedKeys();
            Set<String> distinct = new HashSet<>(keys);
            confirmed += simulator.confirmedCount();
            requests += simulator.requestCount();
            repeatedKeys += keys.size() - distinct.size();
            perRegistry.append(String.format("  %-6s confirmed=%d requests=%d resentKeys=%d%n",
                    simulator.registry().id(), simulator.confirmedCount(), simulator.requestCount(),
                    keys.size() - distinct.size()));
            for (String key : distinct) {
                assertThat(simulator.receiptIdFor(key)).as("key %s confirmed by %s", key, simulator.registry().id())
                        .isPresent();
                assertThat(receipts.get(key)).as("stored receipt of delivery %s", key)
                        .isEqualTo(simulator.registry().id() + " " + simulator.receiptIdFor(key).orElseThrow());
            }
        }
        System.out.printf("Chaos: %d submissions, %d accepted, %d gateway runs, %d SIGKILLs, %d s, answers %s%n"
                        + "  deliveries expected=%d delivered=%d confirmedKeys=%d registryRequests=%d resentKeys=%d%n%s",
                planned.size(), acceptedStatusUrls.size(), runs, kills, elapsed.toSeconds(), rejections,
                expectedDeliveries,
                deliveryIds.size(), confirmed, requests, repeatedKeys, perRegistry);

        assertThat(kills).isEqualTo(KILL_AFTER_ACCEPTED.size());
        assertThat(acceptedStatusUrls).hasSize(planned.size());
        assertThat(deliveryIds).hasSize((int) expectedDeliveries);
        // Each registry's confirmed keys are distinct by construction; one confirmation per delivery means no key
        // was confirmed for two deliveries and no delivery was confirmed twice under two keys.
        assertThat(confirmed).isEqualTo(expectedDeliveries);
    }

    private static long expectedDeliveries(List<PlannedSubmission> planned) {
        return planned.stream().mapToLong(submission -> submission.sample().registries().size()).sum();
    }

    private String token(String baseUrl) throws Exception {
        String form = "grant_type=client_credentials&client_id="
                + URLEncoder.encode(DevClients.GP_OFFICE, StandardCharsets.UTF_8)
                + "&scope=" + URLEncoder.encode(Submissions.ALL_SCOPES, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/dev/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return Json.mapper().readTree(response.body()).path("access_token").asText();
    }

    private static void waitFor(List<Future<?>> sends) throws Exception {
        for (Future<?> send : sends) {
            send.get();
        }
    }

    private record PlannedSubmission(String key, Sample sample) {
    }
}
