package no.meldeport.gateway.rest;

import no.meldeport.gateway.ingress.AuthenticateProcessor;
import no.meldeport.gateway.ingress.IngressErrorHandling;
import no.meldeport.gateway.ingress.IngressPaths;
import no.meldeport.gateway.rest.catalog.ReportTypeCatalogView;
import org.apache.camel.builder.RouteBuilder;

/** {@code GET /api/v1/report-types}: the catalogue of report types, built once from their definitions. */
public final class ReportTypeCatalogRoutes extends RouteBuilder {

    public static final String ROUTE_ID = "report-type-catalog";

    private final ReportTypeCatalogView catalog;

    public ReportTypeCatalogRoutes(ReportTypeCatalogView catalog) {
        this.catalog = catalog;
    }

    @Override
    public void configure() {
        from(IngressPaths.endpoint(ApiPaths.REPORT_TYPES, "GET"))
                .routeId(ROUTE_ID)
                .routeConfigurationId(IngressErrorHandling.CONFIGURATION_ID)
                .process("#" + AuthenticateProcessor.BEAN)
                .process(exchange -> ApiResponses.json(exchange.getMessage(), 200, catalog));
    }
}
