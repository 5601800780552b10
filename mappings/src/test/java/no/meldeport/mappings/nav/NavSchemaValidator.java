package no.meldeport.mappings.nav;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates NAV sykmelding messages against the public KITH and NAV XSDs: MsgHead 1.2 with
 * HelseOpplysningerArbeidsuforhet 2013-10-01 for the {@code strict} content of {@code RefDoc/Content}. Imports resolve
 * to files in the XSD folder only, and only {@code file:} access is allowed, so validation never uses the network.
 */
final class NavSchemaValidator {

    static final String MSGHEAD_XSD = "MsgHead-v1_2.xsd";
    static final String SYKMELDING_XSD = "HelseOpplysningerArbeidsuforhet_2013-10-01.xsd";

    private static final String DTD_RESOURCE_TYPE = "http://www.w3.org/TR/REC-xml";
    private static final String FILE_ACCESS_ONLY = "file";
    private static final String NO_ACCESS = "";

    private final Schema schema;

    NavSchemaValidator(Path schemaDirectory) {
        this.schema = compile(schemaDirectory.toAbsolutePath().normalize());
    }

    /** Returns every validation error in the message, or an empty list when it is valid. */
    List<String> validate(String xml) {
        List<String> problems = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, NO_ACCESS);
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, NO_ACCESS);
            validator.setErrorHandler(collectingErrorHandler(problems));
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            problems.add("fatal: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static Schema compile(Path directory) {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        List<String> problems = new ArrayList<>();
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, FILE_ACCESS_ONLY);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, FILE_ACCESS_ONLY);
            factory.setResourceResolver(folderOnlyResolver(directory));
            factory.setErrorHandler(collectingErrorHandler(problems));
            Schema compiled = factory.newSchema(new Source[] {
                new StreamSource(directory.resolve(MSGHEAD_XSD).toFile()),
                new StreamSource(directory.resolve(SYKMELDING_XSD).toFile())});
            if (!problems.isEmpty()) {
                throw new IllegalStateException("The NAV XSDs in " + directory + " did not compile: " + problems);
            }
            return compiled;
        } catch (SAXException e) {
            throw new IllegalStateException("The NAV XSDs in " + directory + " did not compile: " + problems, e);
        }
    }

    /**
     * Resolves a schema import to the file of that name in {@code directory} and rejects everything else. A DTD
     * request gets an empty DTD, because the xmldsig schema names {@code ../dtd/XMLSchema.dtd}, which only DTD
     * validation of the schema document itself would need, and which is not in the folder.
     */
    private static LSResourceResolver folderOnlyResolver(Path directory) {
        DOMImplementationLS domImplementation = domImplementation();
        return (type, namespaceUri, publicId, systemId, baseUri) -> {
            LSInput input = domImplementation.createLSInput();
            input.setPublicId(publicId);
            if (DTD_RESOURCE_TYPE.equals(type)) {
                input.setSystemId(directory.resolve("empty.dtd").toUri().toString());
                input.setCharacterStream(new StringReader(""));
                return input;
            }
            if (!XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(type) || systemId == null || systemId.contains(":")) {
                throw new IllegalStateException("Rejected resolving " + type + " '" + systemId + "' from " + baseUri
                        + ": only schema files in " + directory + " are allowed");
            }
            Path file = directory.resolve(systemId).normalize();
            if (!directory.equals(file.getParent()) || !Files.isRegularFile(file)) {
                throw new IllegalStateException("Rejected resolving schema '" + systemId + "' from " + baseUri
                        + ": it is not a file in " + directory);
            }
            try {
                input.setByteStream(new ByteArrayInputStream(Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            input.setSystemId(file.toUri().toString());
            return input;
        };
    }

    private static DOMImplementationLS domImplementation() {
        try {
            return (DOMImplementationLS) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ErrorHandler collectingErrorHandler(List<String> problems) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {
                problems.add("warning: " + describe(exception));
            }

            @Override
            public void error(SAXParseException exception) {
                problems.add("error: " + describe(exception));
            }

            @Override
            public void fatalError(SAXParseException exception) {
                problems.add("fatal: " + describe(exception));
            }
        };
    }

    private static String describe(SAXParseException exception) {
        return "line " + exception.getLineNumber() + ", column " + exception.getColumnNumber() + ": "
                + exception.getMessage();
    }
}
