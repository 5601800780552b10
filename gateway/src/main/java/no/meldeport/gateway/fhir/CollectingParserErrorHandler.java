package no.meldeport.gateway.fhir;

import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import java.util.ArrayList;
import java.util.List;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.SubmissionIssue;

/**
 * Collects every problem the HAPI parser reports instead of stopping at the first, so the submitter sees them all.
 * HAPI 8.6 reports at most the name of the enclosing element, so these expressions are {@code parent.element} or just
 * the element name (for example {@code birthDate}), not full paths from {@code Bundle}. One handler serves one parse.
 */
final class CollectingParserErrorHandler implements IParserErrorHandler {

    private final List<SubmissionIssue> issues = new ArrayList<>();

    List<SubmissionIssue> issues() {
        return List.copyOf(issues);
    }

    @Override
    public void unknownElement(IParseLocation location, String elementName) {
        String path = path(location, elementName);
        issues.add(SubmissionIssue.error(IssueMessage.UNKNOWN_ELEMENT, path, elementName, path));
    }

    @Override
    public void unknownAttribute(IParseLocation location, String attributeName) {
        String path = path(location, attributeName);
        issues.add(SubmissionIssue.error(IssueMessage.UNKNOWN_ATTRIBUTE, path, attributeName, path));
    }

    /** Leaves the invalid value out of the issue, because it may be personal data such as a birth date. */
    @Override
    public void invalidValue(IParseLocation location, String value, String error) {
        String path = parent(location);
        String detail = error == null ? null : mask(error, value);
        issues.add(SubmissionIssue.error(IssueMessage.INVALID_VALUE, path, null, String.valueOf(path))
                .withDiagnostics(detail));
    }

    @Override
    public void incorrectJsonType(
            IParseLocation location,
            String elementName,
            BaseJsonLikeValue.ValueType expectedValueType,
            BaseJsonLikeValue.ScalarType expectedScalarType,
            BaseJsonLikeValue.ValueType foundValueType,
            BaseJsonLikeValue.ScalarType foundScalarType) {
        String path = path(location, elementName);
        issues.add(SubmissionIssue.error(IssueMessage.WRONG_JSON_TYPE, path, null,
                path, describe(expectedValueType, expectedScalarType), describe(foundValueType, foundScalarType)));
    }

    @Override
    public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
        String path = path(location, elementName);
        issues.add(SubmissionIssue.error(IssueMessage.ELEMENT_REPEATED, path, null, path));
    }

    @Override
    public void missingRequiredElement(IParseLocation location, String elementName) {
        String path = path(location, elementName);
        issues.add(SubmissionIssue.error(IssueMessage.PARSER_REQUIRED_ELEMENT, path, null, path));
    }

    @Override
    public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
        issues.add(SubmissionIssue.error(IssueMessage.EXTENSION_VALUE_AND_CHILDREN, parent(location), null));
    }

    @Override
    public void containedResourceWithNoId(IParseLocation location) {
        issues.add(SubmissionIssue.error(IssueMessage.CONTAINED_WITHOUT_ID, parent(location), null));
    }

    @Override
    public void unknownReference(IParseLocation location, String reference) {
        issues.add(SubmissionIssue.error(IssueMessage.REFERENCE_NOT_FOUND, parent(location), reference, reference));
    }

    @Override
    public void invalidInternalReference(IParseLocation location, String reference) {
        issues.add(SubmissionIssue.error(IssueMessage.REFERENCE_NOT_FOUND, parent(location), reference, reference));
    }

    private static String parent(IParseLocation location) {
        return location == null ? null : location.getParentElementName();
    }

    private static String path(IParseLocation location, String elementName) {
        String parent = parent(location);
        return parent == null ? elementName : parent + "." + elementName;
    }

    private static String mask(String error, String value) {
        return value == null || value.isEmpty() ? error : error.replace(value, "***");
    }

    private static String describe(BaseJsonLikeValue.ValueType valueType, BaseJsonLikeValue.ScalarType scalarType) {
        if (valueType == BaseJsonLikeValue.ValueType.SCALAR && scalarType != null) {
            return scalarType.name().toLowerCase(java.util.Locale.ROOT);
        }
        return valueType == null ? "nothing" : valueType.name().toLowerCase(java.util.Locale.ROOT);
    }
}
