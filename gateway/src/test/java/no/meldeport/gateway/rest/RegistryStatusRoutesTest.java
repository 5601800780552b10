package no.meldeport.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import no.meldeport.gateway.config.MaintenanceWindow;
import no.meldeport.gateway.store.Database;
import no.meldeport.gateway.store.NewDelivery;
import no.meldeport.gateway.store.NewSubmission;
import no.meldeport.gateway.store.SubmissionStore;
import no.meldeport.gateway.store.TestDatabases;
import no.meldeport.model.ClinicalContext;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.Patient;
import no.meldeport.model.PersonIdentifier;
import no.meldeport.model.PersonIdentifierType;
import no.meldeport.model.Registry;
import no.meldeport.model.ReportType;
import no.meldeport.model.Reporter;
import no.meldeport.model.Vaccination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryStatusRoutesTest {

    private static final Instant NOW = Instant.parse("2026-12-05T23:00:00Z");

    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.h2(dir);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void openCircuitMakesRegistryUnavailable() {
        CircuitStates circuits = registry -> Optional.of(registry == Registry.MSIS ? "open" : "closed");
        RegistryStatusRoutes routes = routes(circuits, List.of());

        RegistryStatusRoutes.RegistriesStatus status = routes.report(NOW);

        RegistryStatusRoutes.RegistryStatus msis = find(status, Registry.MSIS);
        assertThat(msis.availability()).isEqualTo("unavailable");
        assertThat(msis.circuitState()).isEqualTo("open");
        assertThat(msis.message()).isEqualTo("MSIS er utilgjengelig, meldingen leveres automatisk senere.");
        assertThat(find(status, Registry.NAV).availability()).isEqualTo("available");
    }

    @Test
    void activeWindowWinsOverOpenCircuit() {
        List<MaintenanceWindow> windows = MaintenanceWindow.parse("sysvak=2026-12-05T22:00Z/2026-12-06T02:00Z;"
                + "sysvak=2026-12-01T22:00Z/2026-12-02T02:00Z;nav=2026-12-24T10:00Z/2026-12-24T12:00Z");
        RegistryStatusRoutes routes = routes(registry -> Optional.of("open"), windows);

        RegistryStatusRoutes.RegistriesStatus status = routes.report(NOW);

        RegistryStatusRoutes.RegistryStatus sysvak = find(status, Registry.SYSVAK);
        assertThat(sysvak.availability()).isEqualTo("maintenance");
        assertThat(sysvak.maintenanceWindows()).singleElement()
                .satisfies(window -> assertThat(window.active()).isTrue());
        assertThat(sysvak.message()).isEqualTo(
                "SYSVAK har planlagt vedlikehold til 06.12.2026 kl. 03:00. Meldingen leveres automatisk etterpå.");
        assertThat(find(status, Registry.NAV).maintenanceWindows()).singleElement()
                .satisfies(window -> assertThat(window.active()).isFalse());
    }

    @Test
    void withoutCircuitBreakersStateIsUnknown() {
        RegistryStatusRoutes.RegistriesStatus status = routes(CircuitStates.NONE, List.of()).report(NOW);

        assertThat(status.registries()).allSatisfy(registry -> {
            assertThat(registry.circuitState()).isEqualTo("unknown");
            assertThat(registry.backlog()).isZero();
            assertThat(registry.oldestPendingSince()).isNull();
        });
    }

    @Test
    void pendingDeliveriesShowAsBacklogWithAge() {
        SubmissionStore store = new SubmissionStore(database.dataSource());
        Instant accepted = NOW.minusSeconds(90);
        DeliveryEnvelope envelope = new DeliveryEnvelope("d1", "s1", accepted, new ClinicalContext(
                new Patient(PersonIdentifier.of(PersonIdentifierType.FODSELSNUMMER, "13031353453"), null, null, null,
                        null, null, null), null, null, null, null), null,
                new Vaccination("vaks-1", new Coding(Vaccination.SYSVAK_SYSTEM, "AII02", null),
                        new Coding(CodeSystems.ATC, "J07BB02", null), OffsetDateTime.parse("2026-12-05T10:00:00Z"),
                        null, null, null, null, null, null));
        store.accept(new NewSubmission("s1", "client", "key-1", "0".repeat(64), ReportType.VACCINATION, "m1",
                new Reporter("client", null, null, null, null, null), accepted,
                List.of(new NewDelivery("d1", Registry.SYSVAK, "a".repeat(64), envelope))));

        RegistryStatusRoutes.RegistryStatus sysvak = find(routes(CircuitStates.NONE, List.of()).report(NOW),
                Registry.SYSVAK);

        assertThat(sysvak.backlog()).isEqualTo(1);
        assertThat(sysvak.retrying()).isZero();
        assertThat(sysvak.oldestPendingSince()).isEqualTo(accepted);
        assertThat(sysvak.oldestPendingAgeSeconds()).isEqualTo(90);
        assertThat(sysvak.availability()).isEqualTo("available");
    }

    private RegistryStatusRoutes routes(CircuitStates circuits, List<MaintenanceWindow> windows) {
        return new RegistryStatusRoutes(new SubmissionStore(database.dataSource()), circuits, windows,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static RegistryStatusRoutes.RegistryStatus find(RegistryStatusRoutes.RegistriesStatus status,
            Registry registry) {
        return status.registries().stream()
                .filter(entry -> entry.registry().equals(registry.id()))
                .findFirst()
                .orElseThrow();
    }
}
