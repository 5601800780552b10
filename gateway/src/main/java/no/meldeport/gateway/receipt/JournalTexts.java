package no.meldeport.gateway.receipt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.DiabetesAnnualControl;
import no.meldeport.model.Klinikermelding;
import no.meldeport.model.Registry;
import no.meldeport.model.ReportContent;
import no.meldeport.model.SickLeavePeriod;
import no.meldeport.model.Sykmelding;
import no.meldeport.model.Vaccination;

/**
 * Short Norwegian journal texts that tell what was reported to which registry, when, and under which receipt, for
 * example "Meldt til SYSVAK 04.12.2026 kl. 10:32: influensavaksine (Fluad), dose 1, batch AB123. Kvittering 8F2K-19."
 * Times are shown in Europe/Oslo. The texts name the report's content, so they go to the EPJ only and never to a log.
 * Every method is a pure function.
 */
public final class JournalTexts {

    public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm", Locale.ROOT)
            .withZone(NORWAY);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);

    private JournalTexts() {
    }

    /** Returns the text for a part that the registry confirmed with a receipt id at {@code deliveredAt}. */
    public static String delivered(Registry registry, ReportContent content, Instant deliveredAt, String receiptId) {
        return "Meldt til " + registry.displayName() + " " + TIME.format(deliveredAt) + ": " + describe(content)
                + ". Kvittering " + receiptId + ".";
    }

    /** Returns the text for a part that waits for delivery, which Meldeport keeps trying. */
    public static String pending(Registry registry, ReportContent content) {
        return "Venter på levering til " + registry.displayName() + ": " + describe(content)
                + ". Meldeport leverer automatisk.";
    }

    /** Returns the text for a part that the registry rejected or that could not be delivered. */
    public static String failed(Registry registry, ReportContent content) {
        return "Ikke levert til " + registry.displayName() + ": " + describe(content)
                + ". Se status for årsak, rett og send på nytt.";
    }

    /** Formats a point in time as Norwegian journals write it: {@code dd.MM.yyyy kl. HH:mm} in Europe/Oslo. */
    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** Describes a part in a few words: what was given, found or certified. */
    public static String describe(ReportContent content) {
        if (content instanceof Vaccination vaccination) {
            return vaccination(vaccination);
        }
        if (content instanceof Klinikermelding klinikermelding) {
            return klinikermelding(klinikermelding);
        }
        if (content instanceof DiabetesAnnualControl control) {
            return "diabetes årskontroll " + DATE.format(control.controlDate()) + " ("
                    + code(control.diabetesDiagnosis()) + ")";
        }
        return sykmelding((Sykmelding) content);
    }

    private static String vaccination(Vaccination vaccination) {
        String name = VaccineNames.forAtc(vaccination.atcCode().code())
                .orElse("vaksine " + vaccination.sysvakCode().code());
        String display = vaccination.sysvakCode().display();
        List<String> parts = new ArrayList<>();
        parts.add(display == null || display.isBlank() ? name : name + " (" + display + ")");
        if (vaccination.doseNumber() != null) {
            parts.add("dose " + vaccination.doseNumber());
        }
        if (vaccination.lotNumber() != null) {
            parts.add("batch " + vaccination.lotNumber());
        }
        return String.join(", ", parts);
    }

    private static String klinikermelding(Klinikermelding klinikermelding) {
        String disease = klinikermelding.msisDisease();
        String about = disease == null || disease.isBlank()
                ? code(klinikermelding.diagnosis())
                : lowerFirst(disease) + " (" + code(klinikermelding.diagnosis()) + ")";
        return "klinikermelding om " + about + ", diagnosedato " + DATE.format(klinikermelding.diagnosisDate());
    }

    private static String sykmelding(Sykmelding sykmelding) {
        String periods = sykmelding.periods().stream()
                .map(JournalTexts::period)
                .collect(Collectors.joining(", "));
        return "sykmelding " + periods + " (" + code(sykmelding.mainDiagnosis()) + ")";
    }

    private static String period(SickLeavePeriod period) {
        String span = DATE.format(period.from()) + "–" + DATE.format(period.to());
        return span + " " + switch (period.kind()) {
            case ACTIVITY_NOT_POSSIBLE -> "100 %";
            case GRADED -> (period.gradePercent() == null ? "gradert" : period.gradePercent() + " %");
            case WAITING -> "avventende";
            case TREATMENT_DAYS -> (period.treatmentDays() == null ? "behandlingsdager"
                    : period.treatmentDays() + " behandlingsdager");
            case TRAVEL_GRANT -> "reisetilskudd";
        };
    }

    /** Names a diagnosis code with its code system, for example {@code ICD-10 A04.5}. */
    static String code(Coding coding) {
        String system = CodeSystems.isIcd10(coding.system()) ? "ICD-10"
                : CodeSystems.isIcpc2(coding.system()) ? "ICPC-2" : coding.system();
        return system + " " + coding.code();
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    private static String lowerFirst(String text) {
        return text.substring(0, 1).toLowerCase(Locale.forLanguageTag("nb")) + text.substring(1);
    }
}
