package no.meldeport.gateway.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.meldeport.model.ReportType;
import no.meldeport.routes.plan.FanOutPlanner;
import no.meldeport.routes.plan.FanOutPlanningException;
import no.meldeport.routes.plan.PlannedDelivery;
import no.meldeport.routes.plan.PlanningProblem;

/**
 * Plans the deliveries of a parsed submission and turns planning problems into submission issues that point at the
 * resource concerned, so a klinikermelding with a diagnosis that is not notifiable is rejected like any other invalid
 * input.
 */
public final class SubmissionPlanner {

    private final FanOutPlanner planner;

    public SubmissionPlanner(FanOutPlanner planner) {
        this.planner = Objects.requireNonNull(planner, "planner");
    }

    /**
     * Returns one planned delivery per deliverable part.
     *
     * @throws InvalidSubmissionException (status 422) when the parts do not fit the report type
     */
    public List<PlannedDelivery> plan(ParsedSubmission submission) {
        try {
            return planner.plan(submission.type(), submission.contents());
        } catch (FanOutPlanningException e) {
            List<SubmissionIssue> issues = new ArrayList<>();
            for (PlanningProblem problem : e.problems()) {
                issues.add(toIssue(submission, problem));
            }
            InvalidSubmissionException rejection = new InvalidSubmissionException(issues);
            rejection.initCause(e);
            throw rejection;
        }
    }

    private static SubmissionIssue toIssue(ParsedSubmission submission, PlanningProblem problem) {
        String location = submission.locationOf(problem.sourceId());
        ReportType type = submission.type();
        String expectedRegistry = type.registry().map(registry -> registry.displayName()).orElse("");
        return switch (problem.kind()) {
            case DIAGNOSIS_NOT_NOTIFIABLE -> SubmissionIssue.error(
                    IssueMessage.DIAGNOSIS_NOT_NOTIFIABLE, diagnosisLocation(location), null);
            case CONTENT_FOR_OTHER_REGISTRY -> SubmissionIssue.error(
                    IssueMessage.CONTENT_FOR_OTHER_REGISTRY, location, null,
                    type.code(), expectedRegistry, problem.registry().displayName());
            case NO_CONTENT_FOR_REGISTRY -> SubmissionIssue.error(
                    IssueMessage.NO_CONTENT_FOR_REGISTRY, null, null, type.code(), expectedRegistry);
        };
    }

    /**
     * Returns where the diagnosis of a part is: the resource's {@code code} for a FHIR location, the
     * {@code diagnose} field for a JSON Pointer from the REST face.
     */
    private static String diagnosisLocation(String location) {
        if (location == null) {
            return null;
        }
        return location.startsWith("/") ? location + "/diagnose" : location + ".code";
    }
}
