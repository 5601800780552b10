package no.meldeport.gateway.fhir;

import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import java.util.ArrayList;
import java.util.List;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.SubmissionIssue;

/**
 * Collects every problem the HAPI parser reports instead of stopping at the first, so the submitter receives them all.
 * HAPI 8.6 reports at most the name of the enclosing element, so these expressions are {@code parent.element} or just
 * the element name (for example {@code birthDate}); for JSON, {@link JsonElementIndex} replaces them by full paths
 * from {@code Bundle} where it can. One handler serves one parse.
 */
final class CollectingParserErrorHandler implements IParserErrorHandler {

    /**
     * One reported problem with the element it names and the raw offending value, which stays out of the issue because
     * it may be personal data; {@link JsonElementIndex} uses it only to find the element's full path.
     */
    record Problem(SubmissionIssue issue, String element, String rawValue) {
    }

    private final List<Problem> problems = new ArrayList<>();

    List<SubmissionIssue> issues() {
        return problems.stream().map(Problem::issue).toList();
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    private void add(SubmissionIssue issue, String element, String rawValue) {
        problems.add(new Problem(issue, element, rawValue));
    }

    @Override
    public void unknownElement(IParseLocation location, String elementName) {
        String path = path(location, elementName);
        add(SubmissionIssue.error(IssueMessage.UNKNOWN_ELEMENT, path, elementName, path), elementName, null);
    }

    @Override
    public void unknownAttribute(IParseLocation location, String attributeName) {
        String path = path(location, attributeName);
        add(SubmissionIssue.error(IssueMessage.UNKNOWN_ATTRIBUTE, path, attributeName, path), attributeName, null);
    }

    /** Leaves the invalid value out of the issue, because it may be personal data such as a birth date. */
    @Override
    public void invalidValue(IParseLocation location, String value, String error) {
        String path = parent(location);
        String detail = error == null ? null : mask(error, value);
        add(SubmissionIssue.error(IssueMessage.INVALID_VALUE, path, null, String.valueOf(path)).withDiagnostics(detail),
                path, value);
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
        add(SubmissionIssue.error(IssueMessage.WRONG_JSON_TYPE, path, null, path,
                describe(expectedValueType, expectedScalarType), describe(foundValueType, foundScalarType)),
                elementName, null);
    }

    @Override
    public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
        String path = path(location, elementName);
        add(SubmissionIssue.error(IssueMessage.ELEMENT_REPEATED, path, null, path), elementName, null);
    }

    @Override
    public void missingRequiredElement(IParseLocation location, String elementName) {
        String path = path(location, elementName);
        add(SubmissionIssue.error(IssueMessage.PARSER_REQUIRED_ELEMENT, path, null, path), null, null);
    }

    @Override
    public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
        add(SubmissionIssue.error(IssueMessage.EXTENSION_VALUE_AND_CHILDREN, parent(location), null), null, null);
    }

    @Override
    public void containedResourceWithNoId(IParseLocation location) {
        add(SubmissionIssue.error(IssueMessage.CONTAINED_WITHOUT_ID, parent(location), null), null, null);
    }

    @Override
    public void unknownReference(IParseLocation location, String reference) {
        add(SubmissionIssue.error(IssueMessage.REFERENCE_NOT_FOUND, parent(location), reference, reference), null, null);
    }

    @Override
    public void invalidInternalReference(IParseLocation location, String reference) {
        add(SubmissionIssue.error(IssueMessage.REFERENCE_NOT_FOUND, parent(location), reference, reference), null, null);
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
