package no.meldeport.gateway.rest.fhir;

import java.util.Date;
import java.util.List;
import no.meldeport.gateway.rest.catalog.ReportTypeDefinition;
import no.meldeport.model.ReportType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.MessageDefinition;

/**
 * The self-description of the FHIR face: the CapabilityStatement of {@code GET /fhir/metadata} and one
 * MessageDefinition per report type. Both are built from the report-type definitions, so they list exactly the report
 * types the gateway reads.
 */
public final class FhirMetadata {

    /** The canonical base of Meldeport's MessageDefinitions; the report-type code follows. */
    public static final String MESSAGE_DEFINITION_BASE = "https://meldeport.no/fhir/MessageDefinition/";
    public static final String SECURITY_SERVICE_SYSTEM = "http://terminology.hl7.org/CodeSystem/restful-security-service";

    private FhirMetadata() {
    }

    public static CapabilityStatement capabilityStatement(String baseUrl, List<ReportTypeDefinition> definitions,
            Date published) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setDate(published);
        statement.setPublisher("Meldeport");
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement.addFormat("application/fhir+json");
        statement.addFormat("application/fhir+xml");
        statement.getImplementation().setDescription("Meldeport: one gateway from EPJ systems to SYSVAK, MSIS,"
                + " NOKLUS and NAV").setUrl(baseUrl + "/fhir");
        statement.getSoftware().setName("Meldeport");

        CapabilityStatement.CapabilityStatementRestComponent rest = statement.addRest();
        rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity().addService(new CodeableConcept(new Coding(SECURITY_SERVICE_SYSTEM, "OAuth", "OAuth")))
                .setDescription("OAuth 2.0 client credentials (HelseID). Send Authorization: DPoP <token> with a"
                        + " DPoP proof (RFC 9449) in the DPoP header; embedded mode also accepts Bearer tokens."
                        + " Each registry needs its scope: meldeport:sysvak, meldeport:msis, meldeport:noklus,"
                        + " meldeport:nav.");
        rest.addOperation().setName("process-message")
                .setDefinition("http://hl7.org/fhir/OperationDefinition/MessageHeader-process-message");
        // Meldeport's $validate takes the message Bundle itself, not a Parameters resource as the core operation does.
        rest.addOperation().setName("validate")
                .setDefinition("http://hl7.org/fhir/OperationDefinition/Resource-validate")
                .setDocumentation("POST the same message Bundle to /fhir/$validate: every check of $process-message,"
                        + " nothing stored or delivered; 200 with warnings, or the same 4xx OperationOutcome.");
        rest.addResource().setType("Task")
                .setProfile("http://hl7.org/fhir/StructureDefinition/Task")
                .addInteraction(new CapabilityStatement.ResourceInteractionComponent()
                        .setCode(CapabilityStatement.TypeRestfulInteraction.READ))
                .addInteraction(new CapabilityStatement.ResourceInteractionComponent()
                        .setCode(CapabilityStatement.TypeRestfulInteraction.SEARCHTYPE))
                .addSearchParam().setName("focus").setType(Enumerations.SearchParamType.REFERENCE)
                .setDocumentation("The submission: Bundle/<submission id> or the submission id alone");
        rest.addResource().setType("DocumentReference")
                .addInteraction(new CapabilityStatement.ResourceInteractionComponent()
                        .setCode(CapabilityStatement.TypeRestfulInteraction.READ))
                .setDocumentation("The receipt of a submission for the journal; its id is the submission id");
        rest.addResource().setType("MessageDefinition")
                .addInteraction(new CapabilityStatement.ResourceInteractionComponent()
                        .setCode(CapabilityStatement.TypeRestfulInteraction.SEARCHTYPE))
                .setDocumentation("The report types as message definitions");

        CapabilityStatement.CapabilityStatementMessagingComponent messaging = statement.addMessaging();
        messaging.setDocumentation("POST a message Bundle to /fhir/$process-message; MessageHeader.eventCoding names"
                + " the report type with system " + ReportType.CODE_SYSTEM + ".");
        for (ReportTypeDefinition definition : definitions) {
            messaging.addSupportedMessage()
                    .setMode(CapabilityStatement.EventCapabilityMode.RECEIVER)
                    .setDefinition(MESSAGE_DEFINITION_BASE + definition.type().code());
        }
        return statement;
    }

    /** Returns the report types as a searchset Bundle of MessageDefinitions. */
    public static Bundle messageDefinitions(List<ReportTypeDefinition> definitions, Date published) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal(definitions.size());
        for (ReportTypeDefinition definition : definitions) {
            MessageDefinition message = new MessageDefinition();
            message.setId(definition.type().code());
            message.setUrl(MESSAGE_DEFINITION_BASE + definition.type().code());
            message.setName(definition.type().name());
            message.setTitle(definition.name());
            message.setStatus(Enumerations.PublicationStatus.ACTIVE);
            message.setDate(published);
            message.setEvent(new Coding(ReportType.CODE_SYSTEM, definition.type().code(), definition.name()));
            message.setCategory(MessageDefinition.MessageSignificanceCategory.NOTIFICATION);
            message.addFocus().setCode(definition.fhirResource()).setMin(1).setMax("*");
            StringBuilder purpose = new StringBuilder("Delivered to");
            definition.registries().forEach(registry -> purpose.append(' ').append(registry.name())
                    .append(" (").append(registry.legalBasis()).append(", scope ").append(registry.scope())
                    .append(");"));
            message.setPurpose(purpose.substring(0, purpose.length() - 1) + ".");
            bundle.addEntry().setResource(message);
        }
        return bundle;
    }
}
