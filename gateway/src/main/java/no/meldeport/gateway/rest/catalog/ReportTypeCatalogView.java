package no.meldeport.gateway.rest.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.meldeport.fixtures.samples.RestSamples;
import no.meldeport.gateway.json.Json;
import no.meldeport.gateway.reporttype.ReportTypeCatalog;
import no.meldeport.model.ReportType;

/**
 * The body of {@code GET /api/v1/report-types}: every report type with its registries, legal basis, scopes, the REST
 * document's fields and an example document, and the FHIR event code and resource that carry the same report.
 */
public record ReportTypeCatalogView(List<Entry> reportTypes) {

    public ReportTypeCatalogView {
        reportTypes = List.copyOf(reportTypes);
    }

    /** Builds the catalogue from the definitions, with each type's example document from the REST samples. */
    public static ReportTypeCatalogView from(List<ReportTypeDefinition> definitions, ReportTypeCatalog rules) {
        List<Entry> entries = new ArrayList<>();
        for (ReportTypeDefinition definition : definitions) {
            Set<String> scopes = new LinkedHashSet<>();
            definition.registries().forEach(registry -> scopes.add(registry.scope()));
            entries.add(new Entry(
                    definition.type().code(),
                    definition.name(),
                    definition.registries(),
                    List.copyOf(scopes),
                    new Rest("/api/v1/reports", definition.partsField(), definition.fields(),
                            example(definition.exampleName())),
                    new Fhir("/fhir/$process-message", ReportType.CODE_SYSTEM, definition.type().code(),
                            definition.fhirResource()),
                    ValidationRulesView.of(rules.definition(definition.type()), rules.contextRules())));
        }
        return new ReportTypeCatalogView(entries);
    }

    private static JsonNode example(String sampleName) {
        try {
            return Json.mapper().readTree(RestSamples.byName(sampleName).bytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the example " + sampleName, e);
        }
    }

    /**
     * One report type. {@code scopes} are those a token needs for it; an encounter report needs the scope of each
     * registry it actually reaches.
     */
    public record Entry(
            String code,
            String name,
            List<ReportTypeDefinition.RegistryDefinition> registries,
            List<String> scopes,
            Rest rest,
            Fhir fhir,
            ValidationRulesView validation) {
    }

    /** The REST face: the endpoint, the array holding the parts (null for an encounter report), fields, example. */
    public record Rest(String path, String partsField, List<FieldDefinition> fields, JsonNode example) {
    }

    /** The FHIR face: the operation, the MessageHeader event coding and the resource that carries a part. */
    public record Fhir(String operation, String eventSystem, String eventCode, String resource) {
    }
}
