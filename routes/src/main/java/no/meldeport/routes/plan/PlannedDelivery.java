package no.meldeport.routes.plan;

import java.util.Objects;
import no.meldeport.model.Registry;
import no.meldeport.model.ReportContent;

/** One part of a submission and the registry it is delivered to. The registry is always the content's own registry. */
public record PlannedDelivery(Registry registry, ReportContent content) {

    public PlannedDelivery {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(content, "content");
        if (content.registry() != registry) {
            throw new IllegalArgumentException(
                    "Content " + content.sourceId() + " belongs to " + content.registry() + ", not " + registry);
        }
    }

    public static PlannedDelivery of(ReportContent content) {
        return new PlannedDelivery(content.registry(), content);
    }
}
