package no.meldeport.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import no.meldeport.fixtures.samples.Sample;
import no.meldeport.fixtures.samples.Samples;
import no.meldeport.fixtures.simulator.Simulators;
import no.meldeport.fixtures.token.DpopProofs;
import no.meldeport.fixtures.token.TestTokenIssuer;
import no.meldeport.gateway.config.GatewayConfig;
import no.meldeport.gateway.contract.CheckedHttp;
import no.meldeport.gateway.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway in production mode: PostgreSQL, an external issuer's JWKS over HTTP, DPoP required and no development
 * endpoints.
 */
class ProductionModeTest {

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void dpopSubmissionIsDeliveredOnPostgres() throws Exception {
        Sample sample = Samples.byName("encounter-three-registries");
        try (Simulators simulators = Simulators.start();
             TestTokenIssuer issuer = TestTokenIssuer.start(Clock.systemUTC());
             Gateway gateway = Gateway.start(GatewayConfig.from(productionVariables(simulators, issuer)))) {
            String baseUrl = "http://127.0.0.1:" + gateway.port();
            URI processMessage = URI.create(baseUrl + "/fhir/$process-message");
            DpopProofs proofs = new DpopProofs(Clock.systemUTC());
            String token = issuer.token()
                    .scope("meldeport:sysvak", "meldeport:noklus", "meldeport:nav")
                    .boundTo(proofs.thumbprint())
                    .sign();

            HttpResponse<String> accepted = CheckedHttp.send(http, HttpRequest.newBuilder(processMessage)
                    .header("Content-Type", sample.contentType())
                    .header("Authorization", "DPoP " + token)
                    .header("DPoP", proofs.proof("POST", processMessage, token))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(sample.bytes()))
                    .build(), sample.bytes());

            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(simulators.sysvak().confirmedCount()).isEqualTo(1);
                assertThat(simulators.noklus().confirmedCount()).isEqualTo(1);
                assertThat(simulators.nav().confirmedCount()).isEqualTo(1);
            });
        }
    }

    @Test
    void bearerTokenAndDevEndpointsAreRejected() throws Exception {
        Sample sample = Samples.byName("vaccination-influenza");
        try (Simulators simulators = Simulators.start();
             TestTokenIssuer issuer = TestTokenIssuer.start(Clock.systemUTC());
             Gateway gateway = Gateway.start(GatewayConfig.from(productionVariables(simulators, issuer)))) {
            String baseUrl = "http://127.0.0.1:" + gateway.port();
            String token = issuer.token().scope("meldeport:sysvak").sign();

            HttpResponse<String> bearer = CheckedHttp.send(http,
                    HttpRequest.newBuilder(URI.create(baseUrl + "/fhir/$process-message"))
                            .header("Content-Type", sample.contentType())
                            .header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(sample.bytes()))
                            .build(), sample.bytes());
            String form = "grant_type=client_credentials&client_id=x";
            HttpResponse<String> devToken = CheckedHttp.send(http,
                    HttpRequest.newBuilder(URI.create(baseUrl + "/dev/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(), form.getBytes(java.nio.charset.StandardCharsets.UTF_8));

            assertThat(bearer.statusCode()).isEqualTo(401);
            assertThat(bearer.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("DPoP");
            assertThat(devToken.statusCode()).isEqualTo(404);
        }
    }

    private static int freePort() {
        try {
            return GatewayProcess.freePort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Map<String, String> productionVariables(Simulators simulators, TestTokenIssuer issuer) {
        Map<String, String> variables = new HashMap<>();
        variables.put("MELDEPORT_MODE", "production");
        variables.put("MELDEPORT_BIND_HOST", "127.0.0.1");
        int port = freePort();
        variables.put("MELDEPORT_PORT", Integer.toString(port));
        variables.put("MELDEPORT_PUBLIC_BASE_URL", "http://127.0.0.1:" + port);
        variables.put("MELDEPORT_DATA_DIR", dataDir.toString());
        variables.put("MELDEPORT_DB_URL", TestDatabases.postgresUrl());
        variables.put("MELDEPORT_DB_USER", "postgres");
        variables.put("MELDEPORT_POLL_INTERVAL_MS", "50");
        variables.put("MELDEPORT_ISSUER", issuer.issuer());
        variables.put("MELDEPORT_AUDIENCE", issuer.audience());
        variables.put("MELDEPORT_JWKS_URL", issuer.jwksUri().toString());
        simulators.baseUrls().forEach((registry, url) ->
                variables.put(GatewayConfig.registryUrlVariable(registry), url));
        return variables;
    }
}
