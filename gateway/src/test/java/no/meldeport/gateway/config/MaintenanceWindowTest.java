package no.meldeport.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import no.meldeport.model.Registry;
import org.junit.jupiter.api.Test;

class MaintenanceWindowTest {

    @Test
    void parsesSeveralWindows() {
        List<MaintenanceWindow> windows = MaintenanceWindow.parse(
                "sysvak=2026-12-05T22:00Z/2026-12-06T02:00Z; nav=2026-12-07T18:00:00+01:00/2026-12-07T20:00:00+01:00");

        assertThat(windows).containsExactly(
                new MaintenanceWindow(Registry.SYSVAK, Instant.parse("2026-12-05T22:00:00Z"),
                        Instant.parse("2026-12-06T02:00:00Z")),
                new MaintenanceWindow(Registry.NAV, Instant.parse("2026-12-07T17:00:00Z"),
                        Instant.parse("2026-12-07T19:00:00Z")));
    }

    @Test
    void windowIsActiveFromStartUntilEnd() {
        MaintenanceWindow window = MaintenanceWindow.parse("msis=2026-12-05T22:00Z/2026-12-06T02:00Z").get(0);

        assertThat(window.isActiveAt(Instant.parse("2026-12-05T21:59:59Z"))).isFalse();
        assertThat(window.isActiveAt(Instant.parse("2026-12-05T22:00:00Z"))).isTrue();
        assertThat(window.isActiveAt(Instant.parse("2026-12-06T02:00:00Z"))).isFalse();
    }

    @Test
    void emptyValueHasNoWindows() {
        assertThat(MaintenanceWindow.parse("")).isEmpty();
        assertThat(MaintenanceWindow.parse(null)).isEmpty();
    }

    @Test
    void invalidEntriesFailFastNamingTheEntry() {
        for (String value : List.of("sysvak", "x-ray=2026-12-05T22:00Z/2026-12-06T02:00Z",
                "nav=2026-12-06T02:00Z/2026-12-05T22:00Z", "nav=tomorrow/later")) {
            assertThatThrownBy(() -> MaintenanceWindow.parse(value)).as(value)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining(MaintenanceWindow.VARIABLE);
        }
    }
}
