package no.meldeport.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import no.meldeport.fixtures.token.DpopProofs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The development token endpoint, and its tokens used on a request the way a vendor would. */
class DevTokenEndpointTest {

    static final URI TOKEN_URI = URI.create("http://127.0.0.1:8080/dev/token");
    static final URI SUBMIT_URI = URI.create("http://127.0.0.1:8080/api/v1/reports");

    MutableClock clock = new MutableClock(Instant.parse("2025-03-03T09:00:00Z"));
    SecurityConfig config;
    DevTokenEndpoint endpoint;
    RequestAuthenticator authenticator;

    @TempDir
    Path dataDir;

    @BeforeEach
    void start() throws Exception {
        DevTokenIssuer issuer = DevTokenIssuer.loadOrCreate(dataDir, "http://127.0.0.1:8080/dev", "meldeport-api",
                DevTokenIssuer.DEFAULT_TOKEN_LIFETIME, clock);
        config = SecurityConfig.builder()
                .issuer(issuer.issuer())
                .audience(issuer.audience())
                .dpopRequired(false)
                .build();
        endpoint = new DevTokenEndpoint(issuer, DevClients.defaults(),
                new DpopProofValidator(config, JtiReplayCache.from(config, clock), clock));
        authenticator = RequestAuthenticator.create(config, new StaticKeySource(issuer.publicJwkSet()), clock);
    }

    private DevTokenEndpoint.Response request(Map<String, String> form, String dpop) {
        return endpoint.handle(form, dpop, TOKEN_URI);
    }

    @Test
    void clientCredentialsGrantIssuesBearerToken() {
        DevTokenEndpoint.Response response = request(Map.of(
                "grant_type", "client_credentials",
                "client_id", DevClients.VACCINATION_CLINIC), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).containsEntry("token_type", "Bearer")
                .containsEntry("expires_in", 3600L)
                .containsEntry("scope", Scopes.SYSVAK);
        String token = (String) response.body().get("access_token");
        AuthenticatedClient client = authenticator.authenticate("POST", SUBMIT_URI, "Bearer " + token, null);
        assertThat(client.clientId()).isEqualTo(DevClients.VACCINATION_CLINIC);
        assertThat(client.reporter().orgnrParent()).isEqualTo("960913906");
        assertThat(client.reporter().hprNumber()).isEqualTo("565501872");
    }

    @Test
    void requestedScopesNarrowGrant() {
        DevTokenEndpoint.Response response = request(Map.of(
                "grant_type", "client_credentials",
                "client_id", DevClients.GP_OFFICE,
                "scope", "meldeport:msis meldeport:nav"), null);

        assertThat(response.body()).containsEntry("scope", "meldeport:msis meldeport:nav");
    }

    @Test
    void dpopProofBindsToken() {
        DpopProofs vendor = new DpopProofs(clock);

        DevTokenEndpoint.Response response = request(Map.of(
                "grant_type", "client_credentials",
                "client_id", DevClients.GP_OFFICE), vendor.proof("POST", TOKEN_URI, null));
        String token = (String) response.body().get("access_token");
        AuthenticatedClient client = authenticator.authenticate("POST", SUBMIT_URI, "DPoP " + token,
                vendor.proof("POST", SUBMIT_URI, token));

        assertThat(response.body()).containsEntry("token_type", "DPoP");
        assertThat(client.confirmationThumbprint()).isEqualTo(vendor.thumbprint());
    }

    @Test
    void invalidDpopProofRejected() {
        DpopProofs vendor = new DpopProofs(clock);

        DevTokenEndpoint.Response response = request(Map.of(
                "grant_type", "client_credentials",
                "client_id", DevClients.GP_OFFICE), vendor.proof("GET", TOKEN_URI, null));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).containsEntry("error", "invalid_dpop_proof");
    }

    @Test
    void missingGrantTypeIsInvalidRequest() {
        DevTokenEndpoint.Response response = request(Map.of("client_id", DevClients.GP_OFFICE), null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).containsEntry("error", "invalid_request");
    }

    @Test
    void otherGrantTypeUnsupported() {
        DevTokenEndpoint.Response response = request(Map.of(
                "grant_type", "password",
                "client_id", DevClients.GP_OFFICE), null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).containsEntry("error", "unsupported_grant_type");
    }

    @Test
    void unknownClientIsInvalidClient() {
        DevTokenEndpoint.Response response = request(Map.of(
                "grant_type", "client_credentials",
                "client_id", "nobody"), null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).containsEntry("error", "invalid_client");
        assertThat((String) response.body().get("error_description")).contains(DevClients.GP_OFFICE);
    }

    @Test
    void scopeBeyondClientIsInvalidScope() {
        DevTokenEndpoint.Response response = request(Map.of(
                "grant_type", "client_credentials",
                "client_id", DevClients.VACCINATION_CLINIC,
                "scope", "meldeport:sysvak meldeport:nav"), null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).containsEntry("error", "invalid_scope");
        assertThat((String) response.body().get("error_description")).contains("meldeport:nav");
    }
}
