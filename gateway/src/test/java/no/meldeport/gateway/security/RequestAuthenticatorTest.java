package no.meldeport.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import no.meldeport.fixtures.token.DpopProofs;
import no.meldeport.fixtures.token.TestTokenIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Whole requests: Authorization and DPoP headers, with tokens and proofs signed by real keys. */
class RequestAuthenticatorTest {

    static final Instant START = Instant.parse("2025-03-03T09:00:00Z");
    static final URI SUBMIT_URI = URI.create("https://meldeport.test/fhir/$process-message");

    static MutableClock clock = new MutableClock(START);
    static TestTokenIssuer issuer;

    DpopProofs client;
    RequestAuthenticator dpopRequired;
    RequestAuthenticator dpopOptional;

    @BeforeAll
    static void startIssuer() {
        issuer = TestTokenIssuer.start(clock);
    }

    @AfterAll
    static void stopIssuer() {
        issuer.close();
    }

    @BeforeEach
    void createAuthenticators() {
        clock.set(START);
        client = new DpopProofs(clock);
        dpopRequired = authenticator(true);
        dpopOptional = authenticator(false);
    }

    private static RequestAuthenticator authenticator(boolean requireDpop) {
        SecurityConfig config = AccessTokenValidatorTest.configFor(issuer).dpopRequired(requireDpop).build();
        return RequestAuthenticator.create(config, new JwksKeySource(config, clock), clock);
    }

    private String boundToken() {
        return issuer.token().boundTo(client.thumbprint()).sign();
    }

    private static AuthenticationException rejection(RequestAuthenticator authenticator, String method, URI uri,
            String authorization, String dpop) {
        AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                () -> authenticator.authenticate(method, uri, authorization, dpop));
        assertThat(e).as("AuthenticationException for %s %s", method, uri).isNotNull();
        return e;
    }

    @Nested
    class Dpop {

        @Test
        void dpopHappyPath() {
            String token = boundToken();
            String proof = client.proof("POST", SUBMIT_URI, token);

            AuthenticatedClient authenticated = dpopRequired.authenticate("POST", SUBMIT_URI, "DPoP " + token, proof);

            assertThat(authenticated.clientId()).isEqualTo(TestTokenIssuer.DEFAULT_CLIENT_ID);
            assertThat(authenticated.scheme()).isEqualTo(AuthScheme.DPOP);
            assertThat(authenticated.confirmationThumbprint()).isEqualTo(client.thumbprint());
        }

        @Test
        void queryAndDefaultPortIgnoredInHtu() {
            String token = boundToken();
            URI requested = URI.create("https://MELDEPORT.test:443/fhir/$process-message?_format=json");
            String proof = client.proof("POST", SUBMIT_URI, token);

            AuthenticatedClient authenticated = dpopRequired.authenticate("POST", requested, "DPoP " + token, proof);

            assertThat(authenticated.dpopBound()).isTrue();
        }

        @Test
        void schemeNameCaseInsensitive() {
            String token = boundToken();
            String proof = client.proof("POST", SUBMIT_URI, token);

            AuthenticatedClient authenticated = dpopRequired.authenticate("POST", SUBMIT_URI, "dpop " + token, proof);

            assertThat(authenticated.dpopBound()).isTrue();
        }

        @Test
        void replayedJtiRejected() {
            String token = boundToken();
            String proof = client.proof("POST", SUBMIT_URI, token);
            dpopRequired.authenticate("POST", SUBMIT_URI, "DPoP " + token, proof);

            AuthenticationException e = rejection(dpopRequired, "POST", SUBMIT_URI, "DPoP " + token, proof);

            assertThat(e.error()).isEqualTo(AuthenticationException.INVALID_DPOP_PROOF);
            assertThat(e.description()).contains("jti has been used before");
        }

        @Test
        void rejectedProofLeavesJtiUnused() {
            String token = boundToken();
            String proof = client.builder("POST", SUBMIT_URI).accessToken(token).jti("jti-1").sign();
            rejection(dpopRequired, "GET", SUBMIT_URI, "DPoP " + token, proof);

            AuthenticatedClient authenticated = dpopRequired.authenticate("POST", SUBMIT_URI, "DPoP " + token, proof);

            assertThat(authenticated.dpopBound()).isTrue();
        }

        @Test
        void wrongHtmRejected() {
            String token = boundToken();
            String proof = client.proof("GET", SUBMIT_URI, token);

            AuthenticationException e = rejection(dpopRequired, "POST", SUBMIT_URI, "DPoP " + token, proof);

            assertThat(e.error()).isEqualTo(AuthenticationException.INVALID_DPOP_PROOF);
            assertThat(e.description()).contains("htm does not match");
        }

        @Test
        void wrongHtuRejected() {
            String token = boundToken();
            String proof = client.proof("POST", URI.create("https://meldeport.test/api/v1/reports"), token);

            AuthenticationException e = rejection(dpopRequired, "POST", SUBMIT_URI, "DPoP " + token, proof);

            assertThat(e.error()).isEqualTo(AuthenticationException.INVALID_DPOP_PROOF);
            assertThat(e.description()).contains("htu does not match");
        }

        @Test
        void otherHostInHtuRejected() {
            String token = boundToken();
            String proof = client.proof("POST", URI.create("https://other.test/fhir/$process-message"), token);

            AuthenticationException e = rejection(dpopRequired, "POST", SUBMIT_URI, "DPoP " + token, proof);

            assertThat(e.description()).contains("htu does not match");
        }

        @Test
        void staleIatRejected() {
            String token = boundToken();
            String proof = client.builder("POST", SUBMIT_URI).accessToken(token).issuedAt(START.minusSeconds(41)).sign();

            AuthenticationException e = rejection(dpopRequired, "POST", SUBMIT_URI, "DPoP " + token, proof);

            assertThat(e.error()).isEqualTo(AuthenticationException.INVALID_DPOP_PROOF);
            assertThat(e.description()).contains("too old");
        }

        @Test
        void iatAtWindowEdgeAccepted() {
            String token = boundToken();
            String proof = client.builder("POST", SUBMIT_URI).accessToken(token).issuedAt(START.minusSeconds(40)).sign();

            AuthenticatedClient authenticated = dpopRequired.authenticate("POST", SUBMIT_URI, "DPoP " + token, proof);

            assertThat(authenticated.dpopBound()).isTrue();
        }

        @Test
        void futureIatRejected() {
            String token = boundToken();
            String proof = client.builder("POST", SUBMIT_URI).accessToken(token).issuedAt(START.plusSeconds(31)).sign();

            AuthenticationException e = rejection(dpopRequired, "POST", SUBMIT_URI, "DPoP " + token, proof);

            assertThat(e.description()).contains("iat is in the future");
        }

        @Test
        void wrongAthRejected() {
            String token = boundToken();
            String otherToken = boundToken();
            String proof = client.proof("POST", SUBMIT_URI, otherToken);

            AuthenticationException e = rejection(dpopRequired, "POST", SUBMIT_URI, "DPoP " + token, proof);

            assertThat(e.error()).isEqualTo(AuthenticationException.INVALID_DPOP_PROOF);
            assertThat(e.description()).contains("ath does not match");
        }

        @Test
        void missingAthRejected() {
            String token = boundToken();
            String proof = client.proof("POST", SUBMIT_URI, null);

            AuthenticationException e = rejection(dpopRequired, "POST", SUBMIT_URI, "DPoP " + token, proof);

            assertThat(e.description()).contains("no ath claim");
        }

        @Test
        void cnfJktMismatchRejected() {
            DpopProofs otherClient = new DpopProofs(clock);
            String token = issuer.token().boundTo(otherClient.thumbprint()).sign();
            String proof = client.proof("POST", SUBMIT_URI, token);

            AuthenticationException e = rejection(dpopRequired, "POST", SUBMIT_URI, "DPoP " + token, proof);

            assertThat(e.error()).isEqualTo(AuthenticationException.INVALID_DPOP_PROOF);
            assertThat(e.description()).contains("does not match the access token's cnf.jkt");
        }

        @Test
        void proofSignedByOtherKeyRejected() {
            String token = boundToken();
            DpopProofs otherClient = new DpopProofs(clock);
            String proof = client.builder("POST", SUBMIT_URI).accessToken(token).signedWith(otherClient.key()).sign();

            AuthenticationException e = rejection(dpopRequired, "POST", SUBMIT_URI, "DPoP " + token, proof);

            assertThat(e.description()).contains("signature is invalid");
        }

        @Test
        void proofWithWrongTypRejected() {
            String token = boundToken();
            String proof = client.builder("POST", SUBMIT_URI).accessToken(token).type("JWT").sign();

            AuthenticationException e = rejection(dpopRequired, "POST", SUBMIT_URI, "DPoP " + token, proof);

            assertThat(e.description()).contains("typ must be dpop+jwt");
        }

        @Test
        void proofEmbeddingPrivateKeyRejected() {
            String token = boundToken();
            String proof = client.builder("POST", SUBMIT_URI).accessToken(token).embeddedKey(client.key()).sign();

            AuthenticationException e = rejection(dpopRequired, "POST", SUBMIT_URI, "DPoP " + token, proof);

            // nimbus-jose-jwt already refuses to parse a JWS header whose jwk has a private part.
            assertThat(e.error()).isEqualTo(AuthenticationException.INVALID_DPOP_PROOF);
            assertThat(e.description()).isEqualTo("DPoP proof is not a well-formed signed JWT");
        }

        @Test
        void rsaProofKeyAccepted() {
            DpopProofs rsaClient = new DpopProofs(TestTokenIssuer.newRsaKey("client-rsa"), clock);
            String token = issuer.token().boundTo(rsaClient.thumbprint()).sign();
            String proof = rsaClient.proof("POST", SUBMIT_URI, token);

            AuthenticatedClient authenticated = dpopRequired.authenticate("POST", SUBMIT_URI, "DPoP " + token, proof);

            assertThat(authenticated.confirmationThumbprint()).isEqualTo(rsaClient.thumbprint());
        }

        @Test
        void missingProofRejected() {
            String token = boundToken();

            AuthenticationException e = rejection(dpopRequired, "POST", SUBMIT_URI, "DPoP " + token, null);

            assertThat(e.error()).isEqualTo(AuthenticationException.INVALID_DPOP_PROOF);
            assertThat(e.description()).isEqualTo("Missing DPoP proof");
        }

        @Test
        void twoProofHeadersRejected() {
            String token = boundToken();
            String proof = client.proof("POST", SUBMIT_URI, token);
            String second = client.proof("POST", SUBMIT_URI, token);

            AuthenticationException e = rejection(dpopRequired, "POST", SUBMIT_URI, "DPoP " + token, proof + ", " + second);

            assertThat(e.description()).isEqualTo("More than one DPoP proof");
        }

        @Test
        void unboundTokenWithDpopSchemeRejected() {
            String token = issuer.token().sign();
            String proof = client.proof("POST", SUBMIT_URI, token);

            AuthenticationException e = rejection(dpopOptional, "POST", SUBMIT_URI, "DPoP " + token, proof);

            assertThat(e.error()).isEqualTo(AuthenticationException.INVALID_TOKEN);
            assertThat(e.description()).contains("not DPoP-bound");
        }

        @Test
        void invalidTokenWithDpopSchemeRejected() {
            String token = issuer.token().boundTo(client.thumbprint()).expiresAt(START.minusSeconds(60)).sign();
            String proof = client.proof("POST", SUBMIT_URI, token);

            AuthenticationException e = rejection(dpopRequired, "POST", SUBMIT_URI, "DPoP " + token, proof);

            assertThat(e.httpStatus()).isEqualTo(401);
            assertThat(e.wwwAuthenticateHeader()).isEqualTo("DPoP realm=\"meldeport\", algs=\"ES256 PS256 RS256\","
                    + " error=\"invalid_token\", error_description=\"Access token has expired\"");
        }
    }

    @Nested
    class Bearer {

        @Test
        void dpopBoundTokenAsBearerRejected() {
            String token = boundToken();

            AuthenticationException e = rejection(dpopOptional, "POST", SUBMIT_URI, "Bearer " + token, null);

            assertThat(e.httpStatus()).isEqualTo(401);
            assertThat(e.scheme()).isEqualTo(AuthScheme.DPOP);
            assertThat(e.error()).isEqualTo(AuthenticationException.INVALID_TOKEN);
            assertThat(e.description()).contains("DPoP-bound access token must be sent with Authorization: DPoP");
        }

        @Test
        void bearerAcceptedWhenDpopOptional() {
            String token = issuer.token().sign();

            AuthenticatedClient authenticated = dpopOptional.authenticate("POST", SUBMIT_URI, "Bearer " + token, null);

            assertThat(authenticated.scheme()).isEqualTo(AuthScheme.BEARER);
        }

        @Test
        void bearerRejectedWhenDpopRequired() {
            String token = issuer.token().sign();

            AuthenticationException e = rejection(dpopRequired, "POST", SUBMIT_URI, "Bearer " + token, null);

            assertThat(e.scheme()).isEqualTo(AuthScheme.DPOP);
            assertThat(e.error()).isEqualTo(AuthenticationException.INVALID_TOKEN);
            assertThat(e.description()).contains("DPoP is required");
        }

        @Test
        void invalidBearerTokenAnsweredWithBearerChallenge() {
            String token = issuer.token().audience("another-api").sign();

            AuthenticationException e = rejection(dpopOptional, "GET", SUBMIT_URI, "Bearer " + token, null);

            assertThat(e.httpStatus()).isEqualTo(401);
            assertThat(e.responseHeaders()).isEqualTo(Map.of("WWW-Authenticate", "Bearer realm=\"meldeport\","
                    + " error=\"invalid_token\", error_description=\"Access token audience does not include "
                    + issuer.audience() + "\""));
        }
    }

    @Nested
    class MissingOrMalformed {

        @Test
        void missingHeaderGetsBareChallenge() {
            AuthenticationException e = rejection(dpopRequired, "POST", SUBMIT_URI, null, null);

            assertThat(e.httpStatus()).isEqualTo(401);
            assertThat(e.error()).isNull();
            assertThat(e.wwwAuthenticateHeader()).isEqualTo("DPoP realm=\"meldeport\", algs=\"ES256 PS256 RS256\"");
        }

        @Test
        void missingHeaderWithDpopOptionalGetsBearerChallenge() {
            AuthenticationException e = rejection(dpopOptional, "POST", SUBMIT_URI, "  ", null);

            assertThat(e.wwwAuthenticateHeader()).isEqualTo("Bearer realm=\"meldeport\"");
        }

        @Test
        void unsupportedSchemeGetsBareChallenge() {
            AuthenticationException e = rejection(dpopOptional, "POST", SUBMIT_URI, "Basic dXNlcjpwYXNz", null);

            assertThat(e.error()).isNull();
            assertThat(e.description()).contains("Unsupported authorization scheme");
        }

        @Test
        void schemeWithoutTokenIsInvalidRequest() {
            AuthenticationException e = rejection(dpopOptional, "POST", SUBMIT_URI, "Bearer", null);

            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.error()).isEqualTo(AuthenticationException.INVALID_REQUEST);
        }

        @Test
        void tokenWithIllegalCharactersIsInvalidRequest() {
            AuthenticationException e = rejection(dpopOptional, "POST", SUBMIT_URI, "Bearer a\"b", null);

            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.wwwAuthenticateHeader()).startsWith("Bearer realm=\"meldeport\", error=\"invalid_request\"");
        }
    }

    @Nested
    class IssuerOutage {

        @Test
        void unreachableJwksAnswered503() {
            try (TestTokenIssuer failing = TestTokenIssuer.start(clock)) {
                failing.respondToJwksWith(500);
                SecurityConfig config = AccessTokenValidatorTest.configFor(failing).dpopRequired(false).build();
                RequestAuthenticator authenticator =
                        RequestAuthenticator.create(config, new JwksKeySource(config, clock), clock);
                String token = failing.token().sign();

                AuthenticationUnavailableException e = catchThrowableOfType(AuthenticationUnavailableException.class,
                        () -> authenticator.authenticate("POST", SUBMIT_URI, "Bearer " + token, null));

                assertThat(e.httpStatus()).isEqualTo(503);
                assertThat(e.responseHeaders()).containsEntry("Retry-After", "30");
            }
        }
    }
}
