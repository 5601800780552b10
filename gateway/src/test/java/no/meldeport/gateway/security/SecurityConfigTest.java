package no.meldeport.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityConfigTest {

    private static SecurityConfig.Builder minimal() {
        return SecurityConfig.builder()
                .issuer("https://helseid-sts.nhn.no")
                .audience("nhn:meldeport")
                .jwksUri(URI.create("https://helseid-sts.nhn.no/.well-known/openid-configuration/jwks"));
    }

    @Test
    void defaultsApplied() {
        SecurityConfig config = minimal().build();

        assertThat(config.clockSkew()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.dpopRequired()).isTrue();
        assertThat(config.dpopProofLifetime()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.jtiCacheTtl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.jtiCacheMaxEntries()).isEqualTo(100_000);
        assertThat(config.jwksMinRefreshInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.jwksCacheTtl()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.jwksFetchTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.jwksMaxBytes()).isEqualTo(256 * 1024);
        assertThat(config.rateLimitForPeriod()).isEqualTo(50);
        assertThat(config.rateLimitRefreshPeriod()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.allowedAlgorithms()).containsExactly(JWSAlgorithm.ES256, JWSAlgorithm.PS256, JWSAlgorithm.RS256);
        assertThat(config.dpopAlgorithmsParameter()).isEqualTo("ES256 PS256 RS256");
    }

    @Test
    void issuerAndAudienceRequired() {
        assertThatThrownBy(() -> minimal().issuer(null).build()).hasMessageContaining("issuer");
        assertThatThrownBy(() -> minimal().audience(" ").build()).hasMessageContaining("audience");
    }

    @Test
    void audienceWithSlashRejected() {
        assertThatThrownBy(() -> minimal().audience("nhn:meldeport/api").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("audience=nhn:meldeport/api");
    }

    @Test
    void hmacAndNoneNeverAllowed() {
        assertThatThrownBy(() -> minimal().allowedAlgorithms(List.of(JWSAlgorithm.HS256)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allowedAlgorithms=HS256");
        assertThatThrownBy(() -> minimal().dpopAlgorithms(List.of(new JWSAlgorithm("none"))).build())
                .hasMessageContaining("dpopAlgorithms=none");
        assertThatThrownBy(() -> minimal().allowedAlgorithms(List.of()).build())
                .hasMessageContaining("at least one algorithm");
    }

    @Test
    void plainHttpJwksOnlyOnLoopback() {
        assertThat(minimal().jwksUri(URI.create("http://127.0.0.1:8081/jwks")).build().jwksUri()).isNotNull();
        assertThat(minimal().jwksUri(URI.create("http://localhost:8081/jwks")).build().jwksUri()).isNotNull();
        assertThat(minimal().jwksUri(URI.create("http://[::1]:8081/jwks")).build().jwksUri()).isNotNull();
        assertThatThrownBy(() -> minimal().jwksUri(URI.create("http://helseid-sts.nhn.no/jwks")).build())
                .hasMessageContaining("must use https");
        assertThatThrownBy(() -> minimal().jwksUri(URI.create("http://10.0.0.1/jwks")).build())
                .hasMessageContaining("must use https");
        assertThatThrownBy(() -> minimal().jwksUri(URI.create("file:///etc/jwks.json")).build())
                .hasMessageContaining("jwksUri");
    }

    @Test
    void jtiCacheMustOutliveProofWindow() {
        assertThatThrownBy(() -> minimal().jtiCacheTtl(Duration.ofSeconds(60)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jtiCacheTtl=PT1M")
                .hasMessageContaining("PT1M10S");
    }

    @Test
    void durationsValidated() {
        assertThatThrownBy(() -> minimal().clockSkew(Duration.ofMinutes(6)).build()).hasMessageContaining("clockSkew");
        assertThatThrownBy(() -> minimal().jwksMinRefreshInterval(Duration.ZERO).build())
                .hasMessageContaining("jwksMinRefreshInterval");
        assertThatThrownBy(() -> minimal().jwksCacheTtl(Duration.ofSeconds(10)).build())
                .hasMessageContaining("jwksCacheTtl");
        assertThatThrownBy(() -> minimal().rateLimit(0, Duration.ofSeconds(1)).build())
                .hasMessageContaining("rateLimitForPeriod");
        assertThatThrownBy(() -> minimal().rateLimit(10, Duration.ZERO).build())
                .hasMessageContaining("rateLimitRefreshPeriod");
    }

    @Test
    void jwksUriOptional() {
        SecurityConfig config = minimal().jwksUri(null).build();

        assertThat(config.jwksUri()).isNull();
    }
}
