package no.meldeport.routes.plan;

import java.util.Objects;
import no.meldeport.model.Registry;

/**
 * A reason that a submission cannot be planned. {@code sourceId} names the part concerned ({@code null} when the problem is
 * about the whole submission) and {@code registry} the registry involved. Neither carries personal data, so a problem
 * may be logged.
 */
public record PlanningProblem(Kind kind, String sourceId, Registry registry) {

    public PlanningProblem {
        Objects.requireNonNull(kind, "kind");
    }

    /** The kinds of planning problem. */
    public enum Kind {
        /** A klinikermelding report whose diagnosis is not in the table of notifiable diseases. */
        DIAGNOSIS_NOT_NOTIFIABLE,
        /** A registry report with a part for another registry, for example a sykmelding inside a vaccination report. */
        CONTENT_FOR_OTHER_REGISTRY,
        /** A registry report with nothing to deliver to its registry. */
        NO_CONTENT_FOR_REGISTRY
    }
}
