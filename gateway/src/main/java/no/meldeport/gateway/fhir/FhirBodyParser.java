package no.meldeport.gateway.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import no.meldeport.gateway.submission.InvalidSubmissionException;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.SubmissionIssue;
import no.meldeport.gateway.validation.body.BodyLimits;
import no.meldeport.gateway.validation.body.JsonBodyScanner;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Parses a request body into a FHIR R4 {@link Bundle}: checks the size and the media type, decodes strict UTF-8, scans
 * the body against the {@link BodyLimits} (and rejects XML with a DOCTYPE) before anything is built from it, and
 * collects every element and value problem HAPI reports. The {@link FhirContext} is shared, and a new parser is made
 * per call because HAPI parsers are not thread-safe.
 */
final class FhirBodyParser {

    private static final Pattern HAPI_MESSAGE_CODE = Pattern.compile("^HAPI-\\d+: ");
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String R4_VERSION_PREFIX = "4.0";

    private final FhirContext fhirContext;
    private final BodyLimits limits;
    private final JsonBodyScanner jsonScanner;

    FhirBodyParser(FhirContext fhirContext, BodyLimits limits) {
        this.fhirContext = fhirContext;
        this.limits = limits;
        this.jsonScanner = new JsonBodyScanner(limits);
    }

    /** Returns the parsed Bundle, or throws {@link InvalidSubmissionException} with every problem found. */
    Bundle parse(byte[] body, String contentType) {
        if (body != null && body.length > limits.maxBytes()) {
            throw new InvalidSubmissionException(SubmissionIssue.error(IssueMessage.BODY_TOO_LARGE, null, null,
                    Long.toString(limits.maxBytes())));
        }
        FhirFormat format = FhirFormat.fromContentType(contentType).orElseThrow(() -> {
            String mediaType = FhirFormat.baseMediaType(contentType);
            String shown = mediaType.isEmpty() ? "(none)" : mediaType;
            return new InvalidSubmissionException(
                    SubmissionIssue.error(IssueMessage.MEDIA_TYPE_NOT_SUPPORTED, null, shown, shown));
        });
        String version = FhirFormat.fhirVersionParameter(contentType);
        if (version != null && !version.startsWith(R4_VERSION_PREFIX)) {
            throw new InvalidSubmissionException(SubmissionIssue.error(
                    IssueMessage.FHIR_VERSION_PARAMETER_NOT_SUPPORTED, null, version, version));
        }
        String text = decode(body);
        if (format == FhirFormat.XML) {
            XmlBodyGuard.check(text, limits);
        } else {
            jsonScanner.scan(text);
        }

        CollectingParserErrorHandler errorHandler = new CollectingParserErrorHandler();
        IParser parser = format == FhirFormat.JSON ? fhirContext.newJsonParser() : fhirContext.newXmlParser();
        parser.setParserErrorHandler(errorHandler);
        // Entry ids stay as sent, so references to urn:uuid fullUrls and to Type/id resolve the same way.
        parser.setOverrideResourceIdWithBundleEntryFullUrl(false);
        IBaseResource resource;
        try {
            resource = parser.parseResource(text);
        } catch (DataFormatException e) {
            throw new InvalidSubmissionException(SubmissionIssue.error(IssueMessage.BODY_NOT_FHIR, null, null,
                    format.name()).withDiagnostics(withoutHapiCode(e.getMessage())));
        }

        List<SubmissionIssue> issues = format == FhirFormat.JSON
                ? locatedJsonIssues(text, errorHandler)
                : locatedXmlIssues(text, errorHandler);
        if (!(resource instanceof Bundle bundle)) {
            String type = resource.fhirType();
            issues.add(SubmissionIssue.error(IssueMessage.NOT_A_BUNDLE, type, type, type));
            throw new InvalidSubmissionException(issues);
        }
        if (!issues.isEmpty()) {
            throw new InvalidSubmissionException(issues);
        }
        return bundle;
    }

    /**
     * Returns the parser's issues with full FHIRPath expressions where the JSON names the element unambiguously, and
     * the elements that repeat where FHIR allows them once, which HAPI's JSON parser accepts without a word.
     */
    private List<SubmissionIssue> locatedJsonIssues(String text, CollectingParserErrorHandler errorHandler) {
        JsonElementIndex index = JsonElementIndex.of(text, fhirContext);
        List<SubmissionIssue> issues = new ArrayList<>();
        for (CollectingParserErrorHandler.Problem problem : errorHandler.problems()) {
            issues.add(index.locate(problem.issue(), problem.element(), problem.rawValue()));
        }
        issues.addAll(index.repeatedElements());
        return issues;
    }

    /** Returns the parser's issues with full FHIRPath expressions where the XML names the element unambiguously. */
    private static List<SubmissionIssue> locatedXmlIssues(String text, CollectingParserErrorHandler errorHandler) {
        if (errorHandler.problems().isEmpty()) {
            return new ArrayList<>();
        }
        XmlElementIndex index = XmlElementIndex.of(text);
        List<SubmissionIssue> issues = new ArrayList<>();
        for (CollectingParserErrorHandler.Problem problem : errorHandler.problems()) {
            issues.add(index.locate(problem.issue(), problem.element(), problem.rawValue()));
        }
        return issues;
    }

    private static String decode(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidSubmissionException(SubmissionIssue.error(IssueMessage.BODY_EMPTY, null, null));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidSubmissionException(SubmissionIssue.error(IssueMessage.BODY_NOT_UTF8, null, null));
        }
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InvalidSubmissionException(SubmissionIssue.error(IssueMessage.BODY_EMPTY, null, null));
        }
        return text;
    }

    private static String withoutHapiCode(String message) {
        return message == null ? null : HAPI_MESSAGE_CODE.matcher(message).replaceFirst("");
    }
}
