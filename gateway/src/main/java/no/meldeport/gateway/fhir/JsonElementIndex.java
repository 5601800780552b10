package no.meldeport.gateway.fhir;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.SubmissionIssue;

/**
 * Every element of a FHIR JSON body with its full FHIRPath (for example {@code Bundle.entry[2].resource.birthDate}),
 * so the parser's problems, which HAPI FHIR 8.6 names only by element, can point at the exact place. Walking the JSON
 * beside HAPI's element definitions, it also finds what HAPI's lenient JSON parser lets through: an array where the
 * element may occur only once.
 */
final class JsonElementIndex {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESOURCE_TYPE = "resourceType";

    /** One JSON property: its FHIR element name, full path, scalar text (null for objects and arrays), and whether FHIR R4 defines it there. */
    record Element(String name, String path, String text, boolean known) {
    }

    private final List<Element> elements = new ArrayList<>();
    private final List<SubmissionIssue> repeated = new ArrayList<>();

    private JsonElementIndex() {
    }

    /** Indexes a JSON body that the body scanner has already accepted; an unreadable one gives an empty index. */
    static JsonElementIndex of(String json, FhirContext fhirContext) {
        JsonElementIndex index = new JsonElementIndex();
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return index;
        }
        if (root != null && root.isObject()) {
            index.walk(root, null, root.path(RESOURCE_TYPE).asText("Resource"), fhirContext);
        }
        return index;
    }

    /** Returns the issues of elements that repeat where FHIR allows them once. */
    List<SubmissionIssue> repeatedElements() {
        return repeated;
    }

    /**
     * Returns the issue with its expression replaced by the full path when the index finds exactly one element the
     * parser can have meant. Otherwise it returns the issue unchanged.
     *
     * @param rawValue the offending value the parser reported, used only to tell elements of the same name apart
     */
    SubmissionIssue locate(SubmissionIssue issue, String elementName, String rawValue) {
        if (elementName == null) {
            return issue;
        }
        List<Element> candidates = switch (issue.message()) {
            case UNKNOWN_ELEMENT -> elements.stream()
                    .filter(element -> element.name().equals(elementName) && !element.known())
                    .toList();
            case INVALID_VALUE -> elements.stream()
                    .filter(element -> element.name().equals(elementName) && Objects.equals(element.text(), rawValue))
                    .toList();
            case WRONG_JSON_TYPE, ELEMENT_REPEATED -> elements.stream()
                    .filter(element -> element.name().equals(elementName))
                    .toList();
            default -> List.of();
        };
        return candidates.size() == 1 ? issue.withExpression(candidates.get(0).path()) : issue;
    }

    private void walk(JsonNode node, BaseRuntimeElementDefinition<?> definition, String path, FhirContext context) {
        if (!node.isObject()) {
            return;
        }
        BaseRuntimeElementDefinition<?> current = definition;
        if (node.hasNonNull(RESOURCE_TYPE)) {
            current = resourceDefinition(node.path(RESOURCE_TYPE).asText(), context);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String property = field.getKey();
            if (RESOURCE_TYPE.equals(property)) {
                continue;
            }
            boolean primitiveExtensions = property.startsWith("_");
            String name = primitiveExtensions ? property.substring(1) : property;
            String childPath = path + "." + name;
            BaseRuntimeChildDefinition child = child(current, name);
            JsonNode value = field.getValue();
            elements.add(new Element(name, childPath, value.isValueNode() ? value.asText() : null,
                    current == null || child != null));
            if (child != null && child.getMax() == 1 && value.isArray() && !primitiveExtensions) {
                repeated.add(SubmissionIssue.error(IssueMessage.ELEMENT_REPEATED, childPath, null, childPath));
            }
            BaseRuntimeElementDefinition<?> childDefinition = child == null ? null : child.getChildByName(name);
            if (value.isArray()) {
                for (int position = 0; position < value.size(); position++) {
                    walk(value.get(position), childDefinition, childPath + "[" + position + "]", context);
                }
            } else {
                walk(value, childDefinition, childPath, context);
            }
        }
    }

    private static BaseRuntimeChildDefinition child(BaseRuntimeElementDefinition<?> definition, String name) {
        if (definition instanceof BaseRuntimeElementCompositeDefinition<?> composite) {
            return composite.getChildByName(name);
        }
        return null;
    }

    private static BaseRuntimeElementDefinition<?> resourceDefinition(String type, FhirContext context) {
        try {
            return context.getResourceDefinition(type);
        } catch (DataFormatException e) {
            return null;
        }
    }
}
