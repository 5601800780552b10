package no.meldeport.gateway.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.DiabetesAnnualControl;
import no.meldeport.model.Klinikermelding;
import no.meldeport.model.Registry;
import no.meldeport.model.SickLeavePeriod;
import no.meldeport.model.Sykmelding;
import no.meldeport.model.Vaccination;
import org.junit.jupiter.api.Test;

class JournalTextsTest {

    private static final Vaccination INFLUENZA = new Vaccination("vaks-1",
            new Coding(Vaccination.SYSVAK_SYSTEM, "AII02", "Fluad"), new Coding(CodeSystems.ATC, "J07BB02", null),
            OffsetDateTime.parse("2026-12-04T10:15:00+01:00"), "AB123", 1, null, null, null, true);

    @Test
    void deliveredVaccinationReadsLikeJournalNote() {
        String text = JournalTexts.delivered(Registry.SYSVAK, INFLUENZA, Instant.parse("2026-12-04T09:32:10Z"),
                "8F2K-19");

        assertThat(text).isEqualTo("Meldt til SYSVAK 04.12.2026 kl. 10:32: influensavaksine (Fluad), dose 1,"
                + " batch AB123. Kvittering 8F2K-19.");
    }

    @Test
    void timeIsOsloTimeAcrossDaylightSaving() {
        assertThat(JournalTexts.time(Instant.parse("2026-07-01T22:05:00Z"))).isEqualTo("02.07.2026 kl. 00:05");
        assertThat(JournalTexts.time(Instant.parse("2026-01-01T22:05:00Z"))).isEqualTo("01.01.2026 kl. 23:05");
    }

    @Test
    void vaccineOutsideKnownGroupsIsNamedByCode() {
        Vaccination other = new Vaccination("v", new Coding(Vaccination.SYSVAK_SYSTEM, "XYZ01", null),
                new Coding(CodeSystems.ATC, "J07XA01", null), OffsetDateTime.parse("2026-12-04T10:15:00+01:00"),
                null, null, null, null, null, null);

        assertThat(JournalTexts.describe(other)).isEqualTo("vaksine XYZ01");
    }

    @Test
    void klinikermeldingNamesDiseaseAndCode() {
        Klinikermelding melding = new Klinikermelding("k", new Coding(CodeSystems.ICD10, "A04.5", null),
                "Campylobacteriose", "A", LocalDate.of(2026, 11, 9), null, null, null, null, null, null, null, null,
                null, null);

        assertThat(JournalTexts.describe(melding))
                .isEqualTo("klinikermelding om campylobacteriose (ICD-10 A04.5), diagnosedato 09.11.2026");
    }

    @Test
    void annualControlNamesDateAndDiagnosis() {
        DiabetesAnnualControl control = new DiabetesAnnualControl("d", LocalDate.of(2026, 11, 18),
                new Coding(CodeSystems.ICPC2, "T90", null), null, List.of(), null, null, null, null, null, null,
                null);

        assertThat(JournalTexts.describe(control)).isEqualTo("diabetes årskontroll 18.11.2026 (ICPC-2 T90)");
    }

    @Test
    void sykmeldingListsEveryPeriod() {
        Sykmelding sykmelding = new Sykmelding("s", new Coding(CodeSystems.ICPC2, "L96", null), List.of(), List.of(
                new SickLeavePeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 14),
                        SickLeavePeriod.Kind.ACTIVITY_NOT_POSSIBLE, null, null, null, null),
                new SickLeavePeriod(LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 28),
                        SickLeavePeriod.Kind.GRADED, 50, null, null, null)),
                null, OffsetDateTime.parse("2026-12-01T09:00:00+01:00"), null, null, null);

        assertThat(JournalTexts.describe(sykmelding)).isEqualTo(
                "sykmelding 01.12.2026–14.12.2026 100 %, 15.12.2026–28.12.2026 50 % (ICPC-2 L96)");
    }

    @Test
    void pendingAndFailedSayWhatHappens() {
        assertThat(JournalTexts.pending(Registry.SYSVAK, INFLUENZA))
                .startsWith("Venter på levering til SYSVAK: influensavaksine").endsWith("leverer automatisk.");
        assertThat(JournalTexts.failed(Registry.SYSVAK, INFLUENZA)).startsWith("Ikke levert til SYSVAK: ");
    }
}
