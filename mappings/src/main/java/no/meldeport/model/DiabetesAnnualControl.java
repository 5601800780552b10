package no.meldeport.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The yearly diabetes control for NOKLUS (Noklus diabetesskjema). {@code diabetesDiagnosis} is the ICD-10 or ICPC-2
 * code of the diabetes type (E10, E11, T89, T90 …). The examination and smoking fields are null when not recorded;
 * lists are never null.
 */
public record DiabetesAnnualControl(
        String sourceId,
        LocalDate controlDate,
        Coding diabetesDiagnosis,
        Integer yearOfDiagnosis,
        List<Measurement> measurements,
        Boolean footExaminationDone,
        Boolean monofilamentSensationReduced,
        Boolean eyeExaminationDone,
        Boolean retinopathy,
        SmokingStatus smoking,
        List<Coding> medications,
        List<Coding> complications) implements ReportContent {

    public DiabetesAnnualControl {
        measurements = measurements == null ? List.of() : List.copyOf(measurements);
        medications = medications == null ? List.of() : List.copyOf(medications);
        complications = complications == null ? List.of() : List.copyOf(complications);
    }

    @Override
    public Registry registry() {
        return Registry.NOKLUS;
    }

    /** Smoking status as the Noklus form asks it. */
    public enum SmokingStatus {
        NEVER, FORMER, DAILY, OCCASIONAL
    }
}
