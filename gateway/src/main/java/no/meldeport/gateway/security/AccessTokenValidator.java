package no.meldeport.gateway.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import no.meldeport.model.Reporter;

/**
 * Validates a JWT access token from the configured issuer: algorithm, signature against the issuer's keys, {@code iss},
 * {@code aud}, {@code exp}, {@code nbf}, {@code iat} (with the configured clock skew), {@code client_id}, {@code scope},
 * {@code cnf} and the HelseID client claims. The user's fødselsnummer ({@link HelseIdClaims#PID}) is never read.
 *
 * <p>{@code scope} is read as a space-separated string (RFC 9068) or as a JSON array of strings, as Duende
 * IdentityServer, on which HelseID is built, writes it by default.
 */
public final class AccessTokenValidator {

    /** Longer tokens are rejected before parsing. HelseID access tokens are well below 4 KiB. */
    public static final int MAX_TOKEN_LENGTH = 16 * 1024;

    /** {@code typ} values accepted on access tokens: none, {@code JWT}, or the RFC 9068 {@code at+jwt}. */
    private static final Set<String> ACCEPTED_TYPES = Set.of("jwt", "at+jwt", "application/at+jwt");

    private static final Pattern ORGANISATION_NUMBER = Pattern.compile("\\d{9}");
    private static final Pattern HPR_NUMBER = Pattern.compile("\\d{1,9}");
    private static final int MAX_CLAIM_TEXT_LENGTH = 200;

    private final SecurityConfig config;
    private final VerificationKeySource keySource;
    private final Clock clock;
    private final String scopePrefix;

    public AccessTokenValidator(SecurityConfig config, VerificationKeySource keySource, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.keySource = Objects.requireNonNull(keySource, "keySource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scopePrefix = config.audience() + "/";
    }

    /**
     * Validates the token and returns the client it describes.
     *
     * @throws InvalidAccessTokenException when the token is malformed, wrongly signed, expired or otherwise invalid
     * @throws JwksUnavailableException when the issuer's keys cannot be fetched and none are cached
     */
    public AuthenticatedClient validate(String accessToken) {
        SignedJWT jwt = parseSigned(accessToken);
        verifySignature(jwt);
        JWTClaimsSet claims = claimsOf(jwt);
        checkIssuerAndAudience(claims);
        Instant expiresAt = checkTimes(claims);
        String clientId = requiredText(claims, HelseIdClaims.CLIENT_ID);
        return new AuthenticatedClient(
                clientId,
                scopes(claims),
                reporter(claims, clientId),
                optionalText(claims, "jti"),
                expiresAt,
                confirmationThumbprint(claims));
    }

    private static SignedJWT parseSigned(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new InvalidAccessTokenException("Missing access token");
        }
        if (accessToken.length() > MAX_TOKEN_LENGTH) {
            throw new InvalidAccessTokenException("Access token is longer than " + MAX_TOKEN_LENGTH + " characters");
        }
        JWT jwt;
        try {
            jwt = JWTParser.parse(accessToken);
        } catch (ParseException e) {
            throw new InvalidAccessTokenException("Access token is not a well-formed JWT", e);
        }
        if (jwt instanceof PlainJWT) {
            throw new InvalidAccessTokenException("Unsigned access tokens (alg none) are not accepted");
        }
        if (jwt instanceof EncryptedJWT) {
            throw new InvalidAccessTokenException("Encrypted access tokens are not accepted");
        }
        return (SignedJWT) jwt;
    }

    private void verifySignature(SignedJWT jwt) {
        JWSHeader header = jwt.getHeader();
        JWSAlgorithm algorithm = header.getAlgorithm();
        if (!config.allowedAlgorithms().contains(algorithm)) {
            throw new InvalidAccessTokenException("Access token algorithm is not accepted; accepted: "
                    + String.join(" ", config.allowedAlgorithms().stream().map(JWSAlgorithm::getName).toList()));
        }
        JOSEObjectType type = header.getType();
        if (type != null && !ACCEPTED_TYPES.contains(type.getType().toLowerCase(Locale.ROOT))) {
            throw new InvalidAccessTokenException("Access token typ is not accepted; expected at+jwt or JWT");
        }
        List<JWK> candidates = keySource.keys(header.getKeyID()).stream()
                .filter(key -> JwsSignatures.isCompatible(algorithm, key))
                .toList();
        if (candidates.isEmpty()) {
            throw new InvalidAccessTokenException("No signing key of the issuer matches the access token's kid"
                    + " and algorithm");
        }
        for (JWK key : candidates) {
            if (JwsSignatures.verify(jwt, key)) {
                return;
            }
        }
        throw new InvalidAccessTokenException("Access token signature is invalid");
    }

    private static JWTClaimsSet claimsOf(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new InvalidAccessTokenException("Access token claims are malformed", e);
        }
    }

    private void checkIssuerAndAudience(JWTClaimsSet claims) {
        if (!config.issuer().equals(claims.getIssuer())) {
            throw new InvalidAccessTokenException("Access token issuer is not accepted");
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(config.audience())) {
            throw new InvalidAccessTokenException("Access token audience does not include " + config.audience());
        }
    }

    private Instant checkTimes(JWTClaimsSet claims) {
        Instant now = clock.instant();
        Duration skew = config.clockSkew();
        Instant expiresAt = toInstant(claims.getExpirationTime());
        if (expiresAt == null) {
            throw new InvalidAccessTokenException("Access token has no exp claim");
        }
        if (!now.isBefore(expiresAt.plus(skew))) {
            throw new InvalidAccessTokenException("Access token has expired");
        }
        Instant notBefore = toInstant(claims.getNotBeforeTime());
        if (notBefore != null && now.isBefore(notBefore.minus(skew))) {
            throw new InvalidAccessTokenException("Access token is not valid yet (nbf)");
        }
        Instant issuedAt = toInstant(claims.getIssueTime());
        if (issuedAt == null) {
            throw new InvalidAccessTokenException("Access token has no iat claim");
        }
        if (now.isBefore(issuedAt.minus(skew))) {
            throw new InvalidAccessTokenException("Access token iat is in the future");
        }
        return expiresAt;
    }

    private Set<String> scopes(JWTClaimsSet claims) {
        Object value = claims.getClaim(HelseIdClaims.SCOPE);
        List<String> raw;
        if (value == null) {
            raw = List.of();
        } else if (value instanceof String text) {
            raw = List.of(text.trim().split("\\s+"));
        } else if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            raw = list.stream().map(String.class::cast).toList();
        } else {
            throw new InvalidAccessTokenException("Access token scope claim is neither a string nor a list of"
                    + " strings");
        }
        Set<String> scopes = new LinkedHashSet<>();
        for (String scope : raw) {
            if (scope.isEmpty()) {
                continue;
            }
            scopes.add(scope.startsWith(scopePrefix) ? scope.substring(scopePrefix.length()) : scope);
        }
        return scopes;
    }

    private static String confirmationThumbprint(JWTClaimsSet claims) {
        Map<String, Object> confirmation;
        try {
            confirmation = claims.getJSONObjectClaim(HelseIdClaims.CNF);
        } catch (ParseException e) {
            throw new InvalidAccessTokenException("Access token cnf claim is not a JSON object", e);
        }
        if (confirmation == null) {
            return null;
        }
        Object thumbprint = confirmation.get(HelseIdClaims.JKT);
        if (!(thumbprint instanceof String text) || text.isBlank()) {
            // A token bound to something else (for example an mTLS certificate, cnf.x5t#S256) cannot be checked here.
            throw new InvalidAccessTokenException("Access token cnf claim has no jkt; only DPoP-bound tokens are"
                    + " supported");
        }
        return text;
    }

    private static Reporter reporter(JWTClaimsSet claims, String clientId) {
        return new Reporter(
                clientId,
                optionalText(claims, HelseIdClaims.CLIENT_NAME),
                matching(claims, HelseIdClaims.ORGNR_PARENT, ORGANISATION_NUMBER, "9 digits"),
                matching(claims, HelseIdClaims.ORGNR_CHILD, ORGANISATION_NUMBER, "9 digits"),
                matching(claims, HelseIdClaims.ORGNR_SUPPLIER, ORGANISATION_NUMBER, "9 digits"),
                matching(claims, HelseIdClaims.HPR_NUMBER, HPR_NUMBER, "1 to 9 digits"));
    }

    private static String requiredText(JWTClaimsSet claims, String name) {
        String value = optionalText(claims, name);
        if (value == null) {
            throw new InvalidAccessTokenException("Access token has no " + name + " claim");
        }
        return value;
    }

    /** Returns the claim as trimmed text, or null when absent or blank. */
    private static String optionalText(JWTClaimsSet claims, String name) {
        String value;
        try {
            value = claims.getStringClaim(name);
        } catch (ParseException e) {
            throw new InvalidAccessTokenException("Access token claim " + name + " is not a string", e);
        }
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.trim();
        if (value.length() > MAX_CLAIM_TEXT_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidAccessTokenException("Access token claim " + name + " is longer than "
                    + MAX_CLAIM_TEXT_LENGTH + " characters or contains control characters");
        }
        return value;
    }

    private static String matching(JWTClaimsSet claims, String name, Pattern pattern, String expected) {
        String value = optionalText(claims, name);
        if (value != null && !pattern.matcher(value).matches()) {
            throw new InvalidAccessTokenException("Access token claim " + name + " must be " + expected);
        }
        return value;
    }

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
