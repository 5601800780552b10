package no.meldeport.gateway.fhir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import no.meldeport.gateway.submission.SubmissionIssue;

/**
 * Every element of a FHIR XML body with its full FHIRPath (for example {@code Bundle.entry[1].resource.birthDate}),
 * its {@code value} attribute and its attribute names, so the parser's problems, which HAPI FHIR 8.6 names only by
 * element, can point at the exact place. The resource type element inside {@code resource} is left out of paths, as
 * FHIRPath leaves it out. Reads with the same hardened StAX factory as {@link XmlBodyGuard}.
 */
final class XmlElementIndex {

    private static final String RESOURCE = "resource";
    private static final String VALUE = "value";

    /** One XML element: its name, full path, {@code value} attribute (may be null) and attribute names. */
    private record Element(String name, String path, String value, Set<String> attributes) {
    }

    /** An open element while reading: its name, its path, and how often each child name has occurred. */
    private record Open(String name, String path, Map<String, Integer> children) {
    }

    private final List<Element> elements = new ArrayList<>();

    private XmlElementIndex() {
    }

    /** Indexes an XML body the body guard has already accepted; an unreadable one gives an empty index. */
    static XmlElementIndex of(String xml) {
        XmlElementIndex index = new XmlElementIndex();
        XMLStreamReader reader = null;
        try {
            reader = XmlBodyGuard.newReader(xml);
            Deque<Open> path = new ArrayDeque<>();
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    path.push(index.open(reader, path.peek()));
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    path.pop();
                }
            }
        } catch (XMLStreamException e) {
            // The guard has already read the body once; a body it accepted reads the same way here.
            return index;
        } finally {
            XmlBodyGuard.close(reader);
        }
        return index;
    }

    /**
     * Returns the issue with its expression replaced by the full path when exactly one element fits; otherwise the
     * issue unchanged.
     *
     * @param name the element (or, for an unknown attribute, the attribute) the parser named
     * @param rawValue the offending value the parser reported, used only to tell elements of one name apart
     */
    SubmissionIssue locate(SubmissionIssue issue, String name, String rawValue) {
        if (name == null) {
            return issue;
        }
        List<Element> candidates = switch (issue.message()) {
            case UNKNOWN_ATTRIBUTE -> elements.stream().filter(element -> element.attributes().contains(name)).toList();
            case INVALID_VALUE -> elements.stream()
                    .filter(element -> element.name().equals(name) && Objects.equals(element.value(), rawValue))
                    .toList();
            default -> elements.stream().filter(element -> element.name().equals(name)).toList();
        };
        return candidates.size() == 1 ? issue.withExpression(candidates.get(0).path()) : issue;
    }

    private Open open(XMLStreamReader reader, Open parent) {
        String name = reader.getLocalName();
        String path;
        if (parent == null) {
            path = name;
        } else if (RESOURCE.equals(parent.name())) {
            path = parent.path();
        } else {
            int position = parent.children().merge(name, 1, Integer::sum) - 1;
            path = parent.path() + "." + name + (position > 0 || "entry".equals(name) ? "[" + position + "]" : "");
        }
        Set<String> attributes = new HashSet<>();
        for (int index = 0; index < reader.getAttributeCount(); index++) {
            attributes.add(reader.getAttributeLocalName(index));
        }
        elements.add(new Element(name, path, reader.getAttributeValue(null, VALUE), attributes));
        return new Open(name, path, new HashMap<>());
    }
}
