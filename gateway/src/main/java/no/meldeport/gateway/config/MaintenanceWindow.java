package no.meldeport.gateway.config;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.meldeport.model.Registry;

/**
 * A planned maintenance window of a registry, from {@code MELDEPORT_MAINTENANCE_WINDOWS}: the registry is expected
 * to be unavailable from {@code start} (inclusive) to {@code end} (exclusive). Deliveries wait and are sent after it.
 */
public record MaintenanceWindow(Registry registry, Instant start, Instant end) {

    public static final String VARIABLE = "MELDEPORT_MAINTENANCE_WINDOWS";

    public MaintenanceWindow {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A maintenance window must end after it starts");
        }
    }

    public boolean isActiveAt(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /**
     * Parses {@code registry=start/end} entries separated by semicolons, with ISO-8601 instants, for example
     * {@code sysvak=2026-12-05T22:00:00Z/2026-12-06T02:00:00Z;nav=2026-12-07T18:00:00Z/2026-12-07T20:00:00Z}.
     * A registry may have several windows. Minutes-only instants such as {@code 2026-12-05T22:00Z} are accepted.
     *
     * @throws ConfigException naming the entry that is not of that form
     */
    public static List<MaintenanceWindow> parse(String value) {
        List<MaintenanceWindow> windows = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return windows;
        }
        for (String entry : value.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] registryAndSpan = entry.trim().split("=", 2);
            String[] span = registryAndSpan.length == 2 ? registryAndSpan[1].split("/", 2) : new String[0];
            if (span.length != 2) {
                throw invalid(value, entry);
            }
            try {
                windows.add(new MaintenanceWindow(Registry.fromId(registryAndSpan[0].trim()),
                        instant(span[0]), instant(span[1])));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw invalid(value, entry);
            }
        }
        return List.copyOf(windows);
    }

    /** Parses an ISO-8601 date-time with offset; seconds may be left out, as in {@code 2026-12-05T22:00Z}. */
    private static Instant instant(String text) {
        return OffsetDateTime.parse(text.trim()).toInstant();
    }

    private static ConfigException invalid(String value, String entry) {
        return new ConfigException(VARIABLE, value, "the entry '" + entry.trim() + "' is not registry=start/end"
                + " with a registry of sysvak, msis, noklus, nav and ISO-8601 instants, start before end,"
                + " for example sysvak=2026-12-05T22:00:00Z/2026-12-06T02:00:00Z");
    }
}
