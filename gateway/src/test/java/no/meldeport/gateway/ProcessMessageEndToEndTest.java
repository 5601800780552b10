package no.meldeport.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.meldeport.fixtures.samples.Sample;
import no.meldeport.fixtures.samples.Samples;
import no.meldeport.fixtures.simulator.RegistrySimulator;
import no.meldeport.gateway.security.DevClients;
import no.meldeport.model.Registry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample goes in through real HTTP and out to the registry simulators. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessMessageEndToEndTest {

    private static final String ALL_SCOPES = "meldeport:sysvak meldeport:msis meldeport:noklus meldeport:nav";
    private static final String PROCESS_MESSAGE = "/fhir/$process-message";

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
        return Samples.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleIsDeliveredToEveryExpectedRegistry(Sample sample) throws Exception {
        HttpResponse<String> response =
                running.post(PROCESS_MESSAGE, token, sample.contentType(), sample.bytes(), Map.of());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String location = response.headers().firstValue("Location").orElseThrow();
        String submissionId = location.substring(location.lastIndexOf('/') + 1);
        assertThat(location).isEqualTo(running.baseUrl() + "/api/v1/submissions/" + submissionId);

        JsonNode status = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> running.json(running.get("/api/v1/submissions/" + submissionId, token)),
                        RunningGateway::allSettled);
        assertThat(status.path("reportType").asText()).isEqualTo(sample.reportType().code());
        List<String> registries = new ArrayList<>();
        for (JsonNode delivery : status.path("deliveries")) {
            registries.add(delivery.path("registry").asText());
            assertThat(delivery.path("status").asText()).as(delivery.toString()).isEqualTo("delivered");
            assertThat(delivery.path("attempts").asInt()).isEqualTo(1);
            RegistrySimulator simulator = running.simulators().get(Registry.fromId(delivery.path("registry").asText()));
            assertThat(simulator.receiptIdFor(delivery.path("deliveryId").asText()))
                    .contains(delivery.path("receiptId").asText());
        }
        assertThat(registries).containsExactlyInAnyOrderElementsOf(
                sample.registries().stream().map(Registry::id).toList());
    }

    @Test
    void responseMessagePointsAtRequest() throws Exception {
        Sample sample = Samples.byName("vaccination-influenza");

        HttpResponse<String> response = running.post(PROCESS_MESSAGE, token, sample.contentType(), sample.bytes(),
                Map.of("Idempotency-Key", "response-shape-1"));

        JsonNode bundle = running.json(response);
        assertThat(bundle.path("resourceType").asText()).isEqualTo("Bundle");
        assertThat(bundle.path("type").asText()).isEqualTo("message");
        JsonNode header = bundle.path("entry").get(0).path("resource");
        assertThat(header.path("resourceType").asText()).isEqualTo("MessageHeader");
        assertThat(header.path("response").path("code").asText()).isEqualTo("ok");
        assertThat(header.path("response").path("identifier").asText()).isNotBlank();
        assertThat(bundle.path("entry").get(1).path("resource").path("resourceType").asText()).isEqualTo("Task");
    }

    @Test
    void repeatedSubmissionReturnsFirstAnswerAndDeliversNothingNew() throws Exception {
        Sample sample = Samples.byName("klinikermelding-campylobacteriosis");
        Map<String, String> key = Map.of("Idempotency-Key", "repeat-test-1");
        HttpResponse<String> first = running.post(PROCESS_MESSAGE, token, sample.contentType(), sample.bytes(), key);
        String location = first.headers().firstValue("Location").orElseThrow();
        await().atMost(Duration.ofSeconds(20)).until(() -> RunningGateway.allSettled(
                running.json(running.get(location.substring(running.baseUrl().length()), token))));
        long msisRequests = running.simulators().msis().requestCount();

        HttpResponse<String> second = running.post(PROCESS_MESSAGE, token, sample.contentType(), sample.bytes(), key);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("Location")).contains(location);
        assertThat(running.simulators().msis().requestCount()).isEqualTo(msisRequests);
    }

    @Test
    void sameKeyWithDifferentContentIsConflict() throws Exception {
        Map<String, String> key = Map.of("Idempotency-Key", "conflict-test-1");
        Sample first = Samples.byName("sykmelding-one-period");
        Sample other = Samples.byName("sykmelding-two-periods");
        running.post(PROCESS_MESSAGE, token, first.contentType(), first.bytes(), key);
        long submissions = running.countRows("submission");

        HttpResponse<String> conflict = running.post(PROCESS_MESSAGE, token, other.contentType(), other.bytes(), key);

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("conflict-test-1");
        assertThat(running.countRows("submission")).isEqualTo(submissions);
    }

    @Test
    void missingTokenIsRejectedAndNothingStored() throws Exception {
        Sample sample = Samples.byName("vaccination-influenza");
        long submissions = running.countRows("submission");

        HttpResponse<String> response = running.post(PROCESS_MESSAGE, null, sample.contentType(), sample.bytes(),
                Map.of("Idempotency-Key", "no-token-1"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(running.json(response).path("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(running.countRows("submission")).isEqualTo(submissions);
    }

    @Test
    void missingScopeIsForbiddenAndNothingStored() throws Exception {
        String sysvakOnly = running.token(DevClients.GP_OFFICE, "meldeport:sysvak");
        Sample sample = Samples.byName("encounter-vaccination-and-notifiable");
        long submissions = running.countRows("submission");

        HttpResponse<String> response = running.post(PROCESS_MESSAGE, sysvakOnly, sample.contentType(), sample.bytes(),
                Map.of("Idempotency-Key", "scope-test-1"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("meldeport:msis");
        assertThat(running.countRows("submission")).isEqualTo(submissions);
    }

    Stream<BadInput> badInputs() {
        return Stream.of(
                new BadInput("not JSON", "application/fhir+json", "this is not json"),
                new BadInput("not FHIR", "application/fhir+json", "{\"hello\":\"world\"}"),
                new BadInput("not a Bundle", "application/fhir+json",
                        "{\"resourceType\":\"Patient\",\"id\":\"p1\"}"),
                new BadInput("Bundle of wrong type", "application/fhir+json",
                        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"identifier\":{\"value\":\"x\"}}"),
                new BadInput("unknown report type", "application/fhir+json",
                        Samples.byName("vaccination-influenza").text().replace("\"vaccination\"", "\"x-ray-report\"")),
                new BadInput("empty body", "application/fhir+json", ""),
                new BadInput("XML with a DOCTYPE", "application/fhir+xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE Bundle [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                                + "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"&x;\"/></Bundle>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputGetsOperationOutcomeAndStoresNothing(BadInput input) throws Exception {
        long submissions = running.countRows("submission");
        long deliveries = running.countRows("delivery");

        HttpResponse<String> response = running.post(PROCESS_MESSAGE, token, input.contentType(),
                input.body().getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        assertThat(response.body()).contains("OperationOutcome");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(running.countRows("submission")).isEqualTo(submissions);
        assertThat(running.countRows("delivery")).isEqualTo(deliveries);
    }

    @Test
    void unknownSubmissionIsNotFound() throws Exception {
        HttpResponse<String> response = running.get("/api/v1/submissions/00000000-0000-0000-0000-000000000000", token);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void otherClientCannotSeeSubmission() throws Exception {
        Sample sample = Samples.byName("diabetes-annual-control");
        HttpResponse<String> accepted = running.post(PROCESS_MESSAGE, token, sample.contentType(), sample.bytes(),
                Map.of("Idempotency-Key", "ownership-1"));
        String path = accepted.headers().firstValue("Location").orElseThrow().substring(running.baseUrl().length());
        String otherClient = running.token(DevClients.EPJ_SUPPLIER, "meldeport:noklus");

        HttpResponse<String> response = running.get(path, otherClient);

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void metricsCountSubmissionsAndDeliveries() throws Exception {
        Sample sample = Samples.byName("vaccination-influenza");
        running.post(PROCESS_MESSAGE, token, sample.contentType(), sample.bytes(), Map.of("Idempotency-Key", "metrics-1"));

        String metrics = await().atMost(Duration.ofSeconds(20)).until(
                () -> running.get("/metrics", null).body(),
                body -> body.contains("meldeport_deliveries_total"));

        assertThat(metrics).contains("meldeport_submissions_total{outcome=\"accepted\",report_type=\"vaccination\"}");
        assertThat(metrics).contains("meldeport_requests_total{action=\"fhir-process-message\"");
        assertThat(metrics).contains("registry=\"sysvak\"");
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> response = running.get("/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("UP");
    }

    record BadInput(String name, String contentType, String body) {
        @Override
        public String toString() {
            return name;
        }
    }
}
