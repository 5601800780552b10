package no.meldeport.routes.plan;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a submission cannot be split into deliveries. It carries every problem found, and its message names
 * only kinds, source ids and registries, never a diagnosis or a person.
 */
public final class FanOutPlanningException extends RuntimeException {

    private final List<PlanningProblem> problems;

    public FanOutPlanningException(List<PlanningProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A planning exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<PlanningProblem> problems() {
        return problems;
    }

    private static String describe(List<PlanningProblem> problems) {
        return "Submission cannot be planned: " + problems.stream()
                .map(problem -> problem.kind() + " (source=" + problem.sourceId() + ", registry=" + problem.registry() + ")")
                .collect(Collectors.joining("; "));
    }
}
