package no.meldeport.gateway.security;

import com.nimbusds.jose.JWSAlgorithm;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Settings for access-token validation, DPoP, the JWKS cache and the per-client rate limit. Built once at start by
 * {@link #builder()}, which rejects inconsistent values with an {@link IllegalArgumentException} naming the setting.
 * The gateway's configuration code fills it; this class reads no environment variables.
 *
 * <p>Defaults: clock skew 30 s, DPoP required, DPoP proof lifetime 10 s, jti replay cache 5 min and 100,000 entries,
 * JWKS refresh floor 30 s, JWKS cache time-to-live 10 min, JWKS fetch timeout 5 s, JWKS maximum size 256 KiB, token
 * algorithms and DPoP proof algorithms RS256, PS256 and ES256, rate limit 50 requests per second per client.
 */
public final class SecurityConfig {

    /** The asymmetric JWS algorithms HelseID may sign with. HMAC and {@code none} are never accepted. */
    public static final Set<JWSAlgorithm> SUPPORTED_ALGORITHMS = Set.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    static final List<JWSAlgorithm> DEFAULT_ALGORITHMS = List.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256);

    private static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private final String issuer;
    private final String audience;
    private final URI jwksUri;
    private final Set<JWSAlgorithm> allowedAlgorithms;
    private final Set<JWSAlgorithm> dpopAlgorithms;
    private final Duration clockSkew;
    private final boolean dpopRequired;
    private final Duration dpopProofLifetime;
    private final Duration jtiCacheTtl;
    private final int jtiCacheMaxEntries;
    private final Duration jwksMinRefreshInterval;
    private final Duration jwksCacheTtl;
    private final Duration jwksFetchTimeout;
    private final int jwksMaxBytes;
    private final int rateLimitForPeriod;
    private final Duration rateLimitRefreshPeriod;

    private SecurityConfig(Builder builder) {
        this.issuer = builder.issuer;
        this.audience = builder.audience;
        this.jwksUri = builder.jwksUri;
        this.allowedAlgorithms = sortedCopy(builder.allowedAlgorithms);
        this.dpopAlgorithms = sortedCopy(builder.dpopAlgorithms);
        this.clockSkew = builder.clockSkew;
        this.dpopRequired = builder.dpopRequired;
        this.dpopProofLifetime = builder.dpopProofLifetime;
        this.jtiCacheTtl = builder.jtiCacheTtl;
        this.jtiCacheMaxEntries = builder.jtiCacheMaxEntries;
        this.jwksMinRefreshInterval = builder.jwksMinRefreshInterval;
        this.jwksCacheTtl = builder.jwksCacheTtl;
        this.jwksFetchTimeout = builder.jwksFetchTimeout;
        this.jwksMaxBytes = builder.jwksMaxBytes;
        this.rateLimitForPeriod = builder.rateLimitForPeriod;
        this.rateLimitRefreshPeriod = builder.rateLimitRefreshPeriod;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The exact {@code iss} value tokens must carry. */
    public String issuer() {
        return issuer;
    }

    /** The value the token's {@code aud} must contain; also the prefix of HelseID-style scopes {@code <audience>/<name>}. */
    public String audience() {
        return audience;
    }

    /** The issuer's JWKS URL, or null where the keys come from elsewhere (the development issuer in embedded mode). */
    public URI jwksUri() {
        return jwksUri;
    }

    /** Algorithms accepted on access tokens, in a stable order. */
    public Set<JWSAlgorithm> allowedAlgorithms() {
        return allowedAlgorithms;
    }

    /** Algorithms accepted on DPoP proofs, in a stable order; also announced in the {@code algs} challenge parameter. */
    public Set<JWSAlgorithm> dpopAlgorithms() {
        return dpopAlgorithms;
    }

    /** Tolerance for the clocks of issuer and client when checking {@code exp}, {@code nbf} and {@code iat}. */
    public Duration clockSkew() {
        return clockSkew;
    }

    /** Whether every request must use {@code Authorization: DPoP}; when false, unbound Bearer tokens are accepted too. */
    public boolean dpopRequired() {
        return dpopRequired;
    }

    /** How old a DPoP proof's {@code iat} may be, before the clock skew is added. */
    public Duration dpopProofLifetime() {
        return dpopProofLifetime;
    }

    /** How long a DPoP proof's {@code jti} is remembered to reject replays. */
    public Duration jtiCacheTtl() {
        return jtiCacheTtl;
    }

    public int jtiCacheMaxEntries() {
        return jtiCacheMaxEntries;
    }

    /** The shortest time between two JWKS fetches, whatever the number of unknown key ids seen in between. */
    public Duration jwksMinRefreshInterval() {
        return jwksMinRefreshInterval;
    }

    /** How long a fetched JWKS is used before the next lookup fetches it again. */
    public Duration jwksCacheTtl() {
        return jwksCacheTtl;
    }

    /** Connect and response timeout of one JWKS fetch. */
    public Duration jwksFetchTimeout() {
        return jwksFetchTimeout;
    }

    /** The largest JWKS response body read, in bytes. */
    public int jwksMaxBytes() {
        return jwksMaxBytes;
    }

    /** Requests one client may make per {@link #rateLimitRefreshPeriod()}. */
    public int rateLimitForPeriod() {
        return rateLimitForPeriod;
    }

    public Duration rateLimitRefreshPeriod() {
        return rateLimitRefreshPeriod;
    }

    /** The DPoP proof algorithms as the {@code algs} challenge parameter writes them, for example {@code ES256 PS256 RS256}. */
    public String dpopAlgorithmsParameter() {
        return dpopAlgorithms.stream().map(JWSAlgorithm::getName).collect(Collectors.joining(" "));
    }

    @Override
    public String toString() {
        return "SecurityConfig[issuer=" + issuer + ", audience=" + audience + ", jwksUri=" + jwksUri
                + ", allowedAlgorithms=" + allowedAlgorithms + ", dpopAlgorithms=" + dpopAlgorithms
                + ", clockSkew=" + clockSkew + ", dpopRequired=" + dpopRequired
                + ", dpopProofLifetime=" + dpopProofLifetime + ", jtiCacheTtl=" + jtiCacheTtl
                + ", jtiCacheMaxEntries=" + jtiCacheMaxEntries + ", jwksMinRefreshInterval=" + jwksMinRefreshInterval
                + ", jwksCacheTtl=" + jwksCacheTtl + ", jwksFetchTimeout=" + jwksFetchTimeout
                + ", jwksMaxBytes=" + jwksMaxBytes + ", rateLimitForPeriod=" + rateLimitForPeriod
                + ", rateLimitRefreshPeriod=" + rateLimitRefreshPeriod + "]";
    }

    private static Set<JWSAlgorithm> sortedCopy(Collection<JWSAlgorithm> algorithms) {
        return algorithms.stream()
                .sorted(Comparator.comparing(JWSAlgorithm::getName))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A validating builder: {@link #build()} throws {@link IllegalArgumentException} naming the first bad setting. */
    public static final class Builder {

        private String issuer;
        private String audience;
        private URI jwksUri;
        private Set<JWSAlgorithm> allowedAlgorithms = Set.copyOf(DEFAULT_ALGORITHMS);
        private Set<JWSAlgorithm> dpopAlgorithms = Set.copyOf(DEFAULT_ALGORITHMS);
        private Duration clockSkew = Duration.ofSeconds(30);
        private boolean dpopRequired = true;
        private Duration dpopProofLifetime = Duration.ofSeconds(10);
        private Duration jtiCacheTtl = Duration.ofMinutes(5);
        private int jtiCacheMaxEntries = 100_000;
        private Duration jwksMinRefreshInterval = Duration.ofSeconds(30);
        private Duration jwksCacheTtl = Duration.ofMinutes(10);
        private Duration jwksFetchTimeout = Duration.ofSeconds(5);
        private int jwksMaxBytes = 256 * 1024;
        private int rateLimitForPeriod = 50;
        private Duration rateLimitRefreshPeriod = Duration.ofSeconds(1);

        private Builder() {
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        /**
         * Sets the issuer's JWKS URL. It must be {@code https}, except on a loopback host ({@code 127.0.0.0/8},
         * {@code ::1}, {@code localhost}) where {@code http} is accepted for tests and local issuers.
         */
        public Builder jwksUri(URI jwksUri) {
            this.jwksUri = jwksUri;
            return this;
        }

        public Builder allowedAlgorithms(Collection<JWSAlgorithm> algorithms) {
            this.allowedAlgorithms = Set.copyOf(Objects.requireNonNull(algorithms, "allowedAlgorithms"));
            return this;
        }

        public Builder dpopAlgorithms(Collection<JWSAlgorithm> algorithms) {
            this.dpopAlgorithms = Set.copyOf(Objects.requireNonNull(algorithms, "dpopAlgorithms"));
            return this;
        }

        public Builder clockSkew(Duration clockSkew) {
            this.clockSkew = clockSkew;
            return this;
        }

        public Builder dpopRequired(boolean dpopRequired) {
            this.dpopRequired = dpopRequired;
            return this;
        }

        public Builder dpopProofLifetime(Duration dpopProofLifetime) {
            this.dpopProofLifetime = dpopProofLifetime;
            return this;
        }

        public Builder jtiCacheTtl(Duration jtiCacheTtl) {
            this.jtiCacheTtl = jtiCacheTtl;
            return this;
        }

        public Builder jtiCacheMaxEntries(int jtiCacheMaxEntries) {
            this.jtiCacheMaxEntries = jtiCacheMaxEntries;
            return this;
        }

        public Builder jwksMinRefreshInterval(Duration jwksMinRefreshInterval) {
            this.jwksMinRefreshInterval = jwksMinRefreshInterval;
            return this;
        }

        public Builder jwksCacheTtl(Duration jwksCacheTtl) {
            this.jwksCacheTtl = jwksCacheTtl;
            return this;
        }

        public Builder jwksFetchTimeout(Duration jwksFetchTimeout) {
            this.jwksFetchTimeout = jwksFetchTimeout;
            return this;
        }

        public Builder jwksMaxBytes(int jwksMaxBytes) {
            this.jwksMaxBytes = jwksMaxBytes;
            return this;
        }

        /** Sets the rate limit: {@code requests} per {@code period} for each client id. */
        public Builder rateLimit(int requests, Duration period) {
            this.rateLimitForPeriod = requests;
            this.rateLimitRefreshPeriod = period;
            return this;
        }

        public SecurityConfig build() {
            requireText("issuer", issuer);
            requireText("audience", audience);
            if (audience.contains("/") || audience.chars().anyMatch(Character::isWhitespace)) {
                throw invalid("audience", audience, "must contain no '/' and no whitespace, because scopes are"
                        + " matched as <audience>/<name>");
            }
            if (jwksUri != null) {
                checkJwksUri(jwksUri);
            }

            checkAlgorithms("allowedAlgorithms", allowedAlgorithms);
            checkAlgorithms("dpopAlgorithms", dpopAlgorithms);
            requireBetween("clockSkew", clockSkew, Duration.ZERO, MAX_CLOCK_SKEW);

            requirePositive("dpopProofLifetime", dpopProofLifetime);
            requirePositive("jtiCacheTtl", jtiCacheTtl);
            Duration proofWindow = dpopProofLifetime.plus(clockSkew).plus(clockSkew);
            if (jtiCacheTtl.compareTo(proofWindow) < 0) {
                throw invalid("jtiCacheTtl", jtiCacheTtl, "must be at least dpopProofLifetime + 2 x clockSkew ("
                        + proofWindow + "), or a proof could be replayed after its jti was forgotten");
            }
            if (jtiCacheMaxEntries < 1) {
                throw invalid("jtiCacheMaxEntries", jtiCacheMaxEntries, "must be at least 1");
            }

            requirePositive("jwksMinRefreshInterval", jwksMinRefreshInterval);
            requirePositive("jwksCacheTtl", jwksCacheTtl);
            if (jwksCacheTtl.compareTo(jwksMinRefreshInterval) < 0) {
                throw invalid("jwksCacheTtl", jwksCacheTtl, "must not be shorter than jwksMinRefreshInterval ("
                        + jwksMinRefreshInterval + ")");
            }
            requirePositive("jwksFetchTimeout", jwksFetchTimeout);
            if (jwksMaxBytes < 1024) {
                throw invalid("jwksMaxBytes", jwksMaxBytes, "must be at least 1024");
            }

            if (rateLimitForPeriod < 1) {
                throw invalid("rateLimitForPeriod", rateLimitForPeriod, "must be at least 1");
            }
            requirePositive("rateLimitRefreshPeriod", rateLimitRefreshPeriod);

            return new SecurityConfig(this);
        }

        private static void requireText(String name, String value) {
            if (value == null || value.isBlank()) {
                throw invalid(name, value, "is required");
            }
        }

        private static void requirePositive(String name, Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw invalid(name, value, "must be a positive duration");
            }
        }

        private static void requireBetween(String name, Duration value, Duration min, Duration max) {
            if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                throw invalid(name, value, "must be between " + min + " and " + max);
            }
        }

        private static void checkAlgorithms(String name, Set<JWSAlgorithm> algorithms) {
            if (algorithms.isEmpty()) {
                throw invalid(name, algorithms, "must name at least one algorithm");
            }
            for (JWSAlgorithm algorithm : algorithms) {
                if (!SUPPORTED_ALGORITHMS.contains(algorithm)) {
                    throw invalid(name, algorithm, "only RS256-512, PS256-512 and ES256-512 are supported;"
                            + " HMAC and none are never accepted");
                }
            }
        }

        private static void checkJwksUri(URI uri) {
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw invalid("jwksUri", uri, "must be an absolute http(s) URL with a host");
            }
            if (uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw invalid("jwksUri", uri, "must have no fragment and no user info");
            }
            if ("https".equalsIgnoreCase(scheme)) {
                return;
            }
            if ("http".equalsIgnoreCase(scheme) && isLoopback(uri.getHost())) {
                return;
            }
            throw invalid("jwksUri", uri, "must use https (http is accepted only on a loopback host)");
        }

        private static boolean isLoopback(String host) {
            if ("localhost".equalsIgnoreCase(host)) {
                return true;
            }
            String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            if (!literal.matches("[0-9.]+") && !literal.contains(":")) {
                // A host name other than localhost would need a DNS lookup, which configuration must not depend on.
                return false;
            }
            try {
                return InetAddress.getByName(literal).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }

        private static IllegalArgumentException invalid(String name, Object value, String rule) {
            return new IllegalArgumentException("Invalid security setting " + name + "=" + value + ": " + rule);
        }
    }
}
