package no.meldeport.model;

import java.util.Optional;

/**
 * A report type, named by {@code MessageHeader.eventCoding} with the system {@link #CODE_SYSTEM}.
 * An encounter report carries any mix of the four registry reports, and the planner finds each part.
 */
public enum ReportType {
    ENCOUNTER_REPORT("encounter-report", null),
    VACCINATION("vaccination", Registry.SYSVAK),
    KLINIKERMELDING("klinikermelding", Registry.MSIS),
    DIABETES_ANNUAL_CONTROL("diabetes-annual-control", Registry.NOKLUS),
    SYKMELDING("sykmelding", Registry.NAV);

    /** The Meldeport code system for {@code MessageHeader.eventCoding}. */
    public static final String CODE_SYSTEM = "https://meldeport.no/fhir/CodeSystem/report-type";

    private final String code;
    private final Registry registry;

    ReportType(String code, Registry registry) {
        this.code = code;
        this.registry = registry;
    }

    public String code() {
        return code;
    }

    /** The single registry of a registry report, or empty for an encounter report. */
    public Optional<Registry> registry() {
        return Optional.ofNullable(registry);
    }

    public static Optional<ReportType> fromCode(String code) {
        for (ReportType type : values()) {
            if (type.code.equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
