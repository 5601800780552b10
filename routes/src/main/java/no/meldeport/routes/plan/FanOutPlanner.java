package no.meldeport.routes.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.meldeport.model.Klinikermelding;
import no.meldeport.model.NotifiableDisease;
import no.meldeport.model.NotifiableDiseaseCatalog;
import no.meldeport.model.Registry;
import no.meldeport.model.ReportContent;
import no.meldeport.model.ReportType;

/**
 * Decides which registry receives which part of a submission. Each vaccination goes to SYSVAK, each diabetes annual
 * control to NOKLUS and each sykmelding to NAV. A klinikermelding candidate goes to MSIS only when the catalogue finds
 * its diagnosis notifiable, and the planner then fills in the MSIS disease name and group.
 *
 * <p>In an encounter report a candidate that is not notifiable is left out, because the reader turns every diagnosis of
 * the encounter into a candidate. A registry report (any type but {@link ReportType#ENCOUNTER_REPORT}) must yield at
 * least one delivery and only deliveries to its own registry, and a klinikermelding report must have notifiable
 * diagnoses only; otherwise {@link #plan} throws {@link FanOutPlanningException} listing every problem.
 *
 * <p>The planner is pure: the same input always gives the same deliveries, in the order of the contents.
 */
public final class FanOutPlanner {

    private final NotifiableDiseaseCatalog catalog;

    public FanOutPlanner(NotifiableDiseaseCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * Plans one delivery per deliverable part. An encounter report with nothing deliverable yields an empty list.
     *
     * @throws FanOutPlanningException when a registry report breaks the rules above
     */
    public List<PlannedDelivery> plan(ReportType reportType, List<ReportContent> contents) {
        Objects.requireNonNull(reportType, "reportType");
        Objects.requireNonNull(contents, "contents");

        List<PlannedDelivery> deliveries = new ArrayList<>();
        List<PlanningProblem> problems = new ArrayList<>();
        for (ReportContent content : contents) {
            if (content instanceof Klinikermelding candidate) {
                planKlinikermelding(reportType, candidate, deliveries, problems);
            } else {
                deliveries.add(PlannedDelivery.of(content));
            }
        }

        reportType.registry().ifPresent(expected -> checkRegistryReport(expected, deliveries, problems));
        if (!problems.isEmpty()) {
            throw new FanOutPlanningException(problems);
        }
        return List.copyOf(deliveries);
    }

    private void planKlinikermelding(
            ReportType reportType,
            Klinikermelding candidate,
            List<PlannedDelivery> deliveries,
            List<PlanningProblem> problems) {
        Optional<NotifiableDisease> disease = candidate.diagnosis() == null
                ? Optional.empty()
                : catalog.find(candidate.diagnosis());
        if (disease.isPresent()) {
            deliveries.add(PlannedDelivery.of(withDisease(candidate, disease.get())));
        } else if (reportType == ReportType.KLINIKERMELDING) {
            problems.add(new PlanningProblem(
                    PlanningProblem.Kind.DIAGNOSIS_NOT_NOTIFIABLE, candidate.sourceId(), Registry.MSIS));
        }
    }

    private static void checkRegistryReport(
            Registry expected, List<PlannedDelivery> deliveries, List<PlanningProblem> problems) {
        boolean anyForExpected = false;
        for (PlannedDelivery delivery : deliveries) {
            if (delivery.registry() == expected) {
                anyForExpected = true;
            } else {
                problems.add(new PlanningProblem(
                        PlanningProblem.Kind.CONTENT_FOR_OTHER_REGISTRY,
                        delivery.content().sourceId(),
                        delivery.registry()));
            }
        }
        if (!anyForExpected && problems.isEmpty()) {
            problems.add(new PlanningProblem(PlanningProblem.Kind.NO_CONTENT_FOR_REGISTRY, null, expected));
        }
    }

    private static Klinikermelding withDisease(Klinikermelding candidate, NotifiableDisease disease) {
        return new Klinikermelding(
                candidate.sourceId(),
                candidate.diagnosis(),
                disease.name(),
                disease.group(),
                candidate.diagnosisDate(),
                candidate.symptomOnsetDate(),
                candidate.infectionMunicipality(),
                candidate.infectionCountry(),
                candidate.exposureSetting(),
                candidate.transmissionRoute(),
                candidate.closeContactConfirmed(),
                candidate.testingReason(),
                candidate.vaccinationStatus(),
                candidate.hospitalised(),
                candidate.note());
    }
}
