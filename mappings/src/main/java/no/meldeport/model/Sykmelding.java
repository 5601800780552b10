package no.meldeport.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A sick-leave certificate for NAV. {@code mainDiagnosis} is ICPC-2 or ICD-10; the secondary diagnoses and periods lists
 * are never null. {@code treatedAt} is the BehandletDato (when the physician saw the patient); {@code contactDate} the
 * first contact about this illness, may be null. {@code prognosis} is free text and may be null.
 */
public record Sykmelding(
        String sourceId,
        Coding mainDiagnosis,
        List<Coding> secondaryDiagnoses,
        List<SickLeavePeriod> periods,
        Employer employer,
        OffsetDateTime treatedAt,
        LocalDate contactDate,
        Boolean returnToWorkExpected,
        String prognosis) implements ReportContent {

    public Sykmelding {
        secondaryDiagnoses = secondaryDiagnoses == null ? List.of() : List.copyOf(secondaryDiagnoses);
        periods = periods == null ? List.of() : List.copyOf(periods);
    }

    @Override
    public Registry registry() {
        return Registry.NAV;
    }
}
