package no.meldeport.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One activity period of a sykmelding, from and to inclusive. {@code gradePercent} is set for {@link Kind#GRADED},
 * {@code treatmentDays} for {@link Kind#TREATMENT_DAYS}, {@code medicalReasons} (free text) may accompany
 * {@link Kind#ACTIVITY_NOT_POSSIBLE}, and {@code waitingInfo} goes with {@link Kind#WAITING}.
 */
public record SickLeavePeriod(
        LocalDate from,
        LocalDate to,
        Kind kind,
        Integer gradePercent,
        Integer treatmentDays,
        String medicalReasons,
        String waitingInfo) {

    public SickLeavePeriod {
        medicalReasons = medicalReasons == null || medicalReasons.isBlank() ? null : medicalReasons;
    }

    /** The kinds of activity period in the NAV format. */
    public enum Kind {
        /** avventende sykmelding */
        WAITING,
        /** gradert sykmelding */
        GRADED,
        /** aktivitet ikke mulig (100 %) */
        ACTIVITY_NOT_POSSIBLE,
        /** behandlingsdager */
        TREATMENT_DAYS,
        /** reisetilskudd */
        TRAVEL_GRANT
    }

    public static List<SickLeavePeriod> single(SickLeavePeriod period) {
        return List.of(period);
    }
}
