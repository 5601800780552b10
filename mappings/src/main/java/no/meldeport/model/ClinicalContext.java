package no.meldeport.model;

import java.time.LocalDate;

/**
 * What every registry part of one submission shares: the patient, the clinician of record, the point of care and the
 * consultation. {@code encounterId} and {@code encounterDate} are null when the Bundle has no Encounter.
 */
public record ClinicalContext(
        Patient patient,
        Practitioner clinician,
        Organization organization,
        String encounterId,
        LocalDate encounterDate) {
}
