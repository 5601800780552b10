package no.meldeport.model;

import java.time.OffsetDateTime;

/**
 * One vaccination event for SYSVAK. {@code sysvakCode} is the SYSVAK vaccine code (2-3 letters and 2 digits) and
 * {@code atcCode} its ATC code; {@code targetDisease}, {@code site}, {@code route}, {@code lotNumber} and
 * {@code doseNumber} may be null. {@code consent} is null where the programme needs no consent.
 */
public record Vaccination(
        String sourceId,
        Coding sysvakCode,
        Coding atcCode,
        OffsetDateTime occurrence,
        String lotNumber,
        Integer doseNumber,
        Coding targetDisease,
        Coding site,
        Coding route,
        Boolean consent) implements ReportContent {

    /**
     * The code system of SYSVAK vaccine codes. NOTE: FHI has published no FHIR code-system URI for these codes, so this
     * URI is Meldeport's own; the SYSVAK mapping sends the ATC coding beside it.
     */
    public static final String SYSVAK_SYSTEM = "https://meldeport.no/fhir/CodeSystem/sysvak-vaccine";

    @Override
    public Registry registry() {
        return Registry.SYSVAK;
    }
}
