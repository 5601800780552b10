package no.meldeport.gateway.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Typed reads of configuration variables from a map (normally the process environment), failing fast on bad values. */
final class Settings {

    private final Map<String, String> values;

    Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    Optional<String> optional(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    String string(String name, String defaultValue) {
        return optional(name).orElse(defaultValue);
    }

    String required(String name, String why) {
        return optional(name).orElseThrow(() -> new ConfigException(name, null, why));
    }

    int integer(String name, int defaultValue, int min, int max) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed < min || parsed > max) {
                throw new ConfigException(name, value.get(), "expected an integer from " + min + " to " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new ConfigException(name, value.get(), "expected an integer from " + min + " to " + max);
        }
    }

    /** A duration in milliseconds. */
    Duration millis(String name, Duration defaultValue, Duration min) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            Duration parsed = Duration.ofMillis(Long.parseLong(value.get()));
            if (parsed.compareTo(min) < 0) {
                throw new ConfigException(name, value.get(), "expected milliseconds, at least " + min.toMillis());
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new ConfigException(name, value.get(), "expected milliseconds, at least " + min.toMillis());
        }
    }

    /** Reads a decimal fraction from 0 to 1, such as 0.2. */
    double fraction(String name, double defaultValue) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            double parsed = Double.parseDouble(value.get());
            if (!(parsed >= 0.0 && parsed <= 1.0)) {
                throw new ConfigException(name, value.get(), "expected a fraction from 0 to 1, such as 0.2");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new ConfigException(name, value.get(), "expected a fraction from 0 to 1, such as 0.2");
        }
    }

    boolean bool(String name, boolean defaultValue) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        return switch (value.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new ConfigException(name, value.get(), "expected true or false");
        };
    }
}
