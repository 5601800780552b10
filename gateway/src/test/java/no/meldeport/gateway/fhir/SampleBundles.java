package no.meldeport.gateway.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import no.meldeport.fixtures.samples.Sample;
import no.meldeport.fixtures.samples.Samples;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** Loads samples as HAPI Bundles so tests can change one thing and send the result as JSON. */
final class SampleBundles {

    static final String JSON = "application/fhir+json";
    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private SampleBundles() {
    }

    static Bundle bundle(String sampleName) {
        Sample sample = Samples.byName(sampleName);
        return sample.contentType().endsWith("+xml")
                ? FHIR.newXmlParser().setOverrideResourceIdWithBundleEntryFullUrl(false)
                        .parseResource(Bundle.class, sample.text())
                : FHIR.newJsonParser().setOverrideResourceIdWithBundleEntryFullUrl(false)
                        .parseResource(Bundle.class, sample.text());
    }

    static byte[] json(Resource resource) {
        return FHIR.newJsonParser().encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
    }

    /** Returns the resource of the first entry of the given type. */
    static <T extends Resource> T first(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " in the Bundle"));
    }

    /** Returns the position in Bundle.entry of the first resource of the given type. */
    static int indexOf(Bundle bundle, Class<? extends Resource> type) {
        for (int index = 0; index < bundle.getEntry().size(); index++) {
            if (type.isInstance(bundle.getEntry().get(index).getResource())) {
                return index;
            }
        }
        throw new AssertionError("No " + type.getSimpleName() + " in the Bundle");
    }
}
