package no.meldeport.gateway.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import no.meldeport.gateway.submission.InvalidSubmissionException;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.ParsedSubmission;
import no.meldeport.gateway.submission.SubmissionIssue;
import no.meldeport.gateway.validation.body.BodyLimits;
import no.meldeport.model.ClinicalContext;
import no.meldeport.model.ReportContent;
import no.meldeport.model.ReportType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.MessageHeader;

/**
 * Reads a FHIR R4 message Bundle ({@code POST /fhir/$process-message}) into a {@link ParsedSubmission}.
 *
 * <p>The first entry is a MessageHeader whose {@code eventCoding} names the report type. A registry report type reads
 * only the resources of its kind: those that {@code MessageHeader.focus} points to, or else every such resource of
 * the Bundle. An encounter report reads every kind: completed Immunizations, candidate Conditions (see
 * {@link KlinikermeldingReader#isCandidate}), annual-control panels and sykmelding Compositions. Whether a Condition is
 * notifiable is left to the fan-out planner.
 *
 * <p>Every problem found is collected: {@link #read} throws one {@link InvalidSubmissionException} listing them all,
 * {@link #readAll} returns them with what could be read, so that content checks can add theirs to the same response.
 * {@code docs/report-types.md} describes the shapes in full. Instances are thread-safe and meant to be shared.
 */
public final class FhirSubmissionReader {

    private static final String HEADER = "Bundle.entry[0].resource";

    private final FhirBodyParser parser;

    /**
     * Creates a reader on HAPI's shared R4 context, which is expensive to build and safe to share, with the default
     * body limits.
     */
    public FhirSubmissionReader() {
        this(FhirContext.forR4Cached());
    }

    public FhirSubmissionReader(FhirContext fhirContext) {
        this(fhirContext, BodyLimits.DEFAULTS);
    }

    public FhirSubmissionReader(FhirContext fhirContext, BodyLimits limits) {
        Objects.requireNonNull(fhirContext, "fhirContext");
        this.parser = new FhirBodyParser(fhirContext, Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Parses and reads a request body.
     *
     * @param contentType the request's {@code Content-Type}: {@code application/fhir+json} or
     *     {@code application/fhir+xml}, or the aliases {@code application/json} and {@code application/xml}
     * @throws InvalidSubmissionException with every issue found; its {@code httpStatus()} is 413, 415, 400 or 422
     */
    public ParsedSubmission read(byte[] body, String contentType) {
        return readAll(body, contentType).orThrow();
    }

    /**
     * Parses a request body and reads as much of it as possible, for callers that go on to check the content.
     *
     * @throws InvalidSubmissionException (413, 415 or 400) when the body itself cannot be parsed as a FHIR Bundle: the
     *     checks of {@link #read(byte[], String)} on size, media type, encoding, syntax and FHIR elements come first
     */
    public FhirReading readAll(byte[] body, String contentType) {
        return readAll(parser.parse(body, contentType));
    }

    /**
     * Reads an already parsed Bundle. The checks of {@link #read(byte[], String)} on the body itself (media type,
     * UTF-8, DOCTYPE, unknown elements, invalid values) are then the caller's business.
     */
    public ParsedSubmission read(Bundle bundle) {
        return readAll(bundle).orThrow();
    }

    /** Reads an already parsed Bundle as far as possible; see {@link FhirReading}. */
    public FhirReading readAll(Bundle bundle) {
        List<SubmissionIssue> issues = new ArrayList<>();
        BundleIndex index = BundleIndex.of(bundle, issues);
        BundleReading reading = new BundleReading(index, issues);
        MessageHeaderReader.Envelope message = MessageHeaderReader.read(bundle, reading);
        ReferenceChecker.check(index, issues);

        MessageHeader header = message.header() != null ? message.header() : new MessageHeader();
        Optional<BundleIndex.Entry> patient = ClinicalContextReader.patientEntry(reading);
        ClinicalContext context = ClinicalContextReader.read(reading, header, patient.orElse(null));
        if (!message.isComplete()) {
            return new FhirReading(null, issues);
        }

        LocalDate encounterDate = context == null ? null : context.encounterDate();
        Map<String, String> locations = new LinkedHashMap<>();
        List<ReportContent> contents = readContents(reading, message, encounterDate, locations);
        if (context == null) {
            return new FhirReading(null, issues);
        }
        locations.put(ParsedSubmission.locationKey(null, ""), HEADER);
        locations.putAll(reading.locations());
        ParsedSubmission submission = new ParsedSubmission(message.messageId(), message.headerId(),
                message.reportType(), context, contents, locations);
        return new FhirReading(submission, issues);
    }

    private static List<ReportContent> readContents(
            BundleReading reading,
            MessageHeaderReader.Envelope message,
            LocalDate encounterDate,
            Map<String, String> locations) {
        ReportType type = message.reportType();
        List<BundleIndex.Entry> entries = selectEntries(reading, message);
        if (type != ReportType.ENCOUNTER_REPORT && entries.isEmpty()) {
            reading.error(IssueMessage.REPORT_RESOURCE_MISSING, "Bundle.entry", null, type.code(), describe(type));
        }
        String encounterDateLocation = reading.locations().get(ParsedSubmission.locationKey(null, "encounterDate"));
        List<ReportContent> contents = new ArrayList<>();
        for (BundleIndex.Entry entry : entries) {
            Optional<? extends ReportContent> content =
                    readEntry(reading, type, entry, encounterDate, encounterDateLocation);
            content.ifPresent(part -> {
                contents.add(part);
                locations.put(part.sourceId(), entry.expression());
            });
        }
        return contents;
    }

    /**
     * Returns the entries that contain the report's parts: in focus order when {@code MessageHeader.focus} selects
     * them, else in Bundle order. For a registry report, focus entries of another kind are reported as issues.
     */
    private static List<BundleIndex.Entry> selectEntries(BundleReading reading, MessageHeaderReader.Envelope message) {
        ReportType type = message.reportType();
        if (type == ReportType.ENCOUNTER_REPORT) {
            return reading.index().entries().stream().filter(FhirSubmissionReader::isEncounterPart).toList();
        }
        Predicate<BundleIndex.Entry> ofKind = kindOf(type);
        if (message.header().getFocus().isEmpty()) {
            List<BundleIndex.Entry> entries = reading.index().entries().stream().filter(ofKind).toList();
            if (type == ReportType.KLINIKERMELDING) {
                return entries.stream().filter(KlinikermeldingReader::isCandidate).toList();
            }
            return type == ReportType.VACCINATION
                    ? entries.stream().filter(VaccinationReader::isVaccinationEvent).toList()
                    : entries;
        }
        List<BundleIndex.Entry> selected = new ArrayList<>();
        for (int position = 0; position < message.header().getFocus().size(); position++) {
            String target = message.header().getFocus().get(position).getReference();
            Optional<BundleIndex.Entry> entry = reading.index().resolve(target);
            if (entry.isEmpty()) {
                continue;
            }
            if (ofKind.test(entry.get())) {
                selected.add(entry.get());
            } else {
                reading.error(IssueMessage.FOCUS_NOT_FOR_REPORT_TYPE,
                        "Bundle.entry[0].resource.focus[" + position + "]", target,
                        entry.get().type(), type.code(), describe(type));
            }
        }
        return selected.stream().distinct().toList();
    }

    private static boolean isEncounterPart(BundleIndex.Entry entry) {
        return VaccinationReader.isVaccinationEvent(entry)
                || (KlinikermeldingReader.isCandidate(entry) && KlinikermeldingReader.hasDiagnosisCoding(entry))
                || DiabetesAnnualControlReader.isPanel(entry)
                || SykmeldingReader.isSykmelding(entry);
    }

    private static Predicate<BundleIndex.Entry> kindOf(ReportType type) {
        return switch (type) {
            case VACCINATION -> entry -> entry.is(Immunization.class);
            case KLINIKERMELDING -> entry -> entry.is(Condition.class);
            case DIABETES_ANNUAL_CONTROL -> DiabetesAnnualControlReader::isPanel;
            case SYKMELDING -> SykmeldingReader::isSykmelding;
            case ENCOUNTER_REPORT -> FhirSubmissionReader::isEncounterPart;
        };
    }

    private static Optional<? extends ReportContent> readEntry(BundleReading reading, ReportType type,
            BundleIndex.Entry entry, LocalDate encounterDate, String encounterDateLocation) {
        if (entry.is(Immunization.class)) {
            return VaccinationReader.read(reading, entry);
        }
        if (entry.is(Condition.class)) {
            return KlinikermeldingReader.read(reading, entry, encounterDate, encounterDateLocation);
        }
        if (DiabetesAnnualControlReader.isPanel(entry)) {
            return DiabetesAnnualControlReader.read(reading, entry);
        }
        if (SykmeldingReader.isSykmelding(entry)) {
            return SykmeldingReader.read(reading, entry);
        }
        throw new IllegalStateException("No reader for " + entry.type() + " in a " + type.code() + " report");
    }

    /** Describes the resource a registry report type needs, for messages. */
    private static String describe(ReportType type) {
        return switch (type) {
            case VACCINATION -> "an Immunization with status completed";
            case KLINIKERMELDING -> "a Condition coded in ICD-10 or ICPC-2";
            case DIABETES_ANNUAL_CONTROL -> "an Observation coded " + MeldeportFhir.DIABETES_CONTROL_SYSTEM + "|"
                    + MeldeportFhir.DIABETES_CONTROL_PANEL;
            case SYKMELDING -> "a Composition of type " + FhirSystems.DOCUMENT_TYPE + "|"
                    + FhirSystems.DOCUMENT_TYPE_SYKMELDING;
            case ENCOUNTER_REPORT -> "an Encounter";
        };
    }
}
