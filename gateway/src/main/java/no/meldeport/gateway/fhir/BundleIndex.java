package no.meldeport.gateway.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.SubmissionIssue;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The entries of a message Bundle with their positions, and the resolution of references between them. A reference
 * resolves when it equals an entry's {@code fullUrl} (such as {@code urn:uuid:…} or an absolute URL), or when it is a
 * relative {@code Type/id} that matches an entry's resource type and id or the end of its {@code fullUrl}. A version
 * suffix ({@code /_history/n}) is ignored.
 */
final class BundleIndex {

    /** One entry with a resource: its position in {@code Bundle.entry} and its {@code fullUrl} (may be null). */
    record Entry(int index, String fullUrl, Resource resource) {

        /** Returns the FHIRPath expression of this entry's resource, for example {@code Bundle.entry[3].resource}. */
        String expression() {
            return "Bundle.entry[" + index + "].resource";
        }

        String type() {
            return resource.fhirType();
        }

        /**
         * Returns the id that names this resource in receipts and issues: {@code Type/id} when the resource has an id,
         * else its fullUrl, else its entry position. It is unique within a Bundle whose fullUrls are unique.
         */
        String sourceId() {
            String id = resource.getIdElement().getIdPart();
            if (id != null && !id.isBlank()) {
                return type() + "/" + id;
            }
            return fullUrl != null ? fullUrl : "Bundle.entry[" + index + "]";
        }

        boolean is(Class<? extends Resource> resourceClass) {
            return resourceClass.isInstance(resource);
        }
    }

    private static final String HISTORY = "/_history/";

    private final List<Entry> entries;
    private final Map<String, Entry> byFullUrl;
    private final Map<String, Entry> byTypeAndId;

    private BundleIndex(List<Entry> entries, Map<String, Entry> byFullUrl, Map<String, Entry> byTypeAndId) {
        this.entries = List.copyOf(entries);
        this.byFullUrl = Map.copyOf(byFullUrl);
        this.byTypeAndId = Map.copyOf(byTypeAndId);
    }

    /** Indexes the Bundle, adding an issue for each entry without a resource and each repeated fullUrl. */
    static BundleIndex of(Bundle bundle, List<SubmissionIssue> issues) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Entry> byFullUrl = new HashMap<>();
        Map<String, Entry> byTypeAndId = new HashMap<>();
        List<Bundle.BundleEntryComponent> components = bundle.getEntry();
        for (int index = 0; index < components.size(); index++) {
            Bundle.BundleEntryComponent component = components.get(index);
            if (component.getResource() == null) {
                issues.add(SubmissionIssue.error(
                        IssueMessage.ENTRY_WITHOUT_RESOURCE, "Bundle.entry[" + index + "]", null));
                continue;
            }
            String fullUrl = component.hasFullUrl() ? component.getFullUrl() : null;
            Entry entry = new Entry(index, fullUrl, component.getResource());
            entries.add(entry);
            if (fullUrl != null && byFullUrl.putIfAbsent(fullUrl, entry) != null) {
                issues.add(SubmissionIssue.error(IssueMessage.DUPLICATE_FULL_URL,
                        "Bundle.entry[" + index + "].fullUrl", fullUrl, fullUrl));
            }
            String id = entry.resource().getIdElement().getIdPart();
            if (id != null && !id.isBlank()) {
                byTypeAndId.putIfAbsent(entry.type() + "/" + id, entry);
            }
        }
        return new BundleIndex(entries, byFullUrl, byTypeAndId);
    }

    List<Entry> entries() {
        return entries;
    }

    /** Returns the entry at position 0 of {@code Bundle.entry}, if it has a resource. */
    Optional<Entry> first() {
        return entries.isEmpty() || entries.get(0).index() != 0 ? Optional.empty() : Optional.of(entries.get(0));
    }

    List<Entry> ofType(Class<? extends Resource> resourceClass) {
        return entries.stream().filter(entry -> entry.is(resourceClass)).toList();
    }

    /** Returns the entry a reference points to; empty for a missing, contained ({@code #id}) or unresolved one. */
    Optional<Entry> resolve(Reference reference) {
        if (reference == null || !reference.hasReference()) {
            return Optional.empty();
        }
        return resolve(reference.getReference());
    }

    Optional<Entry> resolve(String reference) {
        if (reference == null || reference.isBlank() || reference.startsWith("#")) {
            return Optional.empty();
        }
        String target = withoutVersion(reference);
        Entry exact = byFullUrl.get(target);
        if (exact != null) {
            return Optional.of(exact);
        }
        Entry byId = byTypeAndId.get(target);
        if (byId != null) {
            return Optional.of(byId);
        }
        if (isRelative(target)) {
            String suffix = "/" + target;
            return entries.stream()
                    .filter(entry -> entry.fullUrl() != null && entry.fullUrl().endsWith(suffix))
                    .findFirst();
        }
        return Optional.empty();
    }

    private static String withoutVersion(String reference) {
        int history = reference.indexOf(HISTORY);
        return history < 0 ? reference : reference.substring(0, history);
    }

    private static boolean isRelative(String reference) {
        return !reference.contains(":") && reference.indexOf('/') > 0;
    }
}
