package no.meldeport.gateway.fhir;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.InvalidSubmissionException;
import no.meldeport.gateway.submission.SubmissionIssue;

/**
 * Rejects XML with a DOCTYPE before HAPI sees it. FHIR XML never needs a DTD, and a DTD is how external entities (XXE:
 * reading local files or fetching URLs) and entity expansion bombs get in. HAPI FHIR 8.6.5 turns DTD support off on
 * its own StAX factory, so this check is defence in depth that does not depend on HAPI internals, and it gives the
 * sender a clear error. The scan itself runs on a factory with DTDs, external entities and external DTD access all
 * disabled, so it resolves nothing either.
 */
final class XmlDoctypeGuard {

    /** One factory per thread, because the StAX API does not promise that a factory is thread-safe. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(XmlDoctypeGuard::hardenedFactory);

    private XmlDoctypeGuard() {
    }

    /**
     * Scans the whole document once.
     *
     * @throws InvalidSubmissionException with {@link IssueMessage#XML_DOCTYPE_NOT_ALLOWED} for a DOCTYPE, or
     *     {@link IssueMessage#BODY_NOT_FHIR} for XML that is not well-formed
     */
    static void check(String xml) {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.get().createXMLStreamReader(new StringReader(xml));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.DTD) {
                    throw new InvalidSubmissionException(
                            SubmissionIssue.error(IssueMessage.XML_DOCTYPE_NOT_ALLOWED, null, null));
                }
            }
        } catch (XMLStreamException e) {
            throw new InvalidSubmissionException(
                    SubmissionIssue.error(IssueMessage.BODY_NOT_FHIR, null, null, "XML").withDiagnostics(e.getMessage()));
        } finally {
            close(reader);
        }
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

    private static void close(XMLStreamReader reader) {
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
