package no.meldeport.gateway.rest;

import java.time.LocalDate;
import java.util.Optional;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.SubmissionIssue;
import no.meldeport.model.ClinicalContext;
import no.meldeport.model.Organization;
import no.meldeport.model.Patient;
import no.meldeport.model.PersonIdentifier;
import no.meldeport.model.PersonIdentifierType;
import no.meldeport.model.Practitioner;
import no.meldeport.model.Sex;

/**
 * Reads what every part of a REST report shares: {@code pasient} (required, with an identifier), {@code behandler}
 * (optional, with an HPR number when given), {@code virksomhet} (optional, with an organisation number when given) and
 * {@code konsultasjon} (optional). The rules are those of the FHIR face.
 */
final class RestContextReader {

    private static final String DIGITS_11 = "[0-9]{11}";

    private RestContextReader() {
    }

    /** Returns the context, or null when the patient cannot be read. The added issues give the reason. */
    static ClinicalContext read(JsonFieldReader root) {
        Patient patient = root.object(RestFields.PATIENT, true).map(RestContextReader::patient).orElse(null);
        Practitioner clinician = root.object(RestFields.CLINICIAN, false)
                .map(RestContextReader::practitioner)
                .orElse(null);
        Organization organization = root.object(RestFields.ORGANIZATION, false)
                .map(RestContextReader::organization)
                .orElse(null);
        String encounterId = null;
        LocalDate encounterDate = null;
        Optional<JsonFieldReader> encounter = root.object(RestFields.ENCOUNTER, false);
        if (encounter.isPresent()) {
            encounterId = encounter.get().text(RestFields.PART_ID, false);
            encounterDate = encounter.get().date(RestFields.ENCOUNTER_DATE, false);
            encounter.get().finish();
        }
        return patient == null ? null : new ClinicalContext(patient, clinician, organization, encounterId, encounterDate);
    }

    private static Patient patient(JsonFieldReader patient) {
        PersonIdentifier identifier = patient.object(RestFields.IDENTIFIER, true)
                .map(RestContextReader::identifier)
                .orElse(null);
        String givenName = patient.text(RestFields.GIVEN_NAME, false);
        String middleName = patient.text(RestFields.MIDDLE_NAME, false);
        String familyName = patient.text(RestFields.FAMILY_NAME, false);
        LocalDate birthDate = patient.date(RestFields.BIRTH_DATE, false);
        Sex sex = RestPartReaders.code(patient, RestFields.SEX, false, RestCodes.SEXES);
        String municipality = patient.text(RestFields.MUNICIPALITY, false, "[0-9]{4}", "a four-digit kommunenummer");
        patient.finish();
        return identifier == null ? null
                : new Patient(identifier, givenName, middleName, familyName, birthDate, sex, municipality);
    }

    private static PersonIdentifier identifier(JsonFieldReader identifier) {
        PersonIdentifierType type = RestPartReaders.code(identifier, RestFields.IDENTIFIER_TYPE, true,
                RestCodes.IDENTIFIER_TYPES);
        String pattern = type == PersonIdentifierType.DUF_NUMBER ? "[0-9]{12}" : DIGITS_11;
        String value = identifier.text(RestFields.IDENTIFIER_VALUE, true, pattern,
                type == PersonIdentifierType.DUF_NUMBER ? "12 digits" : "11 digits");
        String assigner = identifier.text(RestFields.IDENTIFIER_ASSIGNER, type == PersonIdentifierType.H_NUMBER,
                "[0-9]{9}", "the 9-digit organisation number that issued the H-number");
        identifier.finish();
        if (type == null || value == null) {
            return null;
        }
        return new PersonIdentifier(type, value, assigner);
    }

    private static Practitioner practitioner(JsonFieldReader practitioner) {
        String hpr = practitioner.text(RestFields.HPR_NUMBER, true, "[0-9]{1,9}", "an HPR number of up to 9 digits");
        String givenName = practitioner.text(RestFields.GIVEN_NAME, false);
        String familyName = practitioner.text(RestFields.FAMILY_NAME, false);
        String phone = practitioner.text(RestFields.PHONE, false);
        practitioner.finish();
        return hpr == null ? null : new Practitioner(hpr, givenName, familyName, phone);
    }

    private static Organization organization(JsonFieldReader organization) {
        String number = organisationNumber(organization, true);
        String name = organization.text(RestFields.NAME, false);
        String herId = organization.text(RestFields.HER_ID, false, "[0-9]{1,9}", "a HER id of up to 9 digits");
        organization.finish();
        return number == null ? null : new Organization(number, name, herId);
    }

    /** Reads a 9-digit organisation number; the checksum is the validator's business, as on the FHIR face. */
    static String organisationNumber(JsonFieldReader object, boolean required) {
        return object.text(RestFields.ORGANISATION_NUMBER, required, "[0-9]{9}", "a 9-digit organisation number");
    }

    /** Adds an issue for a field that another field's value makes required. */
    static void requiredBecause(JsonFieldReader object, String field) {
        String at = object.pointerOf(field);
        object.issues().add(SubmissionIssue.error(IssueMessage.ELEMENT_REQUIRED, at, null, at));
    }
}
