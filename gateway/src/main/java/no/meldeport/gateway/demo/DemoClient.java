package no.meldeport.gateway.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import no.meldeport.gateway.json.Json;

/** The EPJ side of the demo: gets a token from the development issuer and talks to the gateway over HTTP. */
final class DemoClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = Json.mapper();
    private final String baseUrl;
    private String accessToken;

    DemoClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Requests a client-credentials token for {@code clientId} with the given space-separated scopes. */
    void authenticate(String clientId, String scopes) throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&scope=" + encode(scopes);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/dev/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("The development token endpoint responded with HTTP " + response.statusCode() + ": "
                    + response.body());
        }
        accessToken = json.readTree(response.body()).path("access_token").asText();
    }

    /** Submits a report to {@code path}: {@code /fhir/$process-message} or {@code /api/v1/reports}. */
    HttpResponse<String> submit(String path, byte[] body, String contentType) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", contentType)
                .header("Accept", contentType)
                .header("Authorization", "Bearer " + accessToken)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode status(String submissionId) throws IOException, InterruptedException {
        return getJson("/api/v1/submissions/" + submissionId);
    }

    /** The receipt with the journal texts of a submission. */
    JsonNode receipt(String submissionId) throws IOException, InterruptedException {
        return getJson("/api/v1/submissions/" + submissionId + "/receipt");
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Authorization", "Bearer " + accessToken)
                        .header("Accept", "application/json")
                        .GET()
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " responded with HTTP " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
