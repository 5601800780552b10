package no.meldeport.gateway.validation.body;

/**
 * Limits that protect the gateway from request bodies built to exhaust it, checked before a body is parsed into
 * objects. Each face reads them from configuration.
 *
 * @param maxBytes the largest body in bytes
 * @param maxDepth the deepest nesting of JSON objects and arrays, or of XML elements
 * @param maxArrayItems the most items in one JSON array, or the most XML siblings of one name
 * @param maxBundleEntries the most entries in a FHIR Bundle
 */
public record BodyLimits(long maxBytes, int maxDepth, int maxArrayItems, int maxBundleEntries) {

    /** 5 MiB, the default of {@code MELDEPORT_MAX_BODY_BYTES}. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    public static final int DEFAULT_MAX_DEPTH = 64;
    public static final int DEFAULT_MAX_ARRAY_ITEMS = 10_000;
    public static final int DEFAULT_MAX_BUNDLE_ENTRIES = 1_000;

    /** The defaults of the configuration. */
    public static final BodyLimits DEFAULTS =
            new BodyLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ARRAY_ITEMS, DEFAULT_MAX_BUNDLE_ENTRIES);

    public BodyLimits {
        if (maxBytes < 1 || maxDepth < 1 || maxArrayItems < 1 || maxBundleEntries < 1) {
            throw new IllegalArgumentException("Body limits must be positive: " + maxBytes + ", " + maxDepth + ", "
                    + maxArrayItems + ", " + maxBundleEntries);
        }
    }
}
