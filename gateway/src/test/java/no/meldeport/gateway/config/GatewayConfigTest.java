package no.meldeport.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayConfigTest {

    @Test
    void embeddedNeedsNoVariables() {
        GatewayConfig config = GatewayConfig.from(Map.of());

        assertThat(config.embedded()).isTrue();
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.bindHost()).isEqualTo("127.0.0.1");
        assertThat(config.dbUrl()).startsWith("jdbc:h2:file:").contains("WRITE_DELAY=0");
        assertThat(config.registryUrls()).isEmpty();
    }

    @Test
    void productionListsEveryMissingVariable() {
        assertThatThrownBy(() -> GatewayConfig.from(Map.of("MELDEPORT_MODE", "production")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("MELDEPORT_DB_URL")
                .hasMessageContaining("MELDEPORT_JWKS_URL")
                .hasMessageContaining("MELDEPORT_PUBLIC_BASE_URL")
                .hasMessageContaining("MELDEPORT_NAV_URL");
    }

    @Test
    void productionRejectsNonPostgresDatabase() {
        Map<String, String> variables = production();
        variables.put("MELDEPORT_DB_URL", "jdbc:h2:mem:x");

        assertThatThrownBy(() -> GatewayConfig.from(variables))
                .hasMessageContaining("MELDEPORT_DB_URL='jdbc:h2:mem:x'")
                .hasMessageContaining("PostgreSQL");
    }

    @Test
    void productionWithAllSettingsStarts() {
        GatewayConfig config = GatewayConfig.from(production());

        assertThat(config.embedded()).isFalse();
        assertThat(config.bindHost()).isEqualTo("0.0.0.0");
        assertThat(config.security().dpopRequired()).isTrue();
    }

    @Test
    void invalidValuesNameTheVariable() {
        assertThatThrownBy(() -> GatewayConfig.from(Map.of("MELDEPORT_PORT", "abc")))
                .hasMessageContaining("MELDEPORT_PORT='abc'");
        assertThatThrownBy(() -> GatewayConfig.from(Map.of("MELDEPORT_LOG_LEVEL", "verbose")))
                .hasMessageContaining("MELDEPORT_LOG_LEVEL='verbose'");
        assertThatThrownBy(() -> GatewayConfig.from(Map.of("MELDEPORT_PUBLIC_BASE_URL", "foo")))
                .hasMessageContaining("MELDEPORT_PUBLIC_BASE_URL='foo'");
        assertThatThrownBy(() -> GatewayConfig.from(Map.of("MELDEPORT_TOKEN_ALGORITHMS", "HS256")))
                .hasMessageContaining("MELDEPORT_TOKEN_ALGORITHMS='HS256'");
        assertThatThrownBy(() -> GatewayConfig.from(Map.of("MELDEPORT_MODE", "prod")))
                .hasMessageContaining("MELDEPORT_MODE='prod'");
    }

    private static Map<String, String> production() {
        Map<String, String> variables = new HashMap<>();
        variables.put("MELDEPORT_MODE", "production");
        variables.put("MELDEPORT_DB_URL", "jdbc:postgresql://db:5432/meldeport");
        variables.put("MELDEPORT_ISSUER", "https://helseid-sts.test.nhn.no");
        variables.put("MELDEPORT_AUDIENCE", "meldeport");
        variables.put("MELDEPORT_JWKS_URL", "https://helseid-sts.test.nhn.no/.well-known/openid-configuration/jwks");
        variables.put("MELDEPORT_PUBLIC_BASE_URL", "https://meldeport.example.no");
        for (String registry : new String[] {"SYSVAK", "MSIS", "NOKLUS", "NAV"}) {
            variables.put("MELDEPORT_" + registry + "_URL", "https://" + registry.toLowerCase() + ".example.no");
        }
        return variables;
    }
}
