package no.meldeport.mappings.nav;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import no.meldeport.model.RegistryResponse;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads NAV's response to a sykmelding, a KITH AppRec 1.0. Status 1 ("OK") in a 2xx response is accepted with the
 * AppRec's {@code Id} as receipt id. Status 2 ("Avvist") in a 4xx response is rejected with the first {@code Error}'s
 * code and all {@code Error} texts. Anything else is unreadable, including status 3 (OK with errors in a part), an
 * AppRec of another version and a status that contradicts the HTTP status.
 *
 * <p>The parser rejects any DOCTYPE and resolves no external entity, schema or XInclude, so an answer cannot make
 * Meldeport read a file or open a connection (XXE) or expand entities without bound.
 */
final class AppRecReader {

    static final String STATUS_OK = "1";
    static final String STATUS_REJECTED = "2";

    private static final String JOINED_TEXT_SEPARATOR = "; ";

    private AppRecReader() {
    }

    static RegistryResponse read(int httpStatus, String body) {
        if (body == null || body.isBlank()) {
            return new RegistryResponse.Unreadable("NAV answered HTTP " + httpStatus + " with an empty body");
        }
        Element appRec;
        try {
            appRec = parse(body).getDocumentElement();
        } catch (SAXException | IOException e) {
            return new RegistryResponse.Unreadable("NAV answered HTTP " + httpStatus
                    + " with a body that is not well-formed XML or declares a DOCTYPE: " + e.getMessage());
        }
        if (!NavNamespaces.APPREC.equals(appRec.getNamespaceURI()) || !"AppRec".equals(appRec.getLocalName())) {
            return new RegistryResponse.Unreadable("NAV answered HTTP " + httpStatus + " with the element {"
                    + appRec.getNamespaceURI() + "}" + appRec.getLocalName() + ", not an AppRec 1.0 ({"
                    + NavNamespaces.APPREC + "}AppRec)");
        }
        return interpret(httpStatus, appRec);
    }

    private static RegistryResponse interpret(int httpStatus, Element appRec) {
        Element status = firstChild(appRec, "Status");
        String statusCode = status == null ? null : status.getAttribute("V");
        boolean success = httpStatus >= 200 && httpStatus < 300;
        boolean clientError = httpStatus >= 400 && httpStatus < 500;

        if (STATUS_OK.equals(statusCode) && success) {
            String receiptId = childText(appRec, "Id");
            if (receiptId.isEmpty()) {
                return new RegistryResponse.Unreadable("NAV's AppRec has status 1 but no Id to use as receipt id");
            }
            return new RegistryResponse.Accepted(receiptId);
        }
        if (STATUS_REJECTED.equals(statusCode) && clientError) {
            return rejection(appRec);
        }
        return new RegistryResponse.Unreadable("NAV answered HTTP " + httpStatus + " with AppRec status '"
                + (statusCode == null ? "" : statusCode) + "'; expected status 1 with a 2xx or status 2 with a 4xx");
    }

    private static RegistryResponse rejection(Element appRec) {
        List<Element> errors = children(appRec, "Error");
        if (errors.isEmpty()) {
            return new RegistryResponse.Unreadable("NAV's AppRec has status 2 (rejected) but no Error element");
        }
        List<String> texts = new ArrayList<>();
        for (Element error : errors) {
            String text = error.getAttribute("DN").strip();
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        String code = errors.get(0).getAttribute("V").strip();
        return new RegistryResponse.Rejected(code.isEmpty() ? null : code,
                String.join(JOINED_TEXT_SEPARATOR, texts));
    }

    private static Document parse(String body) throws SAXException, IOException {
        DocumentBuilder builder;
        try {
            builder = secureFactory().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK XML parser does not support the features that XXE-safe parsing"
                    + " needs", e);
        }
        builder.setErrorHandler(THROWING_ERROR_HANDLER);
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("External entity rejected: " + systemId);
        });
        return builder.parse(new InputSource(new StringReader(body)));
    }

    private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    /** Turns every parser warning and error into an exception, instead of the default print to standard error. */
    private static final ErrorHandler THROWING_ERROR_HANDLER = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    private static Element firstChild(Element parent, String localName) {
        List<Element> matches = children(parent, localName);
        return matches.isEmpty() ? null : matches.get(0);
    }

    private static String childText(Element parent, String localName) {
        Element child = firstChild(parent, localName);
        return child == null ? "" : child.getTextContent().strip();
    }

    /** Returns the direct child elements in the AppRec namespace with the given name, in document order. */
    private static List<Element> children(Element parent, String localName) {
        List<Element> matches = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && NavNamespaces.APPREC.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                matches.add(element);
            }
        }
        return matches;
    }
}
