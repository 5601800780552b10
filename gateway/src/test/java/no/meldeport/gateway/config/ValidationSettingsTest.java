package no.meldeport.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import no.meldeport.gateway.validation.body.BodyLimits;
import org.junit.jupiter.api.Test;

class ValidationSettingsTest {

    @Test
    void embeddedDefaultsAllowSyntheticNumbers() {
        ValidationSettings settings = ValidationSettings.from(new Settings(Map.of()), true);

        assertThat(settings.allowSyntheticIds()).isTrue();
        assertThat(settings.idempotencyRetention()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.bodyLimits(BodyLimits.DEFAULT_MAX_BYTES)).isEqualTo(BodyLimits.DEFAULTS);
    }

    @Test
    void productionDefaultsRejectSyntheticNumbers() {
        assertThat(ValidationSettings.from(new Settings(Map.of()), false).allowSyntheticIds()).isFalse();
    }

    @Test
    void variablesOverrideDefaults() {
        ValidationSettings settings = ValidationSettings.from(new Settings(Map.of(
                "MELDEPORT_ALLOW_SYNTHETIC_IDS", "false",
                "MELDEPORT_MAX_NESTING_DEPTH", "32",
                "MELDEPORT_MAX_ARRAY_ITEMS", "500",
                "MELDEPORT_MAX_BUNDLE_ENTRIES", "200",
                "MELDEPORT_IDEMPOTENCY_RETENTION_DAYS", "30")), true);

        assertThat(settings.allowSyntheticIds()).isFalse();
        assertThat(settings.bodyLimits(1024)).isEqualTo(new BodyLimits(1024, 32, 500, 200));
        assertThat(settings.idempotencyRetention()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void retentionShorterThanWeekIsRejected() {
        assertThatThrownBy(() -> ValidationSettings.from(
                new Settings(Map.of("MELDEPORT_IDEMPOTENCY_RETENTION_DAYS", "6")), true))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("MELDEPORT_IDEMPOTENCY_RETENTION_DAYS='6'");
    }

    @Test
    void gatewayConfigCarriesSettings() {
        GatewayConfig config = GatewayConfig.from(Map.of("MELDEPORT_MAX_BUNDLE_ENTRIES", "50"));

        assertThat(config.validation().maxBundleEntries()).isEqualTo(50);
        assertThat(config.toString()).contains("validation=");
    }
}
