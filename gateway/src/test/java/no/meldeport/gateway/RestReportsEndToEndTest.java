package no.meldeport.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.meldeport.fixtures.samples.RestSamples;
import no.meldeport.fixtures.samples.Sample;
import no.meldeport.fixtures.simulator.RegistrySimulator;
import no.meldeport.gateway.json.Json;
import no.meldeport.gateway.security.DevClients;
import no.meldeport.model.Registry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every REST sample goes in through {@code POST /api/v1/reports} and out to the registry simulators. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestReportsEndToEndTest {

    private static final String ALL_SCOPES = "meldeport:sysvak meldeport:msis meldeport:noklus meldeport:nav";
    private static final String REPORTS = "/api/v1/reports";
    private static final String JSON = "application/json";

    @TempDir
    static Path dataDir;

    private RunningGateway running;
    private String token;

    @BeforeAll
    void startGateway() throws Exception {
        running = RunningGateway.start(dataDir);
        token = running.token(DevClients.GP_OFFICE, ALL_SCOPES);
    }

    @AfterAll
    void stopGateway() {
        running.close();
    }

    Stream<Sample> samples() {
        return RestSamples.all().stream().map(RestSamples.Twin::sample);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleIsDeliveredToEveryExpectedRegistry(Sample sample) throws Exception {
        HttpResponse<String> response = running.post(REPORTS, token, JSON, sample.bytes(), Map.of());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode accepted = running.json(response);
        String submissionId = accepted.path("submissionId").asText();
        assertThat(response.headers().firstValue("Location"))
                .contains(running.baseUrl() + "/api/v1/submissions/" + submissionId);
        assertThat(accepted.path("reportType").asText()).isEqualTo(sample.reportType().code());

        JsonNode status = awaitSettled(submissionId);
        List<String> registries = new ArrayList<>();
        for (JsonNode delivery : status.path("deliveries")) {
            registries.add(delivery.path("registry").asText());
            assertThat(delivery.path("status").asText()).as(delivery.toString()).isEqualTo("delivered");
            RegistrySimulator simulator = running.simulators().get(Registry.fromId(delivery.path("registry").asText()));
            assertThat(simulator.receiptIdFor(delivery.path("deliveryId").asText()))
                    .contains(delivery.path("receiptId").asText());
        }
        assertThat(registries).containsExactlyInAnyOrderElementsOf(
                sample.registries().stream().map(Registry::id).toList());
    }

    @Test
    void invalidReportGetsProblemWithPointersAndStoresNothing() throws Exception {
        ObjectNode document = document("vaccination-influenza");
        ((ObjectNode) document.path("pasient")).remove("identifikator");
        ((ObjectNode) document.path("vaksinasjoner").get(0)).put("tidspunkt", "i går");
        long submissions = running.countRows("submission");

        HttpResponse<String> response = running.post(REPORTS, token, JSON, bytes(document), Map.of());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = running.json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(422);
        List<String> pointers = new ArrayList<>();
        problem.path("errors").forEach(error -> pointers.add(error.path("pointer").asText()));
        assertThat(pointers).containsExactlyInAnyOrder("/pasient/identifikator", "/vaksinasjoner/0/tidspunkt");
        problem.path("errors").forEach(error -> assertThat(error.path("code").asText()).startsWith("MP-"));
        assertThat(running.countRows("submission")).isEqualTo(submissions);
    }

    @Test
    void contentRulesGiveEveryProblemInNorwegian() throws Exception {
        ObjectNode document = document("vaccination-influenza");
        document.put("meldingId", "rest-content-rules-1");
        ((ObjectNode) document.path("pasient").path("identifikator")).put("verdi", "13031353454");
        ((ObjectNode) document.path("virksomhet")).put("organisasjonsnummer", "983044779");
        ((ObjectNode) document.path("vaksinasjoner").get(0)).put("tidspunkt", "2099-01-01T10:00:00+01:00");
        long submissions = running.countRows("submission");
        long deliveries = running.countRows("delivery");

        HttpResponse<String> response = running.post(REPORTS, token, JSON, bytes(document), Map.of());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Language")).contains("nb");
        JsonNode problem = running.json(response);
        List<String> pointers = new ArrayList<>();
        problem.path("errors").forEach(error -> pointers.add(error.path("pointer").asText()));
        assertThat(pointers).contains("/pasient/identifikator/verdi", "/virksomhet/organisasjonsnummer",
                "/vaksinasjoner/0/tidspunkt");
        assertThat(problem.path("errors").get(0).path("retryStrategy").asText()).isEqualTo("fix-and-resend");
        assertThat(response.body()).contains("kontrollsiffer");
        assertThat(running.countRows("submission")).isEqualTo(submissions);
        assertThat(running.countRows("delivery")).isEqualTo(deliveries);
    }

    @Test
    void validateIsDryRunThatStoresNothing() throws Exception {
        long submissions = running.countRows("submission");
        byte[] valid = RestSamples.byName("diabetes-annual-control").bytes();
        ObjectNode invalid = document("diabetes-annual-control");
        ((ObjectNode) invalid.path("pasient").path("identifikator")).put("verdi", "12345678901");

        HttpResponse<String> accepted = running.post(REPORTS + "/validate", token, JSON, valid, Map.of());
        HttpResponse<String> rejected = running.post(REPORTS + "/validate", token, JSON, bytes(invalid),
                Map.of("Accept-Language", "en"));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(running.json(accepted).path("valid").asBoolean()).isTrue();
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.headers().firstValue("Content-Language")).contains("en");
        assertThat(running.json(rejected).path("errors").get(0).path("pointer").asText())
                .isEqualTo("/pasient/identifikator/verdi");
        assertThat(running.countRows("submission")).isEqualTo(submissions);
    }

    @Test
    void nonNotifiableKlinikermeldingPointsAtDiagnosis() throws Exception {
        ObjectNode document = document("klinikermelding-campylobacteriosis");
        document.put("meldingId", "rest-not-notifiable-1");
        ((ObjectNode) document.path("klinikermeldinger").get(0).path("diagnose")).put("kode", "I10");

        HttpResponse<String> response = running.post(REPORTS, token, JSON, bytes(document), Map.of());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(running.json(response).path("errors").get(0).path("pointer").asText())
                .isEqualTo("/klinikermeldinger/0/diagnose");
    }

    @Test
    void repeatReturnsFirstAnswerAndConflictIsRejected() throws Exception {
        Sample sample = RestSamples.byName("sykmelding-one-period");
        Map<String, String> key = Map.of("Idempotency-Key", "rest-repeat-1");
        HttpResponse<String> first = running.post(REPORTS, token, JSON, sample.bytes(), key);

        HttpResponse<String> second = running.post(REPORTS, token, JSON, sample.bytes(), key);
        HttpResponse<String> conflict = running.post(REPORTS, token, JSON,
                RestSamples.byName("sykmelding-two-periods").bytes(), key);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void missingScopeIsForbidden() throws Exception {
        String sysvakOnly = running.token(DevClients.GP_OFFICE, "meldeport:sysvak");

        HttpResponse<String> response = running.post(REPORTS, sysvakOnly, JSON,
                RestSamples.byName("encounter-vaccination-and-notifiable").bytes(), Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void malformedAuthorizationIsBadRequestWithChallenge() throws Exception {
        HttpResponse<String> response = running.post(REPORTS, null, JSON,
                RestSamples.byName("vaccination-influenza").bytes(), Map.of("Authorization", "Bearer a b c"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("invalid_request"));
    }

    @Test
    void fhirMediaTypeIsUnsupported() throws Exception {
        HttpResponse<String> response = running.post(REPORTS, token, "application/fhir+json",
                RestSamples.byName("vaccination-influenza").bytes(), Map.of());

        assertThat(response.statusCode()).isEqualTo(415);
    }

    private JsonNode awaitSettled(String submissionId) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> running.json(running.get("/api/v1/submissions/" + submissionId, token)),
                        RunningGateway::allSettled);
    }

    private static ObjectNode document(String name) throws Exception {
        return (ObjectNode) Json.mapper().readTree(RestSamples.byName(name).bytes());
    }

    private static byte[] bytes(JsonNode document) throws Exception {
        return Json.mapper().writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
    }
}
