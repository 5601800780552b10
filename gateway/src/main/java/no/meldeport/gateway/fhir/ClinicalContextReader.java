package no.meldeport.gateway.fhir;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.model.ClinicalContext;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.PersonIdentifier;
import no.meldeport.model.PersonIdentifierType;
import no.meldeport.model.Sex;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.StringType;

/**
 * Reads what all parts of a submission share. The patient is the one Patient of the Bundle. The clinician is the
 * Practitioner named by {@code MessageHeader.author}, or the only Practitioner of the Bundle. The point of care is the
 * Organization named by {@code MessageHeader.sender}, or else by {@code Encounter.serviceProvider}. The encounter is
 * the first Encounter of the Bundle.
 */
final class ClinicalContextReader {

    /** Person identifier systems in order of preference, when a Patient has several. */
    private static final List<PersonIdentifierType> IDENTIFIER_PREFERENCE = List.of(
            PersonIdentifierType.FODSELSNUMMER,
            PersonIdentifierType.D_NUMBER,
            PersonIdentifierType.DUF_NUMBER,
            PersonIdentifierType.FELLES_HJELPENUMMER,
            PersonIdentifierType.H_NUMBER);
    private static final String IDENTIFIER_SYSTEMS = Arrays.stream(PersonIdentifierType.values())
            .map(PersonIdentifierType::system)
            .collect(Collectors.joining(", "));
    private static final String HEADER = "Bundle.entry[0].resource";

    private ClinicalContextReader() {
    }

    /** Returns the Patient entry, or empty after an issue when the Bundle has none or several. */
    static Optional<BundleIndex.Entry> patientEntry(BundleReading reading) {
        List<BundleIndex.Entry> patients = reading.index().ofType(Patient.class);
        if (patients.isEmpty()) {
            reading.error(IssueMessage.PATIENT_MISSING, "Bundle.entry", null);
            return Optional.empty();
        }
        if (patients.size() > 1) {
            reading.error(IssueMessage.PATIENT_NOT_UNIQUE, patients.get(1).expression(), null,
                    String.valueOf(patients.size()));
            return Optional.empty();
        }
        return Optional.of(patients.get(0));
    }

    /** Returns the context, or null when a problem prevents it. The added issues give the reason. */
    static ClinicalContext read(BundleReading reading, MessageHeader header, BundleIndex.Entry patientEntry) {
        no.meldeport.model.Patient patient = patientEntry == null ? null : patient(reading, patientEntry);
        no.meldeport.model.Practitioner clinician = clinician(reading, header);
        Optional<BundleIndex.Entry> encounter = reading.index().ofType(Encounter.class).stream().findFirst();
        no.meldeport.model.Organization organization = organization(reading, header, encounter);
        if (patient == null) {
            return null;
        }
        String encounterId = encounter.map(BundleIndex.Entry::sourceId).orElse(null);
        encounter.ifPresent(entry -> reading.locate(null, "encounterDate", entry.expression() + ".period.start"));
        LocalDate encounterDate = encounter
                .map(entry -> FhirValues.localDate(((Encounter) entry.resource()).getPeriod().getStartElement()))
                .orElse(null);
        return new ClinicalContext(patient, clinician, organization, encounterId, encounterDate);
    }

    private static no.meldeport.model.Patient patient(BundleReading reading, BundleIndex.Entry entry) {
        Patient resource = (Patient) entry.resource();
        reading.locate(null, "patient", entry.expression());
        int position = personIdentifierIndex(resource.getIdentifier());
        if (position < 0) {
            reading.error(IssueMessage.PATIENT_IDENTIFIER_MISSING, entry.expression() + ".identifier", null,
                    IDENTIFIER_SYSTEMS);
            return null;
        }
        reading.locate(null, "patient.identifier", entry.expression() + ".identifier[" + position + "]");
        Optional<PersonIdentifier> identifier = personIdentifier(resource.getIdentifier().get(position));
        HumanName name = name(resource.getName());
        return new no.meldeport.model.Patient(
                identifier.get(),
                name == null ? null : givenName(name),
                name == null ? null : middleName(name),
                name == null || !name.hasFamily() ? null : name.getFamily(),
                FhirValues.localDate(resource.getBirthDateElement()),
                sex(resource),
                municipality(resource.getAddress()));
    }

    /** Returns the position of the preferred person identifier of the Patient, or -1 when it has none. */
    private static int personIdentifierIndex(List<Identifier> identifiers) {
        for (PersonIdentifierType type : IDENTIFIER_PREFERENCE) {
            int position = FhirValues.identifierIndex(identifiers, type.system());
            if (position >= 0) {
                return position;
            }
        }
        return -1;
    }

    private static Optional<PersonIdentifier> personIdentifier(Identifier identifier) {
        return PersonIdentifierType.fromSystem(identifier.getSystem()).map(type -> {
            String assigner = identifier.getAssigner().hasIdentifier()
                    ? identifier.getAssigner().getIdentifier().getValue()
                    : null;
            return new PersonIdentifier(type, identifier.getValue().trim(), assigner);
        });
    }

    /** Returns the official name, else the first name that is not old, else null. */
    private static HumanName name(List<HumanName> names) {
        return names.stream()
                .filter(name -> name.getUse() == HumanName.NameUse.OFFICIAL)
                .findFirst()
                .or(() -> names.stream().filter(name -> name.getUse() != HumanName.NameUse.OLD).findFirst())
                .orElse(null);
    }

    /** Returns all given names, because a Norwegian double first name such as "Per Olav" is one given name. */
    private static String givenName(HumanName name) {
        if (!name.hasGiven()) {
            return null;
        }
        return name.getGiven().stream().map(StringType::getValue).collect(Collectors.joining(" "));
    }

    /**
     * Returns the no-basis middle name (mellomnavn). It is a name of its own under Norwegian law, not a second given
     * name, so only the extension carries it.
     */
    private static String middleName(HumanName name) {
        Extension middle = name.getExtensionByUrl(FhirSystems.NO_BASIS_MIDDLENAME);
        return FhirValues.value(middle, StringType.class).map(StringType::getValue).orElse(null);
    }

    private static Sex sex(Patient patient) {
        if (!patient.hasGender()) {
            return null;
        }
        return switch (patient.getGender()) {
            case MALE -> Sex.MALE;
            case FEMALE -> Sex.FEMALE;
            case OTHER -> Sex.OTHER;
            default -> Sex.UNKNOWN;
        };
    }

    /**
     * Returns the municipality number from the no-basis extension on {@code Address.district} (or on the Address) of
     * the home address, else of the first address.
     */
    private static String municipality(List<Address> addresses) {
        Optional<Address> address = addresses.stream()
                .filter(candidate -> candidate.getUse() == Address.AddressUse.HOME)
                .findFirst()
                .or(() -> addresses.stream().findFirst());
        if (address.isEmpty()) {
            return null;
        }
        Extension extension = address.get().getDistrictElement().getExtensionByUrl(FhirSystems.NO_BASIS_MUNICIPALITY_CODE);
        if (extension == null) {
            extension = address.get().getExtensionByUrl(FhirSystems.NO_BASIS_MUNICIPALITY_CODE);
        }
        return FhirValues.value(extension, org.hl7.fhir.r4.model.Coding.class)
                .filter(coding -> CodeSystems.MUNICIPALITY.equals(coding.getSystem())
                        || FhirSystems.MUNICIPALITY_OID.equals(coding.getSystem()))
                .map(org.hl7.fhir.r4.model.Coding::getCode)
                .orElse(null);
    }

    private static no.meldeport.model.Practitioner clinician(BundleReading reading, MessageHeader header) {
        Optional<BundleIndex.Entry> entry;
        if (header.hasAuthor()) {
            entry = reading.optionalTarget(header.getAuthor(), Practitioner.class, HEADER + ".author");
        } else {
            List<BundleIndex.Entry> practitioners = reading.index().ofType(Practitioner.class);
            if (practitioners.size() > 1) {
                reading.error(IssueMessage.PRACTITIONER_NOT_UNIQUE, HEADER + ".author", null,
                        String.valueOf(practitioners.size()));
                return null;
            }
            entry = practitioners.stream().findFirst();
        }
        return entry.map(found -> practitioner(reading, found)).orElse(null);
    }

    private static no.meldeport.model.Practitioner practitioner(BundleReading reading, BundleIndex.Entry entry) {
        Practitioner resource = (Practitioner) entry.resource();
        reading.locate(null, "clinician", entry.expression());
        Optional<String> hpr = FhirValues.identifier(resource.getIdentifier(), CodeSystems.HPR);
        if (hpr.isEmpty()) {
            reading.error(IssueMessage.PRACTITIONER_HPR_MISSING, entry.expression() + ".identifier", null,
                    CodeSystems.HPR);
            return null;
        }
        reading.locate(null, "clinician.hprNumber", entry.expression() + ".identifier["
                + FhirValues.identifierIndex(resource.getIdentifier(), CodeSystems.HPR) + "].value");
        HumanName name = name(resource.getName());
        String given = name == null ? null : givenName(name);
        String phone = resource.getTelecom().stream()
                .filter(contact -> contact.getSystem() == ContactPoint.ContactPointSystem.PHONE && contact.hasValue())
                .map(ContactPoint::getValue)
                .findFirst()
                .orElse(null);
        return new no.meldeport.model.Practitioner(
                hpr.get(), given, name == null || !name.hasFamily() ? null : name.getFamily(), phone);
    }

    private static no.meldeport.model.Organization organization(
            BundleReading reading, MessageHeader header, Optional<BundleIndex.Entry> encounter) {
        Optional<BundleIndex.Entry> entry = Optional.empty();
        if (header.hasSender()) {
            entry = reading.optionalTarget(header.getSender(), Organization.class, HEADER + ".sender");
        } else if (encounter.isPresent()) {
            Encounter resource = (Encounter) encounter.get().resource();
            if (resource.hasServiceProvider()) {
                entry = reading.optionalTarget(resource.getServiceProvider(), Organization.class,
                        encounter.get().expression() + ".serviceProvider");
            }
        }
        entry.ifPresent(found -> {
            reading.locate(null, "organization", found.expression());
            organisationNumberLocation(found).ifPresent(location ->
                    reading.locate(null, "organization.organisationNumber", location));
        });
        return entry.map(found -> organization(reading, found)).orElse(null);
    }

    /** Returns the FHIRPath of an Organization's organisation number, if it has one. */
    static Optional<String> organisationNumberLocation(BundleIndex.Entry entry) {
        Organization resource = (Organization) entry.resource();
        int position = FhirValues.identifierIndex(resource.getIdentifier(), CodeSystems.ORGANISATION_NUMBER);
        return position < 0
                ? Optional.empty()
                : Optional.of(entry.expression() + ".identifier[" + position + "].value");
    }

    /** Reads an Organization with its organisation number, or returns null after an issue when it has none. */
    static no.meldeport.model.Organization organization(BundleReading reading, BundleIndex.Entry entry) {
        Organization resource = (Organization) entry.resource();
        Optional<String> number = FhirValues.identifier(resource.getIdentifier(), CodeSystems.ORGANISATION_NUMBER);
        if (number.isEmpty()) {
            reading.error(IssueMessage.ORGANIZATION_NUMBER_MISSING, entry.expression() + ".identifier", null,
                    CodeSystems.ORGANISATION_NUMBER);
            return null;
        }
        return new no.meldeport.model.Organization(
                number.get(),
                resource.hasName() ? resource.getName() : null,
                FhirValues.identifier(resource.getIdentifier(), CodeSystems.HER_ID).orElse(null));
    }
}
