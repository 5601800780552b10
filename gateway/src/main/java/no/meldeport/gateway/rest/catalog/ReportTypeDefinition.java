package no.meldeport.gateway.rest.catalog;

import java.util.List;
import no.meldeport.model.ReportType;

/**
 * One report type as the catalogue describes it: the registries it goes to with their legal basis and scope, the
 * array of the REST document that contains its parts, the FHIR resource that carries a part, the fields of a part, and
 * the names of the example documents among the samples.
 */
public record ReportTypeDefinition(
        ReportType type,
        String name,
        List<RegistryDefinition> registries,
        String partsField,
        String fhirResource,
        List<FieldDefinition> fields,
        String exampleName) {

    public ReportTypeDefinition {
        registries = List.copyOf(registries);
        fields = List.copyOf(fields);
    }

    /** A registry a report type reaches: its id, name, the regulation that makes reporting lawful, and the scope. */
    public record RegistryDefinition(String registry, String name, String legalBasis, String scope) {
    }
}
