package no.meldeport.gateway.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.meldeport.fixtures.samples.RestSamples;
import no.meldeport.fixtures.samples.Sample;
import no.meldeport.fixtures.samples.Samples;
import no.meldeport.fixtures.simulator.RegistrySimulator;
import no.meldeport.fixtures.simulator.Simulators;
import no.meldeport.gateway.Gateway;
import no.meldeport.gateway.config.GatewayConfig;
import no.meldeport.gateway.security.DevClients;
import no.meldeport.model.Registry;

/**
 * {@code ./meldeport demo}: starts the four registry simulators and the gateway on its embedded defaults, submits
 * every sample as an EPJ would, through both faces (the FHIR samples to {@code $process-message}, their REST twins to
 * {@code /api/v1/reports}), waits for delivery, prints one row per delivery and the journal texts of the receipts,
 * then submits every sample again and checks that no registry received anything new. Exits 0 only when every expected
 * delivery was confirmed by its simulator with the receipt id the gateway recorded.
 */
public final class DemoMain {

    /** The demo client's scopes: every registry. */
    static final String DEMO_SCOPES = "meldeport:sysvak meldeport:msis meldeport:noklus meldeport:nav";
    static final String DEMO_CLIENT_ID = DevClients.GP_OFFICE;
    private static final String FHIR_PATH = "/fhir/$process-message";
    private static final String REST_PATH = "/api/v1/reports";
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(60);

    private DemoMain() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(System.getenv(), System.out));
    }

    /** Runs the demo and returns the process exit code. */
    static int run(Map<String, String> environment, PrintStream out) throws Exception {
        Map<String, String> variables = new HashMap<>(environment);
        Path dataDir = Path.of(variables.getOrDefault("MELDEPORT_DATA_DIR", "./data")).resolve("demo");
        deleteRecursively(dataDir);
        variables.put("MELDEPORT_MODE", "embedded");
        variables.put("MELDEPORT_DATA_DIR", dataDir.toString());
        variables.remove("MELDEPORT_DB_URL");
        variables.putIfAbsent("MELDEPORT_PORT", "0");

        try (Simulators simulators = Simulators.start()) {
            simulators.baseUrls().forEach((registry, url) -> variables.put(GatewayConfig.registryUrlVariable(registry), url));
            try (Gateway gateway = Gateway.start(GatewayConfig.from(variables))) {
                DemoClient client = new DemoClient("http://127.0.0.1:" + gateway.port());
                client.authenticate(DEMO_CLIENT_ID, DEMO_SCOPES);
                return new DemoRun(client, simulators, out).run(inputs());
            }
        }
    }

    /** Lists every FHIR sample for {@code $process-message}, then every REST twin for {@code /api/v1/reports}. */
    private static List<DemoInput> inputs() {
        List<DemoInput> inputs = new ArrayList<>();
        Samples.all().forEach(sample -> inputs.add(new DemoInput("fhir " + sample.name(), sample, FHIR_PATH)));
        RestSamples.all().forEach(twin -> inputs.add(new DemoInput("rest " + twin.sample().name(), twin.sample(),
                REST_PATH)));
        return inputs;
    }

    /** One sample and the face it is sent to. */
    private record DemoInput(String name, Sample sample, String path) {

        List<Registry> registries() {
            return sample.registries();
        }

        byte[] bytes() {
            return sample.bytes();
        }

        String contentType() {
            return sample.contentType();
        }
    }

    /** One pass over the samples. */
    private record DemoRun(DemoClient client, Simulators simulators, PrintStream out) {

        int run(List<DemoInput> samples) throws IOException, InterruptedException {
            List<Submitted> submitted = new ArrayList<>();
            boolean ok = true;
            for (DemoInput sample : samples) {
                HttpResponse<String> response = client.submit(sample.path(), sample.bytes(), sample.contentType());
                if (response.statusCode() != 202) {
                    out.printf("%s: expected HTTP 202, got %d: %s%n", sample.name(), response.statusCode(),
                            response.body());
                    ok = false;
                    continue;
                }
                submitted.add(new Submitted(sample, submissionId(response)));
            }

            List<Row> rows = new ArrayList<>();
            for (Submitted submission : submitted) {
                ok &= collectRows(submission, rows);
            }
            printTable(rows);
            printJournalTexts(submitted);

            ok &= resubmitChangesNothing(samples, submitted);
            long delivered = rows.stream().filter(Row::confirmed).count();
            out.printf("%n%d of %d expected deliveries confirmed by the registry simulators.%n", delivered, rows.size());
            out.println(ok ? "Demo OK." : "Demo FAILED.");
            return ok ? 0 : 1;
        }

        private boolean collectRows(Submitted submission, List<Row> rows) throws IOException, InterruptedException {
            JsonNode status = awaitFinalStatus(submission.submissionId());
            Instant acceptedAt = Instant.parse(status.path("acceptedAt").asText());
            List<String> expected = submission.sample().registries().stream().map(Registry::id).toList();
            List<String> actual = new ArrayList<>();
            boolean ok = true;
            for (JsonNode delivery : status.path("deliveries")) {
                String registryId = delivery.path("registry").asText();
                actual.add(registryId);
                String receiptId = delivery.path("receiptId").asText(null);
                RegistrySimulator simulator = simulators.get(Registry.fromId(registryId));
                boolean confirmed = "delivered".equals(delivery.path("status").asText())
                        && receiptId != null
                        && simulator.receiptIdFor(delivery.path("deliveryId").asText()).filter(receiptId::equals)
                                .isPresent();
                Long millis = delivery.hasNonNull("deliveredAt")
                        ? Duration.between(acceptedAt, Instant.parse(delivery.path("deliveredAt").asText())).toMillis()
                        : null;
                rows.add(new Row(submission.sample().name(), registryId, delivery.path("status").asText(),
                        receiptId, millis, confirmed, delivery.path("lastError").asText("")));
                ok &= confirmed;
            }
            if (!actual.stream().sorted().toList().equals(expected.stream().sorted().toList())) {
                out.printf("%s: expected deliveries to %s, the gateway planned %s%n", submission.sample().name(),
                        expected, actual);
                ok = false;
            }
            return ok;
        }

        private JsonNode awaitFinalStatus(String submissionId) throws IOException, InterruptedException {
            Instant deadline = Instant.now().plus(DELIVERY_TIMEOUT);
            while (true) {
                JsonNode status = client.status(submissionId);
                boolean settled = true;
                for (JsonNode delivery : status.path("deliveries")) {
                    settled &= !"pending".equals(delivery.path("status").asText());
                }
                if (settled || Instant.now().isAfter(deadline)) {
                    return status;
                }
                Thread.sleep(100);
            }
        }

        private void printJournalTexts(List<Submitted> submitted) throws IOException, InterruptedException {
            out.printf("%nJournal texts of the receipts:%n");
            for (Submitted submission : submitted) {
                JsonNode receipt = client.receipt(submission.submissionId());
                for (JsonNode entry : receipt.path("receipts")) {
                    out.printf("  %-45s %s%n", submission.sample().name(), entry.path("journalText").asText());
                }
            }
        }

        private boolean resubmitChangesNothing(List<DemoInput> samples, List<Submitted> submitted)
                throws IOException, InterruptedException {
            long requestsBefore = simulators.all().stream().mapToLong(RegistrySimulator::requestCount).sum();
            boolean ok = true;
            for (Submitted first : submitted) {
                HttpResponse<String> again =
                        client.submit(first.sample().path(), first.sample().bytes(), first.sample().contentType());
                if (again.statusCode() != 200 || !first.submissionId().equals(submissionId(again))) {
                    out.printf("%s: resubmission expected HTTP 200 with submission %s, got %d%n",
                            first.sample().name(), first.submissionId(), again.statusCode());
                    ok = false;
                }
            }
            // Give the delivery routes a few polls to send anything a resubmission might wrongly have queued.
            Thread.sleep(1000);
            long requestsAfter = simulators.all().stream().mapToLong(RegistrySimulator::requestCount).sum();
            if (requestsAfter != requestsBefore) {
                out.printf("Resubmitting %d samples reached the registries %d more times; expected none.%n",
                        samples.size(), requestsAfter - requestsBefore);
                ok = false;
            } else {
                out.printf("%nResubmitted all %d samples: same submission ids, no new registry requests.%n",
                        submitted.size());
            }
            return ok;
        }

        private void printTable(List<Row> rows) {
            String format = "%-45s %-7s %-10s %-40s %8s%n";
            out.printf(format, "sample", "registry", "status", "receipt id", "ms");
            out.printf(format, "-".repeat(45), "-".repeat(7), "-".repeat(10), "-".repeat(40), "-".repeat(8));
            for (Row row : rows) {
                out.printf(format, row.sample(), row.registry(), row.confirmed() ? row.status() : row.status() + "!",
                        row.receiptId() == null ? "-" : row.receiptId(),
                        row.millis() == null ? "-" : row.millis().toString());
                if (!row.lastError().isEmpty()) {
                    out.printf("    last error: %s%n", row.lastError());
                }
            }
        }
    }

    private static String submissionId(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("The response has no Location header"));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the demo data directory " + dir, e);
        }
    }

    private record Submitted(DemoInput sample, String submissionId) {
    }

    private record Row(String sample, String registry, String status, String receiptId, Long millis,
            boolean confirmed, String lastError) {
    }
}
