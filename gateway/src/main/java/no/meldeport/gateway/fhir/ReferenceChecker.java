package no.meldeport.gateway.fhir;

import java.util.List;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.SubmissionIssue;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;

/**
 * Finds every reference in every entry, at any depth (extensions and contained resources included), that does not
 * resolve inside the Bundle. A message is processed on its own, so a reference to anything outside it is an error.
 * References to contained resources ({@code #id}) are left to the HAPI parser, and logical references (an
 * {@code identifier} without {@code reference}) are allowed.
 */
final class ReferenceChecker {

    private ReferenceChecker() {
    }

    static void check(BundleIndex index, List<SubmissionIssue> issues) {
        for (BundleIndex.Entry entry : index.entries()) {
            visit(entry.resource(), entry.expression(), index, issues);
        }
    }

    private static void visit(Base element, String path, BundleIndex index, List<SubmissionIssue> issues) {
        if (element instanceof Reference reference) {
            checkReference(reference, path, index, issues);
        }
        for (Property property : element.children()) {
            if (!property.hasValues()) {
                continue;
            }
            String name = property.getName().replace("[x]", "");
            List<Base> values = property.getValues();
            boolean repeats = property.getMaxCardinality() > 1;
            for (int position = 0; position < values.size(); position++) {
                Base value = values.get(position);
                if (value == null || value.isPrimitive()) {
                    continue;
                }
                String childPath = path + "." + name + (repeats ? "[" + position + "]" : "");
                visit(value, childPath, index, issues);
            }
        }
    }

    private static void checkReference(
            Reference reference, String path, BundleIndex index, List<SubmissionIssue> issues) {
        if (!reference.hasReference()) {
            return;
        }
        String target = reference.getReference();
        if (target.startsWith("#")) {
            return;
        }
        if (index.resolve(target).isEmpty()) {
            issues.add(SubmissionIssue.error(IssueMessage.REFERENCE_NOT_FOUND, path + ".reference", target, target));
        }
    }
}
