package no.meldeport.gateway.validation.body;

import java.util.Map;
import java.util.Optional;

/**
 * Signs that a body is FHIR of another version than R4, so the sender learns the real reason instead of a list of
 * unknown elements. The resource types are those each version has and R4 (4.0.1) does not; the MessageHeader elements
 * are the event element of STU3 and DSTU2 ({@code event}, a Coding) and of R5 ({@code eventCanonical}).
 */
public final class FhirVersionMarkers {

    private static final Map<String, String> RESOURCE_TYPES = Map.ofEntries(
            Map.entry("Conformance", "DSTU2"),
            Map.entry("DiagnosticOrder", "DSTU2"),
            Map.entry("Order", "DSTU2"),
            Map.entry("OrderResponse", "DSTU2"),
            Map.entry("DeviceUseRequest", "DSTU2"),
            Map.entry("ProcedureRequest", "STU3"),
            Map.entry("ReferralRequest", "STU3"),
            Map.entry("DataElement", "STU3"),
            Map.entry("ExpansionProfile", "STU3"),
            Map.entry("ImagingManifest", "STU3"),
            Map.entry("ProcessRequest", "STU3"),
            Map.entry("ProcessResponse", "STU3"),
            Map.entry("EligibilityRequest", "STU3"),
            Map.entry("EligibilityResponse", "STU3"),
            Map.entry("Sequence", "STU3"),
            Map.entry("ServiceDefinition", "STU3"),
            Map.entry("BodySite", "STU3"),
            Map.entry("DeviceComponent", "STU3"),
            Map.entry("ActorDefinition", "R5"),
            Map.entry("ArtifactAssessment", "R5"),
            Map.entry("FormularyItem", "R5"),
            Map.entry("GenomicStudy", "R5"),
            Map.entry("ImagingSelection", "R5"),
            Map.entry("InventoryItem", "R5"),
            Map.entry("InventoryReport", "R5"),
            Map.entry("NutritionIntake", "R5"),
            Map.entry("Permission", "R5"),
            Map.entry("Requirements", "R5"),
            Map.entry("SubscriptionStatus", "R4B or R5"),
            Map.entry("SubscriptionTopic", "R4B or R5"),
            Map.entry("Transport", "R5"));

    private FhirVersionMarkers() {
    }

    /** Returns the FHIR version a resource type belongs to when R4 does not have it. */
    public static Optional<String> versionOfResourceType(String resourceType) {
        return Optional.ofNullable(RESOURCE_TYPES.get(resourceType));
    }

    /** Returns the FHIR version a MessageHeader element belongs to when R4 does not have it. */
    public static Optional<String> versionOfMessageHeaderElement(String element) {
        return switch (element) {
            case "event" -> Optional.of("STU3 or DSTU2");
            case "eventCanonical" -> Optional.of("R5");
            default -> Optional.empty();
        };
    }
}
