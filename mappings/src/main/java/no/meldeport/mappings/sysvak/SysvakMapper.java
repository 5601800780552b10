package no.meldeport.mappings.sysvak;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import no.meldeport.mappings.Envelopes;
import no.meldeport.mappings.MappingException;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.PersonIdentifier;
import no.meldeport.model.PersonIdentifierType;
import no.meldeport.model.Registry;
import no.meldeport.model.RegistryMapper;
import no.meldeport.model.RegistryMessage;
import no.meldeport.model.RegistryResponse;
import no.meldeport.model.Vaccination;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Immunization.ImmunizationStatus;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Reference;

/**
 * Maps a vaccination to the FHIR R4 {@code Immunization} that Meldeport's SYSVAK contract defines, because FHI has not
 * published its EPJ REST API. The delivery id is the Immunization's business identifier.
 */
public final class SysvakMapper implements RegistryMapper {

    public static final String PATH = "/Immunization";
    public static final String CONTENT_TYPE = "application/fhir+json";

    public static final String PROFILE = "https://meldeport.no/fhir/StructureDefinition/sysvak-immunization";
    public static final String EVENT_TYPE_EXTENSION = "https://meldeport.no/fhir/StructureDefinition/sysvak-event-type";
    public static final String CONSENT_EXTENSION = "https://meldeport.no/fhir/StructureDefinition/sysvak-consent";
    /** SYSVAK's event type for a given vaccination. */
    public static final String EVENT_TYPE_VACCINATION = "V";
    /** Identifier system for URIs, here {@code urn:uuid:<deliveryId>}. */
    public static final String URI_IDENTIFIER_SYSTEM = "urn:ietf:rfc:3986";

    /** The HAPI context is expensive to build and thread-safe, so one serves every mapping. */
    static final FhirContext FHIR = FhirContext.forR4Cached();

    /** SYSVAK registers only persons with one of these identifiers. */
    private static final Set<PersonIdentifierType> SYSVAK_IDENTIFIER_TYPES = Set.of(
            PersonIdentifierType.FODSELSNUMMER, PersonIdentifierType.D_NUMBER, PersonIdentifierType.DUF_NUMBER);

    private final SysvakResponseReader responseReader = new SysvakResponseReader();

    @Override
    public Registry registry() {
        return Registry.SYSVAK;
    }

    /**
     * Builds the Immunization for one vaccination.
     *
     * @throws MappingException when the patient has no fødselsnummer, D-number or DUF number
     */
    @Override
    public RegistryMessage map(DeliveryEnvelope envelope) {
        Vaccination vaccination = Envelopes.content(envelope, Vaccination.class);
        Immunization immunization = toImmunization(envelope, vaccination);
        // Parsers are cheap and not meant to be shared between threads, unlike the context.
        IParser parser = FHIR.newJsonParser().setPrettyPrint(false);
        return new RegistryMessage(PATH, CONTENT_TYPE, parser.encodeResourceToString(immunization));
    }

    @Override
    public RegistryResponse readResponse(int httpStatus, String contentType, String body) {
        return responseReader.read(httpStatus, body);
    }

    private static Immunization toImmunization(DeliveryEnvelope envelope, Vaccination vaccination) {
        Immunization immunization = new Immunization();
        immunization.setMeta(new Meta().addProfile(PROFILE));
        immunization.addExtension(EVENT_TYPE_EXTENSION, new CodeType(EVENT_TYPE_VACCINATION));
        if (vaccination.consent() != null) {
            immunization.addExtension(CONSENT_EXTENSION, new BooleanType(vaccination.consent()));
        }
        immunization.addIdentifier(identifier(URI_IDENTIFIER_SYSTEM, "urn:uuid:" + envelope.deliveryId()));
        immunization.setStatus(ImmunizationStatus.COMPLETED);
        immunization.setVaccineCode(vaccineCode(vaccination));
        immunization.setPatient(patient(envelope));
        immunization.setOccurrence(new DateTimeType(formatDateTime(vaccination.occurrence())));
        immunization.setRecordedElement(new DateTimeType(formatInstant(envelope.acceptedAt())));
        immunization.setLotNumber(vaccination.lotNumber());
        if (vaccination.site() != null) {
            immunization.setSite(concept(vaccination.site()));
        }
        if (vaccination.route() != null) {
            immunization.setRoute(concept(vaccination.route()));
        }
        addPerformers(immunization, envelope);
        addProtocolApplied(immunization, vaccination);
        return immunization;
    }

    private static CodeableConcept vaccineCode(Vaccination vaccination) {
        CodeableConcept vaccineCode = new CodeableConcept();
        Coding sysvakCode = vaccination.sysvakCode();
        vaccineCode.addCoding(fhirCoding(Vaccination.SYSVAK_SYSTEM, sysvakCode.code(), sysvakCode.display()));
        Coding atcCode = vaccination.atcCode();
        if (atcCode != null) {
            // SYSVAK reads ATC under its Norwegian OID, whichever ATC URI the EPJ used.
            vaccineCode.addCoding(fhirCoding(CodeSystems.ATC, atcCode.code(), atcCode.display()));
        }
        return vaccineCode;
    }

    private static Reference patient(DeliveryEnvelope envelope) {
        PersonIdentifier identifier = envelope.context().patient().identifier();
        if (!SYSVAK_IDENTIFIER_TYPES.contains(identifier.type())) {
            throw new MappingException("Delivery " + envelope.deliveryId() + ": SYSVAK requires a fødselsnummer,"
                    + " D-number or DUF number, but the patient has identifier type " + identifier.type());
        }
        return new Reference().setIdentifier(identifier(identifier.type().system(), identifier.value()));
    }

    /**
     * Adds the clinician (HPR number) and then the point of care (organisation number). When one of them is unknown,
     * the other moves up to index 0, so readers should tell them apart by identifier system.
     */
    private static void addPerformers(Immunization immunization, DeliveryEnvelope envelope) {
        String hprNumber = Envelopes.hprNumber(envelope);
        if (hprNumber != null) {
            immunization.addPerformer().setActor(new Reference().setIdentifier(identifier(CodeSystems.HPR, hprNumber)));
        }
        String organisationNumber = Envelopes.organisationNumber(envelope);
        if (organisationNumber != null) {
            immunization.addPerformer().setActor(
                    new Reference().setIdentifier(identifier(CodeSystems.ORGANISATION_NUMBER, organisationNumber)));
        }
    }

    /**
     * Adds the dose number and target disease. FHIR R4 requires {@code doseNumber[x]} in every protocolApplied, so
     * without a dose number nothing is added.
     * NOTE: a target disease without a dose number is therefore not sent; SYSVAK can derive it from the vaccine code.
     */
    private static void addProtocolApplied(Immunization immunization, Vaccination vaccination) {
        if (vaccination.doseNumber() == null) {
            return;
        }
        Immunization.ImmunizationProtocolAppliedComponent protocol = immunization.addProtocolApplied();
        protocol.setDoseNumber(new PositiveIntType(vaccination.doseNumber()));
        if (vaccination.targetDisease() != null) {
            protocol.addTargetDisease(concept(vaccination.targetDisease()));
        }
    }

    private static CodeableConcept concept(Coding coding) {
        return new CodeableConcept().addCoding(fhirCoding(coding.system(), coding.code(), coding.display()));
    }

    private static org.hl7.fhir.r4.model.Coding fhirCoding(String system, String code, String display) {
        return new org.hl7.fhir.r4.model.Coding(system, code, display);
    }

    private static Identifier identifier(String system, String value) {
        return new Identifier().setSystem(system).setValue(value);
    }

    /** Formats with seconds and offset as FHIR dateTime requires; sub-millisecond digits are dropped. */
    private static String formatDateTime(OffsetDateTime dateTime) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime.truncatedTo(ChronoUnit.MILLIS));
    }

    private static String formatInstant(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
