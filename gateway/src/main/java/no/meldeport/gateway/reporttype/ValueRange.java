package no.meldeport.gateway.reporttype;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The values a registry accepts for one measurement: its code, the UCUM unit it must be given in, the possible range
 * and the usual range. A value outside the possible range is an error, because it is almost surely a typo or a wrong
 * unit, and a value outside the usual range is a warning. Both ranges are inclusive. {@code unit} and the ranges are null for a measurement whose
 * unit and range are not checked; {@code required} marks a measurement every report of the type must carry.
 *
 * <p>{@code systems} lists the spellings of the code system. The measurement's name is the message key
 * {@code measurement.<code>}.
 */
public record ValueRange(
        List<String> systems,
        String code,
        String unit,
        BigDecimal possibleMin,
        BigDecimal possibleMax,
        BigDecimal usualMin,
        BigDecimal usualMax,
        boolean required) {

    public ValueRange {
        systems = List.copyOf(systems);
        Objects.requireNonNull(code, "code");
    }

    /** A measurement in {@code unit} with a possible and a usual range. */
    public static ValueRange of(String system, String code, String unit, String possibleMin, String possibleMax,
            String usualMin, String usualMax) {
        return new ValueRange(List.of(system), code, unit, new BigDecimal(possibleMin), new BigDecimal(possibleMax),
                new BigDecimal(usualMin), new BigDecimal(usualMax), false);
    }

    /** Returns a known measurement whose unit and value are not checked. */
    public static ValueRange unchecked(String system, String code) {
        return new ValueRange(List.of(system), code, null, null, null, null, null, false);
    }

    /** Returns a copy that every report of the type must carry. */
    public ValueRange asRequired() {
        return new ValueRange(systems, code, unit, possibleMin, possibleMax, usualMin, usualMax, true);
    }

    public boolean matches(String system, String measurementCode) {
        return systems.contains(system) && code.equals(measurementCode);
    }

    /** Reports whether unit and value are checked. */
    public boolean isChecked() {
        return unit != null;
    }

    /** Returns the message key of the measurement's name, for example {@code measurement.NPU27300}. */
    public String labelKey() {
        return "measurement." + code;
    }
}
