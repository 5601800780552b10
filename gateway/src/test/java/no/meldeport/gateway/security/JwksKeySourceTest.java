package no.meldeport.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.meldeport.fixtures.token.TestTokenIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JWKS cache: fetches over HTTP, refresh on unknown key ids, the refresh floor, failures and limits. */
class JwksKeySourceTest {

    static final Instant START = Instant.parse("2025-03-03T09:00:00Z");

    MutableClock clock = new MutableClock(START);
    TestTokenIssuer issuer;
    SecurityConfig config;
    JwksKeySource keySource;
    AccessTokenValidator validator;

    @BeforeEach
    void start() {
        issuer = TestTokenIssuer.start(clock);
        config = SecurityConfig.builder()
                .issuer(issuer.issuer())
                .audience(issuer.audience())
                .jwksUri(issuer.jwksUri())
                .build();
        keySource = new JwksKeySource(config, clock);
        validator = new AccessTokenValidator(config, keySource, clock);
    }

    @AfterEach
    void stop() {
        issuer.close();
    }

    @Test
    void keysCachedAcrossTokens() {
        for (int i = 0; i < 10; i++) {
            validator.validate(issuer.token().sign());
        }

        assertThat(issuer.jwksRequestCount()).isEqualTo(1);
        assertThat(keySource.lastSuccessfulFetch()).contains(START);
    }

    @Test
    void floodOfUnknownKidsFetchesOncePerFloor() {
        validator.validate(issuer.token().sign());

        for (int i = 0; i < 100; i++) {
            String token = issuer.token().keyId("made-up-" + i).sign();
            assertThatThrownBy(() -> validator.validate(token)).isInstanceOf(InvalidAccessTokenException.class);
        }
        int fetchesWithinFloor = issuer.jwksRequestCount();
        clock.advance(config.jwksMinRefreshInterval());
        for (int i = 0; i < 100; i++) {
            String token = issuer.token().keyId("made-up-again-" + i).sign();
            assertThatThrownBy(() -> validator.validate(token)).isInstanceOf(InvalidAccessTokenException.class);
        }

        assertThat(fetchesWithinFloor).isEqualTo(1);
        assertThat(issuer.jwksRequestCount()).isEqualTo(2);
        assertThat(keySource.fetchAttempts()).isEqualTo(2);
    }

    @Test
    void floodBeforeFirstFetchFetchesOnce() {
        for (int i = 0; i < 50; i++) {
            String token = issuer.token().keyId("made-up-" + i).sign();
            assertThatThrownBy(() -> validator.validate(token)).isInstanceOf(InvalidAccessTokenException.class);
        }

        assertThat(issuer.jwksRequestCount()).isEqualTo(1);
    }

    @Test
    void concurrentFloodFetchesOnce() throws Exception {
        List<Callable<Boolean>> requests = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String token = issuer.token().keyId("made-up-" + i).sign();
            requests.add(() -> rejects(token));
        }

        List<Boolean> rejected = runConcurrently(requests);

        assertThat(rejected).containsOnly(true);
        assertThat(issuer.jwksRequestCount()).isEqualTo(1);
    }

    @Test
    void concurrentRequestsAfterRotationFetchOnce() throws Exception {
        validator.validate(issuer.token().sign());
        issuer.rotateRsaKey();
        clock.advance(config.jwksMinRefreshInterval());
        List<Callable<Boolean>> requests = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String token = issuer.token().sign();
            requests.add(() -> !rejects(token));
        }

        List<Boolean> accepted = runConcurrently(requests);

        assertThat(accepted).containsOnly(true);
        assertThat(issuer.jwksRequestCount()).isEqualTo(2);
    }

    private boolean rejects(String token) {
        try {
            validator.validate(token);
            return false;
        } catch (InvalidAccessTokenException e) {
            return true;
        }
    }

    private static List<Boolean> runConcurrently(List<Callable<Boolean>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> result : pool.invokeAll(requests, 30, TimeUnit.SECONDS)) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keysFetchedAgainAfterTtl() {
        validator.validate(issuer.token().sign());

        clock.advance(config.jwksCacheTtl());
        validator.validate(issuer.token().sign());

        assertThat(issuer.jwksRequestCount()).isEqualTo(2);
    }

    @Test
    void cachedKeysKeptWhenIssuerFails() {
        validator.validate(issuer.token().sign());

        issuer.respondToJwksWith(500);
        clock.advance(config.jwksCacheTtl());
        AuthenticatedClient client = validator.validate(issuer.token().sign());

        assertThat(client.clientId()).isEqualTo(TestTokenIssuer.DEFAULT_CLIENT_ID);
        assertThat(issuer.jwksRequestCount()).isEqualTo(2);
    }

    @Test
    void firstFetchFailureIsUnavailable() {
        issuer.respondToJwksWith(503);

        assertThatThrownBy(() -> keySource.keys("rsa-1"))
                .isInstanceOf(JwksUnavailableException.class)
                .hasMessageContaining("returned HTTP 503");
    }

    @Test
    void failedFirstFetchNotRetriedWithinFloor() {
        issuer.respondToJwksWith(500);
        assertThatThrownBy(() -> keySource.keys(null)).isInstanceOf(JwksUnavailableException.class);

        issuer.respondToJwksWith(200);
        assertThatThrownBy(() -> keySource.keys(null))
                .isInstanceOf(JwksUnavailableException.class)
                .hasMessageContaining("next attempt is allowed at " + START.plus(config.jwksMinRefreshInterval()));
        clock.advance(config.jwksMinRefreshInterval());
        List<JWK> keys = keySource.keys(null);

        assertThat(keys).hasSize(2);
        assertThat(issuer.jwksRequestCount()).isEqualTo(2);
    }

    @Test
    void redirectNotFollowed() {
        issuer.redirectJwksTo(issuer.uri("/elsewhere").toString());

        assertThatThrownBy(() -> keySource.keys(null))
                .isInstanceOf(JwksUnavailableException.class)
                .hasMessageContaining("returned HTTP 302");
        assertThat(issuer.requestCount("/elsewhere")).isZero();
    }

    @Test
    void unreachableIssuerIsUnavailable() {
        issuer.close();

        assertThatThrownBy(() -> keySource.keys(null))
                .isInstanceOf(JwksUnavailableException.class)
                .hasMessageContaining("failed");
    }

    @Test
    void oversizedJwksRejected() {
        for (int i = 0; i < 3; i++) {
            issuer.rotateRsaKey();
        }
        JwksKeySource small = new JwksKeySource(issuer.jwksUri(), Duration.ofSeconds(30), Duration.ofMinutes(10),
                Duration.ofSeconds(5), 1024, clock);

        assertThatThrownBy(() -> small.keys(null))
                .isInstanceOf(JwksUnavailableException.class)
                .hasMessageContaining("larger than 1024 bytes");
    }

    @Test
    void onlyPublicKeysKept() {
        List<JWK> keys = keySource.keys(null);

        assertThat(keys).extracting(JWK::isPrivate).containsOnly(false);
        assertThat(keys).extracting(JWK::getKeyID)
                .containsExactlyInAnyOrder(issuer.rsaKey().getKeyID(), issuer.ecKey().getKeyID());
    }
}
