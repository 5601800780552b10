package no.meldeport.routes.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.DiabetesAnnualControl;
import no.meldeport.model.Klinikermelding;
import no.meldeport.model.Measurement;
import no.meldeport.model.NotifiableDisease;
import no.meldeport.model.NotifiableDiseaseCatalog;
import no.meldeport.model.Registry;
import no.meldeport.model.ReportContent;
import no.meldeport.model.ReportType;
import no.meldeport.model.SickLeavePeriod;
import no.meldeport.model.Sykmelding;
import no.meldeport.model.Vaccination;
import org.junit.jupiter.api.Test;

class FanOutPlannerTest {

    private static final Coding CAMPYLOBACTERIOSIS = new Coding(CodeSystems.ICD10, "A04.5", null);
    private static final Coding PERTUSSIS_ICPC2 = new Coding(CodeSystems.ICPC2, "R71", null);
    private static final Coding HYPERTENSION = new Coding(CodeSystems.ICD10, "I10", null);

    private final FanOutPlanner planner = new FanOutPlanner(new TableCatalog(Map.of(
            CAMPYLOBACTERIOSIS, new NotifiableDisease("Campylobacteriose", "A"),
            PERTUSSIS_ICPC2, new NotifiableDisease("Kikhoste", "A"))));

    @Test
    void vaccinationAndNotifiableDiseaseYieldTwo() {
        List<ReportContent> contents = List.of(vaccination("imm-1"), candidate("cond-1", CAMPYLOBACTERIOSIS));

        List<PlannedDelivery> deliveries = planner.plan(ReportType.ENCOUNTER_REPORT, contents);

        assertThat(deliveries).extracting(PlannedDelivery::registry).containsExactly(Registry.SYSVAK, Registry.MSIS);
        assertThat(deliveries).extracting(delivery -> delivery.content().sourceId()).containsExactly("imm-1", "cond-1");
    }

    @Test
    void notifiableDiseaseGetsMsisNameAndGroup() {
        List<ReportContent> contents = List.of(candidate("cond-1", PERTUSSIS_ICPC2));

        List<PlannedDelivery> deliveries = planner.plan(ReportType.KLINIKERMELDING, contents);

        Klinikermelding planned = (Klinikermelding) deliveries.get(0).content();
        assertThat(planned.msisDisease()).isEqualTo("Kikhoste");
        assertThat(planned.msisGroup()).isEqualTo("A");
        assertThat(planned.diagnosis()).isEqualTo(PERTUSSIS_ICPC2);
        assertThat(planned.diagnosisDate()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(planned.exposureSetting()).isEqualTo("Skole");
    }

    @Test
    void threeRegistryEncounterYieldsThree() {
        List<ReportContent> contents = List.of(
                vaccination("imm-1"),
                candidate("cond-diabetes", new Coding(CodeSystems.ICD10, "E11", null)),
                annualControl("obs-panel"),
                candidate("cond-back", new Coding(CodeSystems.ICPC2, "L03", null)),
                sykmelding("comp-1"));

        List<PlannedDelivery> deliveries = planner.plan(ReportType.ENCOUNTER_REPORT, contents);

        assertThat(deliveries).extracting(PlannedDelivery::registry)
                .containsExactly(Registry.SYSVAK, Registry.NOKLUS, Registry.NAV);
    }

    @Test
    void nonNotifiableConditionInEncounterIsNotDelivered() {
        List<ReportContent> contents = List.of(candidate("cond-1", HYPERTENSION), sykmelding("comp-1"));

        List<PlannedDelivery> deliveries = planner.plan(ReportType.ENCOUNTER_REPORT, contents);

        assertThat(deliveries).extracting(PlannedDelivery::registry).containsExactly(Registry.NAV);
    }

    @Test
    void encounterWithNothingReportableYieldsNoDelivery() {
        List<PlannedDelivery> deliveries = planner.plan(ReportType.ENCOUNTER_REPORT, List.of(candidate("c", HYPERTENSION)));

        assertThat(deliveries).isEmpty();
    }

    @Test
    void klinikermeldingWithNonNotifiableDiagnosisIsRejected() {
        List<ReportContent> contents = List.of(candidate("cond-1", CAMPYLOBACTERIOSIS), candidate("cond-2", HYPERTENSION));

        FanOutPlanningException exception = catchThrowableOfType(
                FanOutPlanningException.class, () -> planner.plan(ReportType.KLINIKERMELDING, contents));

        assertThat(exception.problems()).containsExactly(new PlanningProblem(
                PlanningProblem.Kind.DIAGNOSIS_NOT_NOTIFIABLE, "cond-2", Registry.MSIS));
        assertThat(exception.getMessage()).doesNotContain("I10");
    }

    @Test
    void klinikermeldingWithoutDiagnosisIsRejected() {
        List<ReportContent> contents = List.of(candidate("cond-1", null));

        FanOutPlanningException exception = catchThrowableOfType(
                FanOutPlanningException.class, () -> planner.plan(ReportType.KLINIKERMELDING, contents));

        assertThat(exception.problems()).extracting(PlanningProblem::kind)
                .containsExactly(PlanningProblem.Kind.DIAGNOSIS_NOT_NOTIFIABLE);
    }

    @Test
    void foreignPartInRegistryReportRejected() {
        List<ReportContent> contents = List.of(vaccination("imm-1"), sykmelding("comp-1"));

        FanOutPlanningException exception = catchThrowableOfType(
                FanOutPlanningException.class, () -> planner.plan(ReportType.VACCINATION, contents));

        assertThat(exception.problems()).containsExactly(new PlanningProblem(
                PlanningProblem.Kind.CONTENT_FOR_OTHER_REGISTRY, "comp-1", Registry.NAV));
    }

    @Test
    void registryReportWithoutItsPartIsRejected() {
        FanOutPlanningException exception = catchThrowableOfType(
                FanOutPlanningException.class, () -> planner.plan(ReportType.DIABETES_ANNUAL_CONTROL, List.of()));

        assertThat(exception.problems()).containsExactly(new PlanningProblem(
                PlanningProblem.Kind.NO_CONTENT_FOR_REGISTRY, null, Registry.NOKLUS));
    }

    @Test
    void eachRegistryReportYieldsItsRegistry() {
        assertThat(planner.plan(ReportType.VACCINATION, List.of(vaccination("i"))))
                .extracting(PlannedDelivery::registry).containsExactly(Registry.SYSVAK);
        assertThat(planner.plan(ReportType.DIABETES_ANNUAL_CONTROL, List.of(annualControl("o"))))
                .extracting(PlannedDelivery::registry).containsExactly(Registry.NOKLUS);
        assertThat(planner.plan(ReportType.SYKMELDING, List.of(sykmelding("c"))))
                .extracting(PlannedDelivery::registry).containsExactly(Registry.NAV);
    }

    @Test
    void deliveryRejectsContentOfAnotherRegistry() {
        assertThatThrownBy(() -> new PlannedDelivery(Registry.MSIS, vaccination("imm-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Vaccination vaccination(String sourceId) {
        return new Vaccination(
                sourceId,
                new Coding(Vaccination.SYSVAK_SYSTEM, "AII02", "Fluad"),
                new Coding(CodeSystems.ATC, "J07BB02", null),
                OffsetDateTime.of(2026, 11, 16, 10, 0, 0, 0, ZoneOffset.ofHours(1)),
                "LOT1",
                1,
                null,
                null,
                null,
                true);
    }

    private static Klinikermelding candidate(String sourceId, Coding diagnosis) {
        return new Klinikermelding(sourceId, diagnosis, null, null, LocalDate.of(2026, 11, 16), null, null, null,
                "Skole", null, null, null, null, null, null);
    }

    private static DiabetesAnnualControl annualControl(String sourceId) {
        Measurement hba1c = new Measurement(
                new Coding(CodeSystems.NLK, "NPU27300", null), new BigDecimal("53"), "mmol/mol", null);
        return new DiabetesAnnualControl(sourceId, LocalDate.of(2026, 11, 16), new Coding(CodeSystems.ICD10, "E11", null),
                2019, List.of(hba1c), null, null, null, null, null, List.of(), List.of());
    }

    private static Sykmelding sykmelding(String sourceId) {
        SickLeavePeriod period = new SickLeavePeriod(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 29),
                SickLeavePeriod.Kind.ACTIVITY_NOT_POSSIBLE, null, null, null, null);
        return new Sykmelding(sourceId, new Coding(CodeSystems.ICPC2, "L03", null), List.of(), List.of(period), null,
                OffsetDateTime.of(2026, 11, 16, 10, 0, 0, 0, ZoneOffset.ofHours(1)), null, true, null);
    }

    /** A two-entry stand-in for the MSIS table, keyed by exact system and code. */
    private record TableCatalog(Map<Coding, NotifiableDisease> diseases) implements NotifiableDiseaseCatalog {

        @Override
        public Optional<NotifiableDisease> find(Coding diagnosis) {
            return Optional.ofNullable(diseases.get(new Coding(diagnosis.system(), diagnosis.code(), null)));
        }
    }
}
