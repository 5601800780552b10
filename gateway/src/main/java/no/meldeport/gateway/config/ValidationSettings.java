package no.meldeport.gateway.config;

import java.time.Duration;
import no.meldeport.gateway.validation.body.BodyLimits;

/**
 * Settings of input validation and idempotency.
 *
 * @param allowSyntheticIds whether synthetic test fødselsnumre and D-numbers (Tenor, NAV, FHI) are accepted as
 *     patient identifiers: {@code MELDEPORT_ALLOW_SYNTHETIC_IDS}, default true in embedded mode and false in production
 * @param maxNestingDepth the deepest nesting of JSON objects and arrays or XML elements in a body:
 *     {@code MELDEPORT_MAX_NESTING_DEPTH}, default 64
 * @param maxArrayItems the most items in one JSON array, or XML siblings of one name:
 *     {@code MELDEPORT_MAX_ARRAY_ITEMS}, default 10000
 * @param maxBundleEntries the most entries in a FHIR Bundle: {@code MELDEPORT_MAX_BUNDLE_ENTRIES}, default 1000
 * @param idempotencyRetention how long an idempotency key is remembered after its submission was accepted:
 *     {@code MELDEPORT_IDEMPOTENCY_RETENTION_DAYS}, default 7, at least 7
 */
public record ValidationSettings(
        boolean allowSyntheticIds,
        int maxNestingDepth,
        int maxArrayItems,
        int maxBundleEntries,
        Duration idempotencyRetention) {

    /** The shortest retention Meldeport promises EPJ vendors: a resend within a week is always recognised. */
    public static final int MIN_RETENTION_DAYS = 7;

    static ValidationSettings from(Settings settings, boolean embedded) {
        return new ValidationSettings(
                settings.bool("MELDEPORT_ALLOW_SYNTHETIC_IDS", embedded),
                settings.integer("MELDEPORT_MAX_NESTING_DEPTH", BodyLimits.DEFAULT_MAX_DEPTH, 16, 1000),
                settings.integer("MELDEPORT_MAX_ARRAY_ITEMS", BodyLimits.DEFAULT_MAX_ARRAY_ITEMS, 100, 1_000_000),
                settings.integer("MELDEPORT_MAX_BUNDLE_ENTRIES", BodyLimits.DEFAULT_MAX_BUNDLE_ENTRIES, 10, 100_000),
                Duration.ofDays(settings.integer("MELDEPORT_IDEMPOTENCY_RETENTION_DAYS", MIN_RETENTION_DAYS,
                        MIN_RETENTION_DAYS, 3650)));
    }

    /** Returns the body limits with the given maximum body size. */
    public BodyLimits bodyLimits(long maxBodyBytes) {
        return new BodyLimits(maxBodyBytes, maxNestingDepth, maxArrayItems, maxBundleEntries);
    }
}
