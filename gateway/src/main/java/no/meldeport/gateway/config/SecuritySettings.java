package no.meldeport.gateway.config;

import java.time.Duration;

/**
 * Token-validation settings. In embedded mode the issuer is the gateway's own development issuer and
 * {@code jwksUrl} is null; in production {@code issuer}, {@code audience} and {@code jwksUrl} are required.
 *
 * @param publicBaseUrl the URL clients use to reach the gateway (scheme, host, port), which DPoP proofs must name;
 *     null means {@code http://<bind host>:<port>}
 */
public record SecuritySettings(
        String issuer,
        String audience,
        String jwksUrl,
        boolean dpopRequired,
        Duration clockSkew,
        int rateLimitPerSecond,
        String publicBaseUrl) {

    /** The issuer name of the embedded development issuer. */
    public static final String DEV_ISSUER = "urn:meldeport:dev-issuer";

    /** The default audience: the API name clients ask tokens for. */
    public static final String DEFAULT_AUDIENCE = "meldeport";

    static SecuritySettings from(Settings settings, boolean embedded) {
        String issuer = embedded
                ? settings.string("MELDEPORT_ISSUER", DEV_ISSUER)
                : settings.required("MELDEPORT_ISSUER", "production mode needs the token issuer (iss)");
        String audience = embedded
                ? settings.string("MELDEPORT_AUDIENCE", DEFAULT_AUDIENCE)
                : settings.required("MELDEPORT_AUDIENCE", "production mode needs the API audience (aud)");
        String jwksUrl = embedded
                ? settings.optional("MELDEPORT_JWKS_URL").orElse(null)
                : settings.required("MELDEPORT_JWKS_URL", "production mode needs the issuer's JWKS URL");
        return new SecuritySettings(
                issuer,
                audience,
                jwksUrl,
                settings.bool("MELDEPORT_DPOP_REQUIRED", !embedded),
                Duration.ofSeconds(settings.integer("MELDEPORT_CLOCK_SKEW_SECONDS", 30, 0, 300)),
                settings.integer("MELDEPORT_RATE_LIMIT_PER_SECOND", 50, 1, 1_000_000),
                settings.optional("MELDEPORT_PUBLIC_BASE_URL").orElse(null));
    }

    /** True when tokens come from the gateway's own development issuer rather than an external JWKS. */
    public boolean usesDevIssuer() {
        return jwksUrl == null;
    }
}
