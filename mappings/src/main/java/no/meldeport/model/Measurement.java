package no.meldeport.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A measured value: {@code code} in NLK or LOINC, {@code unit} in UCUM, {@code effectiveDate} when taken (may be
 * null, then the control date applies).
 */
public record Measurement(Coding code, BigDecimal value, String unit, LocalDate effectiveDate) {
}
