package no.meldeport.gateway.rest;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import no.meldeport.gateway.config.MaintenanceWindow;
import no.meldeport.gateway.ingress.FhirResponses;
import no.meldeport.gateway.ingress.PublicAddress;
import no.meldeport.gateway.ingress.SubmissionIntake;
import no.meldeport.gateway.reporttype.ReportTypeCatalog;
import no.meldeport.gateway.validation.SubmissionCheck;
import no.meldeport.gateway.rest.catalog.ReportTypeCatalogView;
import no.meldeport.gateway.rest.catalog.ReportTypeDefinition;
import no.meldeport.gateway.rest.catalog.ReportTypeDefinitions;
import no.meldeport.gateway.rest.fhir.FhirReadRoutes;
import no.meldeport.gateway.store.SubmissionStore;
import org.apache.camel.RoutesBuilder;

/**
 * The route builders of the plain REST face, the status and receipt endpoints, the FHIR read endpoints and the API
 * description, in one list for the gateway to register.
 */
public final class ApiRoutes {

    private ApiRoutes() {
    }

    public static List<RoutesBuilder> all(SubmissionCheck check, SubmissionIntake intake, SubmissionStore store, FhirResponses fhirResponses,
            PublicAddress publicAddress, CircuitStates circuits, List<MaintenanceWindow> maintenanceWindows,
            Clock clock) {
        List<ReportTypeDefinition> reportTypes = ReportTypeDefinitions.all();
        return List.of(
                new RestReportRoutes(new RestReportReader(), check, intake, publicAddress),
                new SubmissionListRoutes(store, publicAddress),
                new ReceiptRoutes(store),
                new ReportTypeCatalogRoutes(ReportTypeCatalogView.from(reportTypes, ReportTypeCatalog.standard())),
                new RegistryStatusRoutes(store, circuits, maintenanceWindows, clock),
                new FhirReadRoutes(store, fhirResponses, publicAddress, reportTypes, Date.from(clock.instant())),
                new OpenApiRoutes());
    }
}
