package no.meldeport.gateway.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        String publicBaseUrl,
        List<String> tokenAlgorithms) {

    /** The issuer name of the embedded development issuer. */
    public static final String DEV_ISSUER = "urn:meldeport:dev-issuer";

    /** Asymmetric JWS algorithms a token may use; HMAC and {@code none} are never accepted. */
    static final List<String> SUPPORTED_ALGORITHMS =
            List.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512");

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
                settings.optional("MELDEPORT_PUBLIC_BASE_URL")
                        .map(url -> GatewayConfig.checkHttpUrl("MELDEPORT_PUBLIC_BASE_URL", url))
                        .orElse(null),
                algorithms(settings));
    }

    /** The JWS algorithms accepted on access tokens: a comma-separated subset of RS/PS/ES 256, 384 and 512. */
    private static List<String> algorithms(Settings settings) {
        List<String> algorithms = new ArrayList<>();
        for (String name : settings.string("MELDEPORT_TOKEN_ALGORITHMS", "RS256,PS256,ES256").split(",")) {
            String algorithm = name.trim().toUpperCase(Locale.ROOT);
            if (!SUPPORTED_ALGORITHMS.contains(algorithm)) {
                throw new ConfigException("MELDEPORT_TOKEN_ALGORITHMS", name.trim(),
                        "expected a comma-separated list of " + String.join(", ", SUPPORTED_ALGORITHMS));
            }
            algorithms.add(algorithm);
        }
        return List.copyOf(algorithms);
    }

    /** True when tokens come from the gateway's own development issuer rather than an external JWKS. */
    public boolean usesDevIssuer() {
        return jwksUrl == null;
    }
}
