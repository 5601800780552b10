package no.meldeport.mappings.nav;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer for KITH messages that indents nested elements by two spaces and writes the KITH data types
 * ({@code CS}, {@code CV}, {@code Ident}). Elements are written with the prefix their namespace was declared with,
 * so callers declare each namespace once with {@link #startRoot} or {@link #declareNamespace}.
 *
 * <p>Text is stripped of characters that XML 1.0 cannot carry (control characters other than tab, line feed and
 * carriage return), because a free-text field from an EPJ may hold them and the message would otherwise not parse.
 */
final class KithXmlWriter {

    /** An XML namespace with the prefix used for it. An empty prefix means the default namespace. */
    record Namespace(String prefix, String uri) {
    }

    private static final String INDENT = "  ";

    private final StringWriter output = new StringWriter();
    private final XMLStreamWriter xml;
    private int depth;
    private boolean openElementEmpty;

    KithXmlWriter() {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(output);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Creating the StAX XML writer failed", e);
        }
    }

    /** Starts the document element and declares its namespace. */
    void startRoot(Namespace namespace, String localName) {
        startElement(namespace, localName);
        declareNamespace(namespace);
    }

    /** Declares a namespace on the element just started. */
    void declareNamespace(Namespace namespace) {
        try {
            if (namespace.prefix().isEmpty()) {
                xml.writeDefaultNamespace(namespace.uri());
            } else {
                xml.writeNamespace(namespace.prefix(), namespace.uri());
            }
        } catch (XMLStreamException e) {
            throw writeFailed(e);
        }
    }

    void startElement(Namespace namespace, String localName) {
        try {
            newLine();
            xml.writeStartElement(namespace.prefix(), localName, namespace.uri());
            depth++;
            openElementEmpty = true;
        } catch (XMLStreamException e) {
            throw writeFailed(e);
        }
    }

    void endElement() {
        try {
            depth--;
            if (!openElementEmpty) {
                newLine();
            }
            xml.writeEndElement();
            openElementEmpty = false;
        } catch (XMLStreamException e) {
            throw writeFailed(e);
        }
    }

    /** Writes an element with text content. */
    void textElement(Namespace namespace, String localName, String text) {
        try {
            newLine();
            xml.writeStartElement(namespace.prefix(), localName, namespace.uri());
            xml.writeCharacters(xmlSafe(text));
            xml.writeEndElement();
            openElementEmpty = false;
        } catch (XMLStreamException e) {
            throw writeFailed(e);
        }
    }

    /** Writes an element with text content, or nothing when the text is null. */
    void optionalTextElement(Namespace namespace, String localName, String text) {
        if (text != null) {
            textElement(namespace, localName, text);
        }
    }

    /**
     * Writes an empty element of the KITH type {@code CS} or {@code CV}: the attributes {@code V}, {@code S} and
     * {@code DN}, each left out when null.
     */
    void codedElement(Namespace namespace, String localName, KithCode code) {
        codedElement(namespace, localName, code.value(), code.codeSystemOid(), code.displayName());
    }

    void codedElement(Namespace namespace, String localName, String value, String codeSystemOid, String displayName) {
        try {
            newLine();
            xml.writeEmptyElement(namespace.prefix(), localName, namespace.uri());
            optionalAttribute("V", value);
            optionalAttribute("S", codeSystemOid);
            optionalAttribute("DN", displayName);
            openElementEmpty = false;
        } catch (XMLStreamException e) {
            throw writeFailed(e);
        }
    }

    /** Writes an empty element of the KITH type {@code URL}, leaving out {@code V} when the URI is null. */
    void urlElement(Namespace namespace, String localName, String uri) {
        codedElement(namespace, localName, uri, null, null);
    }

    /**
     * Writes an element of the KITH type {@code Ident}: {@code Id} and {@code TypeId} in the namespace that defines
     * the type, inside an element in the namespace of the enclosing structure.
     */
    void identElement(Namespace namespace, String localName, Namespace identNamespace, String id, KithCode type) {
        startElement(namespace, localName);
        textElement(identNamespace, "Id", id);
        codedElement(identNamespace, "TypeId", type);
        endElement();
    }

    /** Ends the document and returns its text. */
    String finish() {
        try {
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw writeFailed(e);
        }
        return output.toString() + "\n";
    }

    private void optionalAttribute(String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, xmlSafe(value));
        }
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
    }

    private static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints()
                .filter(KithXmlWriter::isXmlCharacter)
                .forEach(safe::appendCodePoint);
        return safe.toString();
    }

    /** The {@code Char} production of XML 1.0. */
    private static boolean isXmlCharacter(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }

    private static IllegalStateException writeFailed(XMLStreamException e) {
        return new IllegalStateException("Writing the NAV sykmelding XML failed", e);
    }
}
