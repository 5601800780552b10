package no.meldeport.model;

import java.time.LocalDate;

/**
 * A clinician notification of a notifiable disease for MSIS. {@code diagnosis} is coded in ICD-10 or ICPC-2;
 * {@code msisDisease} is the disease name and {@code msisGroup} its MSIS group (A, B or C) from the table of
 * notifiable diseases. All fields after {@code diagnosisDate} are optional and null when unknown.
 * {@code infectionCountry} is an ISO 3166 alpha-2 code; {@code infectionMunicipality} a four-digit kommunenummer.
 */
public record Klinikermelding(
        String sourceId,
        Coding diagnosis,
        String msisDisease,
        String msisGroup,
        LocalDate diagnosisDate,
        LocalDate symptomOnsetDate,
        String infectionMunicipality,
        String infectionCountry,
        String exposureSetting,
        String transmissionRoute,
        Boolean closeContactConfirmed,
        String testingReason,
        String vaccinationStatus,
        Boolean hospitalised,
        String note) implements ReportContent {

    @Override
    public Registry registry() {
        return Registry.MSIS;
    }
}
