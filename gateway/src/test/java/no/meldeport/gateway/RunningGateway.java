package no.meldeport.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import no.meldeport.fixtures.simulator.Simulators;
import no.meldeport.gateway.contract.CheckedHttp;
import no.meldeport.gateway.contract.OpenApiContract;
import no.meldeport.gateway.config.GatewayConfig;
import no.meldeport.gateway.json.Json;

/**
 * A gateway started in this JVM on a random port, in embedded mode, with its own data directory and the four
 * simulators as registries, plus the HTTP calls tests make against it. Every call is checked against the OpenAPI
 * description ({@link OpenApiContract}).
 */
public final class RunningGateway implements AutoCloseable {

    private final Simulators simulators;
    private final Gateway gateway;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningGateway(Simulators simulators, Gateway gateway) {
        this.simulators = simulators;
        this.gateway = gateway;
    }

    public static RunningGateway start(Path dataDir) throws Exception {
        return start(dataDir, Map.of());
    }

    /** Starts simulators and gateway; {@code overrides} are extra {@code MELDEPORT_*} variables. */
    public static RunningGateway start(Path dataDir, Map<String, String> overrides) throws Exception {
        Simulators simulators = Simulators.start();
        try {
            Map<String, String> variables = new HashMap<>();
            variables.put("MELDEPORT_MODE", "embedded");
            variables.put("MELDEPORT_PORT", "0");
            variables.put("MELDEPORT_DATA_DIR", dataDir.toString());
            variables.put("MELDEPORT_POLL_INTERVAL_MS", "50");
            variables.put("MELDEPORT_RETRY_INITIAL_DELAY_MS", "100");
            variables.put("MELDEPORT_RETRY_MAX_DELAY_MS", "500");
            simulators.baseUrls().forEach((registry, url) ->
                    variables.put(GatewayConfig.registryUrlVariable(registry), url));
            variables.putAll(overrides);
            return new RunningGateway(simulators, Gateway.start(GatewayConfig.from(variables)));
        } catch (Exception e) {
            simulators.close();
            throw e;
        }
    }

    public Simulators simulators() {
        return simulators;
    }

    public Gateway gateway() {
        return gateway;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + gateway.port();
    }

    /** Requests a development token for {@code clientId} with the given space-separated scopes. */
    public String token(String clientId, String scopes) throws Exception {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&scope=" + URLEncoder.encode(scopes, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/dev/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), form.getBytes(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request answered " + response.statusCode() + ": " + response.body());
        }
        return Json.mapper().readTree(response.body()).path("access_token").asText();
    }

    public HttpResponse<String> post(String path, String token, String contentType, byte[] body,
            Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .timeout(Duration.ofSeconds(30));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return send(request.build(), body);
    }

    public HttpResponse<String> get(String path, String token) throws Exception {
        return get(path, token, Map.of());
    }

    public HttpResponse<String> get(String path, String token, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .GET()
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return send(request.build(), new byte[0]);
    }

    /**
     * Sends a request and checks the exchange against the OpenAPI description, so an undocumented path, status,
     * header or field fails the test that made the request.
     *
     * @param body the bytes the request's body publisher sends, for the check; empty for none
     * @throws AssertionError listing every contract violation
     */
    public HttpResponse<String> send(HttpRequest request, byte[] body) throws Exception {
        return CheckedHttp.send(http, request, body);
    }

    public JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.mapper().readTree(response.body());
    }

    /** Number of rows in a store table. */
    public long countRows(String table) throws SQLException {
        try (Connection connection = gateway.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * Waits until no delivery is pending, so a test that counts registry requests is not disturbed by deliveries of
     * earlier tests that are still on their way.
     */
    /** Returns whether a status response lists deliveries and none of them is still pending. */
    public static boolean allSettled(JsonNode status) {
        for (JsonNode delivery : status.path("deliveries")) {
            if ("pending".equals(delivery.path("status").asText())) {
                return false;
            }
        }
        return status.path("deliveries").size() > 0;
    }

    public void awaitDeliveriesSettled() throws SQLException {
        if (pendingDeliveries() == 0) {
            return;
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(() -> pendingDeliveries() == 0);
    }

    /** Number of deliveries still pending. */
    public long pendingDeliveries() throws SQLException {
        try (Connection connection = gateway.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM delivery WHERE status = 'pending'")) {
            row.next();
            return row.getLong(1);
        }
    }

    @Override
    public void close() {
        try {
            gateway.close();
        } finally {
            simulators.close();
        }
    }
}
