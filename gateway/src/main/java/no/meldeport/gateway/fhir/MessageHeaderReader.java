package no.meldeport.gateway.fhir;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.model.ReportType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MessageHeader;

/** Reads the message envelope: Bundle type and id, the MessageHeader in the first entry and its report type. */
final class MessageHeaderReader {

    private static final String HEADER = "Bundle.entry[0].resource";
    private static final String KNOWN_CODES = Arrays.stream(ReportType.values())
            .map(ReportType::code)
            .collect(Collectors.joining(", "));

    /** The envelope of a message: its id, the header and the report type. */
    record Envelope(String messageId, MessageHeader header, ReportType reportType) {
    }

    private MessageHeaderReader() {
    }

    /** Returns the envelope, or empty after adding issues when the Bundle is no readable Meldeport message. */
    static Optional<Envelope> read(Bundle bundle, BundleReading reading) {
        checkType(bundle, reading);
        String messageId = messageId(bundle, reading);

        Optional<BundleIndex.Entry> first = reading.index().first();
        if (bundle.getEntry().isEmpty()) {
            reading.error(IssueMessage.BUNDLE_EMPTY, "Bundle.entry", null);
            return Optional.empty();
        }
        if (first.isEmpty()) {
            return Optional.empty();
        }
        if (!(first.get().resource() instanceof MessageHeader header)) {
            String type = first.get().type();
            reading.error(IssueMessage.FIRST_ENTRY_NOT_MESSAGE_HEADER, HEADER, type, type);
            return Optional.empty();
        }

        Optional<ReportType> reportType = reportType(header, reading);
        if (reportType.isEmpty() || messageId == null) {
            return Optional.empty();
        }
        return Optional.of(new Envelope(messageId, header, reportType.get()));
    }

    private static void checkType(Bundle bundle, BundleReading reading) {
        if (bundle.getType() != Bundle.BundleType.MESSAGE) {
            String type = bundle.hasType() ? bundle.getType().toCode() : "(none)";
            reading.error(IssueMessage.BUNDLE_NOT_MESSAGE, "Bundle.type", type, type);
        }
    }

    private static String messageId(Bundle bundle, BundleReading reading) {
        if (bundle.hasIdentifier() && bundle.getIdentifier().hasValue() && !bundle.getIdentifier().getValue().isBlank()) {
            return bundle.getIdentifier().getValue().trim();
        }
        String id = bundle.getIdElement().getIdPart();
        if (id != null && !id.isBlank()) {
            return id;
        }
        reading.error(IssueMessage.MESSAGE_ID_MISSING, "Bundle.identifier", null);
        return null;
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
