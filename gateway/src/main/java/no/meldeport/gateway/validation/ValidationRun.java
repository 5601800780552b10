package no.meldeport.gateway.validation;

import java.time.Instant;
import java.time.LocalDate;
import no.meldeport.gateway.reporttype.ReportTypeCatalog;
import no.meldeport.gateway.validation.identifiers.IdentifierCheck;
import no.meldeport.gateway.validation.identifiers.PersonNumbers;
import no.meldeport.model.ClinicalContext;
import no.meldeport.model.Patient;
import no.meldeport.model.PersonIdentifier;
import no.meldeport.model.PersonIdentifierType;
import no.meldeport.model.Reporter;

/**
 * The state of validating one submission: where issues go, the current date and time the date rules compare with,
 * the patient's birth date, and who reported.
 *
 * @param birthDate the Patient's birth date, else the one its person identifier encodes, else null
 * @param identifierType the kind of the patient's identifier
 * @param identifierCheck the outcome of checking the patient's identifier
 */
record ValidationRun(
        ValidationIssues issues,
        ReportTypeCatalog catalog,
        boolean allowSyntheticIds,
        LocalDate today,
        Instant now,
        LocalDate birthDate,
        PersonIdentifierType identifierType,
        IdentifierCheck identifierCheck,
        Reporter reporter) {

    static ValidationRun start(ValidationIssues issues, ReportTypeCatalog catalog, boolean allowSyntheticIds,
            LocalDate today, Instant now, ClinicalContext context, Reporter reporter) {
        Patient patient = context.patient();
        PersonIdentifier identifier = patient.identifier();
        IdentifierCheck check = PersonNumbers.check(identifier.type(), identifier.value().trim(), today.getYear());
        LocalDate birthDate = patient.birthDate() != null ? patient.birthDate() : check.birthDate();
        return new ValidationRun(issues, catalog, allowSyntheticIds, today, now, birthDate, identifier.type(), check,
                reporter);
    }

    /** Reports whether the access token names the health professional, whose HPR number can stand in. */
    boolean tokenNamesHealthProfessional() {
        return reporter != null && reporter.hprNumber() != null && !reporter.hprNumber().isBlank();
    }
}
