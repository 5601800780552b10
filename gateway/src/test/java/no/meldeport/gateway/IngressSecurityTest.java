package no.meldeport.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import no.meldeport.fixtures.samples.Sample;
import no.meldeport.fixtures.samples.Samples;
import no.meldeport.fixtures.simulator.RegistrySimulator;
import no.meldeport.fixtures.token.DpopProofs;
import no.meldeport.gateway.audit.AuditEvent;
import no.meldeport.gateway.audit.AuditLog;
import no.meldeport.gateway.json.Json;
import no.meldeport.gateway.security.DevClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token scheme at the HTTP door. Every rejected request stores nothing, delivers nothing and leaves an audit
 * event, and an accepted one is audited with who submitted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngressSecurityTest {

    private static final String PROCESS_MESSAGE = "/fhir/$process-message";

    @TempDir
    static Path dataDir;

    private RunningGateway running;
    private final Sample sample = Samples.byName("vaccination-influenza");

    @BeforeAll
    void startGateway() throws Exception {
        running = RunningGateway.start(dataDir, Map.of("MELDEPORT_RATE_LIMIT_PER_SECOND", "1000"));
    }

    @AfterAll
    void stopGateway() {
        running.close();
    }

    @Test
    void garbageTokenIsRejected() throws Exception {
        assertRejectedWithoutEffect(request("Bearer not-a-jwt", null), 401);
    }

    @Test
    void tamperedTokenIsRejected() throws Exception {
        String token = running.token(DevClients.GP_OFFICE, "meldeport:sysvak");
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];

        assertRejectedWithoutEffect(request("Bearer " + tampered, null), 401);
    }

    @Test
    void tokenWithoutScopeIsForbidden() throws Exception {
        String token = running.token(DevClients.GP_OFFICE, "meldeport:nav");

        HttpResponse<String> response = assertRejectedWithoutEffect(request("Bearer " + token, null), 403);

        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("insufficient_scope");
    }

    @Test
    void dpopBoundTokenSentAsBearerIsRejected() throws Exception {
        DpopProofs proofs = new DpopProofs(Clock.systemUTC());
        String token = dpopToken(proofs);

        assertRejectedWithoutEffect(request("Bearer " + token, null), 401);
    }

    @Test
    void dpopProofReplayIsRejected() throws Exception {
        DpopProofs proofs = new DpopProofs(Clock.systemUTC());
        String token = dpopToken(proofs);
        String proof = proofs.proof("POST", URI.create(running.baseUrl() + PROCESS_MESSAGE), token);
        int confirmedBefore = running.simulators().sysvak().confirmedCount();
        HttpResponse<String> first = send(request("DPoP " + token, proof), "dpop-replay-1");
        // The accepted submission is delivered in the background; wait for it so it cannot blur the counts below.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> running.simulators().sysvak().confirmedCount() == confirmedBefore + 1);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        assertRejectedWithoutEffect(request("DPoP " + token, proof), 401);
    }

    @Test
    void acceptedSubmissionIsAuditedWithReporter() throws Exception {
        String token = running.token(DevClients.GP_OFFICE, "meldeport:sysvak");

        HttpResponse<String> response = send(request("Bearer " + token, null), "audit-accepted-1");

        assertThat(response.statusCode()).isEqualTo(202);
        String location = response.headers().firstValue("Location").orElseThrow();
        AuditEvent event = latestAudit(202);
        assertThat(event.outcome()).isEqualTo("accepted");
        assertThat(event.clientId()).isEqualTo(DevClients.GP_OFFICE);
        assertThat(event.organisation()).matches("\\d{9}");
        assertThat(event.reportType()).isEqualTo("vaccination");
        assertThat(location).endsWith(event.submissionId());
    }

    @Test
    void rateLimitAnswersTooManyRequests() throws Exception {
        Path otherDir = dataDir.resolve("rate-limited");
        try (RunningGateway limited = RunningGateway.start(otherDir, Map.of("MELDEPORT_RATE_LIMIT_PER_SECOND", "2"))) {
            String token = limited.token(DevClients.GP_OFFICE, "meldeport:sysvak");
            int tooMany = 0;
            String retryAfter = null;
            for (int i = 0; i < 6; i++) {
                HttpResponse<String> response = limited.get("/api/v1/submissions/" + new java.util.UUID(0, i), token);
                if (response.statusCode() == 429) {
                    tooMany++;
                    retryAfter = response.headers().firstValue("Retry-After").orElse(null);
                }
            }

            assertThat(tooMany).isPositive();
            assertThat(retryAfter).matches("\\d+");
        }
    }

    private String dpopToken(DpopProofs proofs) throws Exception {
        URI tokenUri = URI.create(running.baseUrl() + "/dev/token");
        String form = "grant_type=client_credentials&client_id=" + DevClients.GP_OFFICE + "&scope=meldeport:sysvak";
        HttpResponse<String> response = running.send(HttpRequest.newBuilder(tokenUri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("DPoP", proofs.proof("POST", tokenUri, null))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), form.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Json.mapper().readTree(response.body()).path("token_type").asText()).isEqualTo("DPoP");
        return Json.mapper().readTree(response.body()).path("access_token").asText();
    }

    private HttpRequest.Builder request(String authorization, String dpopProof) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(running.baseUrl() + PROCESS_MESSAGE))
                .header("Content-Type", sample.contentType())
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofByteArray(sample.bytes()));
        if (dpopProof != null) {
            builder.header("DPoP", dpopProof);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String idempotencyKey) throws Exception {
        // Every request built by request() carries the sample; RunningGateway checks it against the description.
        return running.send(request.header("Idempotency-Key", idempotencyKey).build(), sample.bytes());
    }

    private HttpResponse<String> assertRejectedWithoutEffect(HttpRequest.Builder request, int expectedStatus)
            throws Exception {
        // Submissions accepted earlier deliver in the background; let them finish so they do not count here.
        await().atMost(Duration.ofSeconds(10)).until(() -> running.pendingDeliveries() == 0);
        long submissions = running.countRows("submission");
        long deliveries = running.countRows("delivery");
        long registryRequests = running.simulators().all().stream().mapToLong(RegistrySimulator::requestCount).sum();

        HttpResponse<String> response = send(request, "rejected-" + System.nanoTime());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        assertThat(Json.mapper().readTree(response.body()).path("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(running.countRows("submission")).isEqualTo(submissions);
        assertThat(running.countRows("delivery")).isEqualTo(deliveries);
        assertThat(running.simulators().all().stream().mapToLong(RegistrySimulator::requestCount).sum())
                .isEqualTo(registryRequests);
        AuditEvent audit = latestAudit(expectedStatus);
        assertThat(audit.outcome()).isEqualTo("rejected");
        assertThat(audit.submissionId()).isNull();
        return response;
    }

    /** The newest audit event, once it has the status: the event may be written just after the response. */
    private AuditEvent latestAudit(int expectedStatus) {
        AuditLog auditLog = new AuditLog(running.gateway().dataSource());
        return await().atMost(Duration.ofSeconds(5)).until(
                () -> auditLog.recent(1).stream().findFirst().orElse(null),
                event -> event != null && event.httpStatus() == expectedStatus);
    }
}
