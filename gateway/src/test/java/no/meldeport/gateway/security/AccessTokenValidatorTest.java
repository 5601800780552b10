package no.meldeport.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.meldeport.fixtures.token.TestTokenIssuer;
import no.meldeport.model.Reporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Access-token validation against a JWKS served over HTTP by {@link TestTokenIssuer}. */
class AccessTokenValidatorTest {

    static final Instant START = Instant.parse("2025-03-03T09:00:00Z");

    static MutableClock clock = new MutableClock(START);
    static TestTokenIssuer issuer;

    AccessTokenValidator validator;

    @BeforeAll
    static void startIssuer() {
        issuer = TestTokenIssuer.start(clock);
    }

    @AfterAll
    static void stopIssuer() {
        issuer.close();
    }

    @BeforeEach
    void createValidator() {
        clock.set(START);
        SecurityConfig config = configFor(issuer).build();
        validator = new AccessTokenValidator(config, new JwksKeySource(config, clock), clock);
    }

    static SecurityConfig.Builder configFor(TestTokenIssuer tokenIssuer) {
        return SecurityConfig.builder()
                .issuer(tokenIssuer.issuer())
                .audience(tokenIssuer.audience())
                .jwksUri(tokenIssuer.jwksUri());
    }

    private void assertRejected(String token, String description) {
        assertThatThrownBy(() -> validator.validate(token))
                .isInstanceOf(InvalidAccessTokenException.class)
                .hasMessageContaining(description);
    }

    @Nested
    class ValidTokens {

        @Test
        void validTokenYieldsClient() {
            String token = issuer.token()
                    .clientId("epj-client")
                    .scope("meldeport:sysvak", "meldeport:msis")
                    .claim("jti", "token-1")
                    .sign();

            AuthenticatedClient client = validator.validate(token);

            assertThat(client.clientId()).isEqualTo("epj-client");
            assertThat(client.scopes()).containsExactlyInAnyOrder(Scopes.SYSVAK, Scopes.MSIS);
            assertThat(client.tokenId()).isEqualTo("token-1");
            assertThat(client.expiresAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
            assertThat(client.dpopBound()).isFalse();
            assertThat(client.scheme()).isEqualTo(AuthScheme.BEARER);
        }

        @Test
        void es256TokenAccepted() {
            String token = issuer.token().signedWith(issuer.ecKey()).sign();

            AuthenticatedClient client = validator.validate(token);

            assertThat(client.clientId()).isEqualTo(TestTokenIssuer.DEFAULT_CLIENT_ID);
        }

        @Test
        void ps256TokenAccepted() {
            String token = issuer.token().algorithm(JWSAlgorithm.PS256).sign();

            AuthenticatedClient client = validator.validate(token);

            assertThat(client.clientId()).isEqualTo(TestTokenIssuer.DEFAULT_CLIENT_ID);
        }

        @Test
        void tokenWithoutKidVerifiedAgainstEveryKey() {
            String token = issuer.token().signedWith(issuer.ecKey()).withoutKeyId().sign();

            AuthenticatedClient client = validator.validate(token);

            assertThat(client.clientId()).isEqualTo(TestTokenIssuer.DEFAULT_CLIENT_ID);
        }

        @Test
        void expiryWithinClockSkewAccepted() {
            String token = issuer.token().expiresAt(START.minusSeconds(20)).issuedAt(START.minusSeconds(600)).sign();

            AuthenticatedClient client = validator.validate(token);

            assertThat(client.expiresAt()).isEqualTo(START.minusSeconds(20));
        }

        @Test
        void audienceArrayContainingOursAccepted() {
            String token = issuer.token().audience("other-api", issuer.audience()).sign();

            AuthenticatedClient client = validator.validate(token);

            assertThat(client.clientId()).isEqualTo(TestTokenIssuer.DEFAULT_CLIENT_ID);
        }

        @Test
        void scopeAsJsonArrayAccepted() {
            String token = issuer.token().scopeArray("meldeport:nav", "meldeport:noklus").sign();

            AuthenticatedClient client = validator.validate(token);

            assertThat(client.scopes()).containsExactlyInAnyOrder(Scopes.NAV, Scopes.NOKLUS);
        }

        @Test
        void audiencePrefixRemovedFromScopes() {
            String token = issuer.token()
                    .scope(issuer.audience() + "/meldeport:msis", "other-api/meldeport:nav", "openid")
                    .sign();

            AuthenticatedClient client = validator.validate(token);

            assertThat(client.scopes()).containsExactlyInAnyOrder(Scopes.MSIS, "other-api/meldeport:nav", "openid");
        }

        @Test
        void helseIdClaimsBecomeReporter() {
            String token = issuer.token()
                    .clientId("epj-client")
                    .claim(HelseIdClaims.CLIENT_NAME, "Fjordbyen legekontor")
                    .claim(HelseIdClaims.ORGNR_PARENT, "974589095")
                    .claim(HelseIdClaims.ORGNR_CHILD, "983044778")
                    .claim(HelseIdClaims.ORGNR_SUPPLIER, "960913906")
                    .claim(HelseIdClaims.HPR_NUMBER, "9144889")
                    .sign();

            Reporter reporter = validator.validate(token).reporter();

            assertThat(reporter).isEqualTo(new Reporter("epj-client", "Fjordbyen legekontor", "974589095",
                    "983044778", "960913906", "9144889"));
        }

        @Test
        void fodselsnummerClaimNeverKept() {
            String token = issuer.token()
                    .claim(HelseIdClaims.PID, "13031353453")
                    .claim(HelseIdClaims.HPR_NUMBER, "565501872")
                    .sign();

            AuthenticatedClient client = validator.validate(token);

            assertThat(client.toString()).doesNotContain("13031353453");
            assertThat(client.reporter().hprNumber()).isEqualTo("565501872");
        }

        @Test
        void confirmationThumbprintRead() {
            String token = issuer.token().boundTo("0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I").sign();

            AuthenticatedClient client = validator.validate(token);

            assertThat(client.confirmationThumbprint()).isEqualTo("0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I");
            assertThat(client.scheme()).isEqualTo(AuthScheme.DPOP);
        }
    }

    @Nested
    class RejectedTokens {

        @Test
        void expiredTokenRejected() {
            String token = issuer.token().issuedAt(START.minusSeconds(600)).expiresAt(START.minusSeconds(31)).sign();

            assertRejected(token, "expired");
        }

        @Test
        void notYetValidTokenRejected() {
            String token = issuer.token().notBefore(START.plusSeconds(31)).sign();

            assertRejected(token, "not valid yet");
        }

        @Test
        void futureIssuedAtRejected() {
            String token = issuer.token().issuedAt(START.plusSeconds(120)).sign();

            assertRejected(token, "iat is in the future");
        }

        @Test
        void missingExpRejected() {
            String token = issuer.token().without("exp").sign();

            assertRejected(token, "no exp claim");
        }

        @Test
        void wrongIssuerRejected() {
            String token = issuer.token().issuer("https://helseid-sts.test.nhn.no").sign();

            assertRejected(token, "issuer is not accepted");
        }

        @Test
        void wrongAudienceRejected() {
            String token = issuer.token().audience("another-api").sign();

            assertRejected(token, "audience does not include " + issuer.audience());
        }

        @Test
        void badSignatureRejected() {
            RSAKey impostor = TestTokenIssuer.newRsaKey(issuer.rsaKey().getKeyID());
            String token = issuer.token().signedWith(impostor).sign();

            assertRejected(token, "signature is invalid");
        }

        @Test
        void corruptedSignatureRejected() {
            String token = TestTokenIssuer.corruptSignature(issuer.token().sign());

            assertRejected(token, "signature is invalid");
        }

        @Test
        void tamperedPayloadRejected() {
            String genuine = issuer.token().scope("meldeport:sysvak").sign();
            String token = TestTokenIssuer.tamperClaim(genuine, "scope", "meldeport:sysvak meldeport:msis");

            assertRejected(token, "signature is invalid");
        }

        @Test
        void algNoneRejected() {
            String token = issuer.token().unsigned();

            assertRejected(token, "alg none");
        }

        @Test
        void hs256WithRsaPublicKeyRejected() {
            String token = issuer.token().hmacWithRsaPublicKey();

            assertRejected(token, "algorithm is not accepted");
        }

        @Test
        void unconfiguredAlgorithmRejected() {
            String token = issuer.token().algorithm(JWSAlgorithm.RS512).sign();

            assertRejected(token, "algorithm is not accepted; accepted: ES256 PS256 RS256");
        }

        @Test
        void algorithmNotMatchingKeyTypeRejected() {
            String token = issuer.token().signedWith(issuer.ecKey()).keyId(issuer.rsaKey().getKeyID()).sign();

            assertRejected(token, "No signing key");
        }

        @Test
        void dpopProofTypeRejected() {
            String token = issuer.token().type("dpop+jwt").sign();

            assertRejected(token, "typ is not accepted");
        }

        @Test
        void missingClientIdRejected() {
            String token = issuer.token().without("client_id").sign();

            assertRejected(token, "no client_id claim");
        }

        @Test
        void malformedOrganisationNumberRejected() {
            String token = issuer.token().claim(HelseIdClaims.ORGNR_PARENT, "97458909").sign();

            assertRejected(token, HelseIdClaims.ORGNR_PARENT + " must be 9 digits");
        }

        @Test
        void nonStringScopeRejected() {
            String token = issuer.token().claim("scope", 42).sign();

            assertRejected(token, "scope claim");
        }

        @Test
        void mtlsBoundTokenRejected() {
            String token = issuer.token().claim("cnf", Map.of("x5t#S256", "bwcK0esc3ACC3DB2Y5_lESsXE8o9ltc05O89jdN-dg2")).sign();

            assertRejected(token, "only DPoP-bound tokens");
        }

        @Test
        void garbageRejected() {
            assertRejected("not-a-jwt", "not a well-formed JWT");
        }

        @Test
        void oversizedTokenRejected() {
            String token = issuer.token().claim("padding", "x".repeat(AccessTokenValidator.MAX_TOKEN_LENGTH)).sign();

            assertRejected(token, "longer than");
        }

        @Test
        void errorDescriptionsOmitTokenContent() {
            String token = issuer.token().issuer("https://evil.example/issuer-value").audience("audience-value").sign();

            assertThatThrownBy(() -> validator.validate(token))
                    .hasMessageNotContaining("evil.example")
                    .hasMessageNotContaining("audience-value");
        }
    }

    @Nested
    class KeyLookup {

        @Test
        void jkuHeaderNeverFetched() {
            try (TestTokenIssuer attacker = TestTokenIssuer.start(clock)) {
                String token = attacker.token()
                        .issuer(issuer.issuer())
                        .keyId("attacker-key")
                        .jwkSetUrl(attacker.jwksUri())
                        .sign();

                assertRejected(token, "No signing key");
                assertThat(attacker.jwksRequestCount()).isZero();
            }
        }

        @Test
        void unknownKidThenRotationAccepted() {
            try (TestTokenIssuer rotating = TestTokenIssuer.start(clock)) {
                SecurityConfig config = configFor(rotating).build();
                AccessTokenValidator rotatingValidator =
                        new AccessTokenValidator(config, new JwksKeySource(config, clock), clock);
                String oldKeyId = rotating.rsaKey().getKeyID();
                rotatingValidator.validate(rotating.token().sign());

                RSAKey newKey = rotating.rotateRsaKey();
                rotating.removeKey(oldKeyId);
                clock.advance(Duration.ofSeconds(30));
                AuthenticatedClient client = rotatingValidator.validate(rotating.token().sign());

                assertThat(client.clientId()).isEqualTo(TestTokenIssuer.DEFAULT_CLIENT_ID);
                assertThat(rotating.jwksRequestCount()).isEqualTo(2);
                assertThat(rotating.publishedKeys()).extracting(key -> key.getKeyID()).contains(newKey.getKeyID())
                        .doesNotContain(oldKeyId);
            }
        }

        @Test
        void removedKeyRejectedAfterCacheRefresh() {
            try (TestTokenIssuer rotating = TestTokenIssuer.start(clock)) {
                SecurityConfig config = configFor(rotating).build();
                AccessTokenValidator rotatingValidator =
                        new AccessTokenValidator(config, new JwksKeySource(config, clock), clock);
                RSAKey oldKey = rotating.rsaKey();
                rotatingValidator.validate(rotating.token().sign());

                rotating.rotateRsaKey();
                rotating.removeKey(oldKey.getKeyID());
                clock.advance(config.jwksCacheTtl());
                String oldKeyToken = rotating.token().signedWith(oldKey).sign();

                assertThatThrownBy(() -> rotatingValidator.validate(oldKeyToken))
                        .isInstanceOf(InvalidAccessTokenException.class)
                        .hasMessageContaining("No signing key");
                assertThat(rotating.jwksRequestCount()).isEqualTo(2);
            }
        }

        @Test
        void allowedAlgorithmsFollowConfiguration() {
            SecurityConfig esOnly = configFor(issuer).allowedAlgorithms(List.of(JWSAlgorithm.ES256)).build();
            AccessTokenValidator esValidator = new AccessTokenValidator(esOnly, new JwksKeySource(esOnly, clock), clock);
            String rsaToken = issuer.token().sign();

            assertThatThrownBy(() -> esValidator.validate(rsaToken))
                    .isInstanceOf(InvalidAccessTokenException.class)
                    .hasMessageContaining("accepted: ES256");
        }
    }
}
