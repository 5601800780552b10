package no.meldeport.gateway.fhir;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.model.ReportType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MessageHeader;

/**
 * Reads the message envelope: Bundle type and id, the MessageHeader in the first entry, its id and its report type.
 * It reads as much as it can, so one response can list the envelope's problems together with those of the rest.
 */
final class MessageHeaderReader {

    private static final String HEADER = "Bundle.entry[0].resource";
    private static final String URN_UUID = "urn:uuid:";
    /** The maximum length of a message id or idempotency key in the store (its columns are VARCHAR(200)). */
    static final int MAX_ID_LENGTH = 200;
    private static final String KNOWN_CODES = Arrays.stream(ReportType.values())
            .map(ReportType::code)
            .collect(Collectors.joining(", "));

    /**
     * The envelope of a message. Any part may be null when it is missing or invalid, and the issues give the reason.
     *
     * @param headerId the MessageHeader's id, else the uuid of its {@code urn:uuid:} fullUrl
     */
    record Envelope(String messageId, String headerId, MessageHeader header, ReportType reportType) {

        boolean isComplete() {
            return messageId != null && header != null && reportType != null;
        }
    }

    private MessageHeaderReader() {
    }

    /** Returns the envelope, after adding an issue for each part that is missing or invalid. */
    static Envelope read(Bundle bundle, BundleReading reading) {
        checkType(bundle, reading);
        String messageId = messageId(bundle, reading);

        Optional<BundleIndex.Entry> first = reading.index().first();
        if (bundle.getEntry().isEmpty()) {
            reading.error(IssueMessage.BUNDLE_EMPTY, "Bundle.entry", null);
            return new Envelope(messageId, null, null, null);
        }
        if (first.isEmpty()) {
            return new Envelope(messageId, null, null, null);
        }
        if (!(first.get().resource() instanceof MessageHeader header)) {
            String type = first.get().type();
            reading.error(IssueMessage.FIRST_ENTRY_NOT_MESSAGE_HEADER, HEADER, type, type);
            return new Envelope(messageId, null, null, null);
        }

        String headerId = headerId(first.get(), reading);
        Optional<ReportType> reportType = reportType(header, reading);
        return new Envelope(messageId, headerId, header, reportType.orElse(null));
    }

    /** Returns the MessageHeader's id, else the uuid of its urn:uuid fullUrl, else null. */
    private static String headerId(BundleIndex.Entry entry, BundleReading reading) {
        String id = entry.resource().getIdElement().getIdPart();
        if ((id == null || id.isBlank()) && entry.fullUrl() != null && entry.fullUrl().startsWith(URN_UUID)) {
            id = entry.fullUrl().substring(URN_UUID.length());
        }
        if (id == null || id.isBlank()) {
            return null;
        }
        if (id.length() > MAX_ID_LENGTH) {
            reading.error(IssueMessage.MESSAGE_ID_TOO_LONG, HEADER + ".id", null,
                    String.valueOf(id.length()), String.valueOf(MAX_ID_LENGTH));
            return null;
        }
        return id;
    }

    private static void checkType(Bundle bundle, BundleReading reading) {
        if (bundle.getType() != Bundle.BundleType.MESSAGE) {
            String type = bundle.hasType() ? bundle.getType().toCode() : "(none)";
            reading.error(IssueMessage.BUNDLE_NOT_MESSAGE, "Bundle.type", type, type);
        }
    }

    private static String messageId(Bundle bundle, BundleReading reading) {
        String id = null;
        String expression = "Bundle.identifier.value";
        if (bundle.hasIdentifier() && bundle.getIdentifier().hasValue() && !bundle.getIdentifier().getValue().isBlank()) {
            id = bundle.getIdentifier().getValue().trim();
        } else if (bundle.getIdElement().getIdPart() != null && !bundle.getIdElement().getIdPart().isBlank()) {
            id = bundle.getIdElement().getIdPart();
            expression = "Bundle.id";
        }
        if (id == null) {
            reading.error(IssueMessage.MESSAGE_ID_MISSING, "Bundle.identifier", null);
            return null;
        }
        if (id.length() > MAX_ID_LENGTH) {
            reading.error(IssueMessage.MESSAGE_ID_TOO_LONG, expression, null,
                    String.valueOf(id.length()), String.valueOf(MAX_ID_LENGTH));
            return null;
        }
        return id;
    }

    private static Optional<ReportType> reportType(MessageHeader header, BundleReading reading) {
        if (!header.hasEventCoding()) {
            reading.error(IssueMessage.EVENT_CODING_MISSING, HEADER + ".event", null,
                    MeldeportFhir.REPORT_TYPE_SYSTEM, KNOWN_CODES);
            return Optional.empty();
        }
        Coding event = header.getEventCoding();
        if (!MeldeportFhir.REPORT_TYPE_SYSTEM.equals(event.getSystem())) {
            String system = event.hasSystem() ? event.getSystem() : "(none)";
            reading.error(IssueMessage.EVENT_SYSTEM_UNKNOWN, HEADER + ".event.system", system,
                    system, MeldeportFhir.REPORT_TYPE_SYSTEM);
            return Optional.empty();
        }
        Optional<ReportType> type = ReportType.fromCode(event.getCode());
        if (type.isEmpty()) {
            String code = event.hasCode() ? event.getCode() : "(none)";
            reading.error(IssueMessage.EVENT_CODE_UNKNOWN, HEADER + ".event.code", code, code, KNOWN_CODES);
        }
        return type;
    }
}
