package no.meldeport.gateway.fhir;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import no.meldeport.gateway.submission.InvalidSubmissionException;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.SubmissionIssue;
import no.meldeport.gateway.validation.body.BodyLimits;
import no.meldeport.gateway.validation.body.FhirVersionMarkers;

/**
 * Scans an XML body once as a StAX stream before HAPI parses it. It rejects a DOCTYPE: FHIR XML never needs a DTD, and a
 * DTD is how external entities (XXE: reading local files or fetching URLs) and entity expansion bombs get in. HAPI
 * FHIR 8.6.5 turns DTD support off on its own StAX factory, so this check is defence in depth that does not depend on
 * HAPI internals, and it gives the sender a clear error. The scan itself runs on a factory with DTDs, external entities
 * and external DTD access all disabled, so it resolves nothing either.
 *
 * <p>The same pass enforces the {@link BodyLimits} (element nesting, repeats of one element name under one parent,
 * Bundle entries) and recognises FHIR of another version ({@link FhirVersionMarkers}).
 */
final class XmlBodyGuard {

    /** One factory per thread, because the StAX API does not promise that a factory is thread-safe. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(XmlBodyGuard::hardenedFactory);
    private static final String RESOURCE = "resource";
    private static final String FHIR_NAMESPACE = "http://hl7.org/fhir";

    private XmlBodyGuard() {
    }

    /**
     * Scans the whole document once.
     *
     * @throws InvalidSubmissionException with {@link IssueMessage#XML_DOCTYPE_NOT_ALLOWED} for a DOCTYPE,
     *     {@link IssueMessage#BODY_NOT_FHIR} for XML that is not well-formed, or the issue of a broken limit or of
     *     another FHIR version
     */
    static void check(String xml, BodyLimits limits) {
        XMLStreamReader reader = null;
        Scan scan = new Scan(limits);
        try {
            reader = newReader(xml);
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new InvalidSubmissionException(
                            SubmissionIssue.error(IssueMessage.XML_DOCTYPE_NOT_ALLOWED, null, null));
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (scan.atRoot() && !FHIR_NAMESPACE.equals(reader.getNamespaceURI())) {
                        String namespace = reader.getNamespaceURI() == null ? "(none)" : reader.getNamespaceURI();
                        throw new InvalidSubmissionException(SubmissionIssue.error(IssueMessage.BODY_NOT_FHIR, null,
                                null, "XML").withDiagnostics("The root element " + reader.getLocalName()
                                + " is in the namespace " + namespace + ", but FHIR XML uses " + FHIR_NAMESPACE + "."));
                    }
                    scan.open(reader.getLocalName());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    scan.close();
                }
            }
        } catch (XMLStreamException e) {
            throw new InvalidSubmissionException(
                    SubmissionIssue.error(IssueMessage.BODY_NOT_FHIR, null, null, "XML").withDiagnostics(e.getMessage()));
        } finally {
            close(reader);
        }
        if (!scan.issues.isEmpty()) {
            throw new InvalidSubmissionException(scan.issues);
        }
    }

    /** One open element: its name, its position among same-named siblings, and the counts of its children's names. */
    private record Element(String name, int position, Map<String, Integer> children) {
    }

    /** The state of one scan: the path of open elements from the root. */
    private static final class Scan {

        private final BodyLimits limits;
        private final Deque<Element> path = new ArrayDeque<>();
        private final List<SubmissionIssue> issues = new ArrayList<>();

        Scan(BodyLimits limits) {
            this.limits = limits;
        }

        boolean atRoot() {
            return path.isEmpty();
        }

        void open(String name) {
            Element parent = path.peek();
            int count = parent == null ? 1 : parent.children().merge(name, 1, Integer::sum);
            if (path.size() >= limits.maxDepth()) {
                throw new InvalidSubmissionException(SubmissionIssue.error(IssueMessage.NESTING_TOO_DEEP,
                        location(), null, Integer.toString(limits.maxDepth())));
            }
            boolean bundleEntry = path.size() == 1 && "Bundle".equals(parent.name()) && "entry".equals(name);
            if (bundleEntry && count > limits.maxBundleEntries()) {
                throw new InvalidSubmissionException(SubmissionIssue.error(IssueMessage.BUNDLE_TOO_MANY_ENTRIES,
                        "Bundle.entry", null, Integer.toString(limits.maxBundleEntries())));
            }
            if (count > limits.maxArrayItems()) {
                String where = location() + "." + name;
                throw new InvalidSubmissionException(SubmissionIssue.error(IssueMessage.ARRAY_TOO_LONG, where, null,
                        where, Integer.toString(limits.maxArrayItems())));
            }
            path.push(new Element(name, count - 1, new HashMap<>()));
            boolean resource = parent == null || RESOURCE.equals(parent.name());
            if (resource) {
                // A resource's FHIRPath is that of its resource element, or its type name at the root.
                String where = parent == null ? name : location();
                FhirVersionMarkers.versionOfResourceType(name).ifPresent(version -> issues.add(
                        SubmissionIssue.error(IssueMessage.FHIR_VERSION_NOT_SUPPORTED, where, name, version)));
            } else if ("MessageHeader".equals(parent.name())) {
                FhirVersionMarkers.versionOfMessageHeaderElement(name).ifPresent(version -> issues.add(
                        SubmissionIssue.error(IssueMessage.FHIR_VERSION_NOT_SUPPORTED, location(),
                                "MessageHeader." + name, version)));
            }
        }

        void close() {
            path.pop();
        }

        /**
         * Returns the FHIRPath of the open element: the resource type names inside {@code resource} are left out, as
         * FHIRPath leaves them out, and a repeated element gets its index.
         */
        private String location() {
            List<Element> elements = new ArrayList<>(path);
            StringBuilder text = new StringBuilder();
            for (int index = elements.size() - 1; index >= 0; index--) {
                Element element = elements.get(index);
                boolean typeName = index + 1 < elements.size() && RESOURCE.equals(elements.get(index + 1).name());
                if (typeName) {
                    continue;
                }
                if (text.length() > 0) {
                    text.append('.');
                }
                text.append(element.name());
                if (element.position() > 0 || "entry".equals(element.name())) {
                    text.append('[').append(element.position()).append(']');
                }
            }
            return text.length() == 0 ? null : text.toString();
        }
    }

    /** Returns a stream reader on the hardened factory, which resolves no DTD, entity or other external resource. */
    static XMLStreamReader newReader(String xml) throws XMLStreamException {
        return FACTORY.get().createXMLStreamReader(new StringReader(xml));
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        if (factory.isPropertySupported(XMLConstants.ACCESS_EXTERNAL_DTD)) {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        }
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("External resources are not resolved");
        });
        return factory;
    }

    static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // Closing a reader over a String releases nothing that could leak, so a failure here changes nothing.
        }
    }
}
