package no.meldeport.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import no.meldeport.gateway.reporttype.FieldRule;
import no.meldeport.gateway.reporttype.ReportTypeCatalog;
import no.meldeport.gateway.reporttype.ReportTypeDefinition;
import no.meldeport.model.ReportType;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.meldeport.fixtures.samples.RestSamples;
import no.meldeport.fixtures.samples.Sample;
import no.meldeport.fixtures.samples.Samples;
import no.meldeport.gateway.security.DevClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Status list, receipts, catalogue, registry status and the FHIR read endpoints, over real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusAndReceiptEndToEndTest {

    private static final String ALL_SCOPES = "meldeport:sysvak meldeport:msis meldeport:noklus meldeport:nav";

    @TempDir
    static Path dataDir;

    private RunningGateway running;
    private String token;
    private String otherClient;
    private String restSubmission;
    private String fhirSubmission;

    @BeforeAll
    void startGatewayAndSubmit() throws Exception {
        running = RunningGateway.start(dataDir, Map.of(
                "MELDEPORT_MAINTENANCE_WINDOWS", "nav=2026-01-01T00:00:00Z/2099-01-01T00:00:00Z;"
                        + "msis=2098-12-05T22:00Z/2098-12-06T02:00Z"));
        token = running.token(DevClients.GP_OFFICE, ALL_SCOPES);
        otherClient = running.token(DevClients.EPJ_SUPPLIER, ALL_SCOPES);
        restSubmission = submit("/api/v1/reports", RestSamples.byName("encounter-three-registries"));
        fhirSubmission = submit("/fhir/$process-message", Samples.byName("vaccination-influenza"));
        for (String id : List.of(restSubmission, fhirSubmission)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> "delivered".equals(
                    summaryStatus(running.json(running.get("/api/v1/submissions/" + id, token)))));
        }
    }

    @AfterAll
    void stopGateway() {
        running.close();
    }

    @Test
    void receiptHasJournalTextPerRegistry() throws Exception {
        HttpResponse<String> response = running.get("/api/v1/submissions/" + restSubmission + "/receipt", token);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode receipt = running.json(response);
        assertThat(receipt.path("complete").asBoolean()).isTrue();
        List<String> registries = new ArrayList<>();
        for (JsonNode entry : receipt.path("receipts")) {
            registries.add(entry.path("registry").asText());
            assertThat(entry.path("journalText").asText())
                    .matches("Meldt til [A-Z]+ \\d{2}\\.\\d{2}\\.\\d{4} kl\\. \\d{2}:\\d{2}: .+\\. Kvittering .+\\.")
                    .endsWith("Kvittering " + entry.path("receiptId").asText() + ".");
        }
        assertThat(registries).containsExactlyInAnyOrder("sysvak", "noklus", "nav");
        assertThat(receipt.path("journalText").asText())
                .contains("influensavaksine (Fluad), dose 1, batch TH2461AB")
                .contains("diabetes årskontroll 14.10.2026 (ICPC-2 T90)")
                .contains("sykmelding 14.10.2026–25.10.2026 100 % (ICPC-2 L03)");
    }

    @Test
    void receiptOfOtherClientIsNotFound() throws Exception {
        HttpResponse<String> response = running.get("/api/v1/submissions/" + restSubmission + "/receipt",
                otherClient);

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void listShowsOnlyOwnSubmissionsPaged() throws Exception {
        HttpResponse<String> first = running.get("/api/v1/submissions?limit=1&status=delivered", token);
        JsonNode page = running.json(first);
        String next = page.path("next").asText();
        HttpResponse<String> second = running.get(next.substring(running.baseUrl().length()), token);
        HttpResponse<String> other = running.get("/api/v1/submissions", otherClient);

        assertThat(first.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        ids.add(page.path("submissions").get(0).path("submissionId").asText());
        running.json(second).path("submissions").forEach(item -> ids.add(item.path("submissionId").asText()));
        assertThat(ids).containsExactly(fhirSubmission, restSubmission);
        assertThat(running.json(second).has("next")).isFalse();
        assertThat(running.json(other).path("submissions")).isEmpty();
    }

    @Test
    void listFiltersBySinceAndStatus() throws Exception {
        JsonNode future = running.json(running.get("/api/v1/submissions?since=2099-01-01T00:00:00Z", token));
        JsonNode pending = running.json(running.get("/api/v1/submissions?status=pending", token));
        HttpResponse<String> invalid = running.get("/api/v1/submissions?status=lost", token);

        assertThat(future.path("submissions")).isEmpty();
        assertThat(pending.path("submissions")).isEmpty();
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(running.json(invalid).path("code").asText()).isEqualTo("MP-0411");
    }

    @Test
    void fhirTasksAndReceiptDocument() throws Exception {
        HttpResponse<String> tasks = running.get("/fhir/Task?focus=Bundle/" + restSubmission, token);
        HttpResponse<String> otherTasks = running.get("/fhir/Task?focus=" + restSubmission, otherClient);
        String taskId = running.json(tasks).path("entry").get(0).path("resource").path("id").asText();
        HttpResponse<String> task = running.get("/fhir/Task/" + taskId, token);
        HttpResponse<String> document = running.get("/fhir/DocumentReference/" + fhirSubmission, token);
        HttpResponse<String> otherDocument = running.get("/fhir/DocumentReference/" + fhirSubmission, otherClient);

        assertThat(running.json(tasks).path("total").asInt()).isEqualTo(3);
        assertThat(running.json(otherTasks).path("total").asInt()).isZero();
        assertThat(running.json(task).path("status").asText()).isEqualTo("completed");
        JsonNode receipt = running.json(document);
        assertThat(receipt.path("resourceType").asText()).isEqualTo("DocumentReference");
        assertThat(receipt.path("docStatus").asText()).isEqualTo("final");
        assertThat(receipt.path("subject").path("identifier").path("value").asText()).isEqualTo("17054026641");
        String text = new String(Base64.getDecoder().decode(
                receipt.path("content").get(0).path("attachment").path("data").asText()), StandardCharsets.UTF_8);
        assertThat(text).startsWith("Meldt til SYSVAK ").contains("influensavaksine (Fluad)");
        assertThat(otherDocument.statusCode()).isEqualTo(404);
        assertThat(running.json(otherDocument).path("resourceType").asText()).isEqualTo("OperationOutcome");
    }

    @Test
    void capabilityStatementListsReportTypesAndSecurity() throws Exception {
        HttpResponse<String> response = running.get("/fhir/metadata", null);

        JsonNode statement = running.json(response);
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> operations = new ArrayList<>();
        statement.path("rest").get(0).path("operation").forEach(operation -> operations.add(operation.path("name").asText()));
        assertThat(operations).contains("process-message", "validate");
        assertThat(statement.path("resourceType").asText()).isEqualTo("CapabilityStatement");
        assertThat(statement.path("rest").get(0).path("security").path("service").get(0).path("coding").get(0)
                .path("code").asText()).isEqualTo("OAuth");
        List<String> messages = new ArrayList<>();
        statement.path("messaging").get(0).path("supportedMessage")
                .forEach(message -> messages.add(message.path("definition").asText()));
        assertThat(messages).hasSize(5).contains("https://meldeport.no/fhir/MessageDefinition/sykmelding");
        assertThat(running.json(running.get("/fhir/MessageDefinition", token)).path("total").asInt()).isEqualTo(5);
    }

    @Test
    void catalogueDescribesEveryReportType() throws Exception {
        JsonNode catalogue = running.json(running.get("/api/v1/report-types", token));

        List<String> codes = new ArrayList<>();
        catalogue.path("reportTypes").forEach(type -> codes.add(type.path("code").asText()));
        assertThat(codes).containsExactlyInAnyOrder("vaccination", "klinikermelding", "diabetes-annual-control",
                "sykmelding", "encounter-report");
        JsonNode vaccination = catalogue.path("reportTypes").get(0);
        assertThat(vaccination.path("registries").get(0).path("legalBasis").asText()).contains("SYSVAK");
        assertThat(vaccination.path("scopes").get(0).asText()).isEqualTo("meldeport:sysvak");
        assertThat(vaccination.path("rest").path("example").path("meldingstype").asText()).isEqualTo("vaccination");
    }

    @Test
    void catalogueShowsTheValidatorsOwnRules() throws Exception {
        JsonNode catalogue = running.json(running.get("/api/v1/report-types", token));

        for (JsonNode type : catalogue.path("reportTypes")) {
            ReportTypeDefinition enforced =
                    ReportTypeCatalog.standard().definition(ReportType.fromCode(type.path("code").asText()).orElseThrow());
            List<String> published = new ArrayList<>();
            type.path("validation").path("rules").forEach(rule -> published.add(rule.path("path").asText()));
            for (FieldRule rule : enforced.fields()) {
                assertThat(published).as(type.path("code").asText()).contains(rule.path());
            }
            assertThat(type.path("validation").path("valueRanges").size()).isEqualTo(enforced.valueRanges().size());
        }
    }

    @Test
    void registriesShowMaintenanceAndBacklog() throws Exception {
        JsonNode status = running.json(running.get("/api/v1/registries", token));

        JsonNode nav = find(status, "nav");
        JsonNode msis = find(status, "msis");
        JsonNode sysvak = find(status, "sysvak");
        assertThat(nav.path("availability").asText()).isEqualTo("maintenance");
        assertThat(nav.path("message").asText()).contains("NAV har planlagt vedlikehold");
        assertThat(msis.path("availability").asText()).isEqualTo("available");
        assertThat(msis.path("maintenanceWindows").get(0).path("active").asBoolean()).isFalse();
        assertThat(sysvak.path("circuitState").asText()).isEqualTo("closed");
        assertThat(sysvak.path("backlog").asLong()).isZero();
    }

    @Test
    void endpointsNeedToken() throws Exception {
        for (String path : List.of("/api/v1/submissions", "/api/v1/report-types", "/api/v1/registries",
                "/fhir/Task?focus=x", "/api/v1/submissions/" + restSubmission + "/receipt")) {
            assertThat(running.get(path, null).statusCode()).as(path).isEqualTo(401);
        }
    }

    private String submit(String path, Sample sample) throws Exception {
        HttpResponse<String> response = running.post(path, token, sample.contentType(), sample.bytes(), Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String summaryStatus(JsonNode status) {
        for (JsonNode delivery : status.path("deliveries")) {
            if (!"delivered".equals(delivery.path("status").asText())) {
                return delivery.path("status").asText();
            }
        }
        return "delivered";
    }

    private static JsonNode find(JsonNode status, String registry) {
        for (JsonNode entry : status.path("registries")) {
            if (registry.equals(entry.path("registry").asText())) {
                return entry;
            }
        }
        throw new AssertionError("No registry " + registry + " in " + status);
    }
}
