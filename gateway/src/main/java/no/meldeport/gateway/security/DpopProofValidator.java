package no.meldeport.gateway.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;

/**
 * Validates DPoP proofs (RFC 9449 section 4.3): {@code typ=dpop+jwt}, an accepted asymmetric algorithm, a signature by
 * the public key in the {@code jwk} header, {@code htm} and {@code htu} equal to the request, {@code iat} within the
 * proof lifetime plus clock skew, and a {@code jti} not seen before. For a request to a protected resource it also
 * checks {@code ath} against the access token and the key's thumbprint against the token's {@code cnf.jkt}.
 *
 * <p>The {@code jti} is recorded only after every other check passed, so a rejected proof leaves no trace in the
 * replay cache.
 */
public final class DpopProofValidator {

    public static final JOSEObjectType DPOP_TYPE = new JOSEObjectType("dpop+jwt");

    /** Longer proofs are rejected before parsing; an RSA-4096 proof is about 1.5 KiB. */
    public static final int MAX_PROOF_LENGTH = 8 * 1024;

    private static final int MAX_JTI_LENGTH = 256;

    private final SecurityConfig config;
    private final JtiReplayCache replayCache;
    private final Clock clock;

    public DpopProofValidator(SecurityConfig config, JtiReplayCache replayCache, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.replayCache = Objects.requireNonNull(replayCache, "replayCache");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Validates the proof of a request that presents a DPoP-bound access token and returns the proof key's
     * thumbprint.
     *
     * @param confirmationThumbprint the token's {@code cnf.jkt}
     * @throws InvalidDpopProofException when any check fails
     * @throws ReplayCacheFullException when the jti cannot be recorded
     */
    public String validateForResourceRequest(String proof, String method, URI requestUri, String accessToken,
            String confirmationThumbprint) {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(confirmationThumbprint, "confirmationThumbprint");
        CheckedProof checked = check(proof, method, requestUri);
        String ath = stringClaim(checked.claims(), "ath");
        if (ath == null) {
            throw new InvalidDpopProofException("DPoP proof has no ath claim");
        }
        if (!constantTimeEquals(ath, accessTokenHash(accessToken))) {
            throw new InvalidDpopProofException("DPoP proof ath does not match the access token");
        }
        if (!constantTimeEquals(checked.thumbprint(), confirmationThumbprint)) {
            throw new InvalidDpopProofException("DPoP proof key does not match the access token's cnf.jkt");
        }
        recordJti(checked);
        return checked.thumbprint();
    }

    /**
     * Validates the proof sent to a token endpoint, where no access token exists yet, and returns the proof key's
     * thumbprint for the {@code cnf.jkt} of the token to issue.
     *
     * @throws InvalidDpopProofException when any check fails
     * @throws ReplayCacheFullException when the jti cannot be recorded
     */
    public String validateForTokenRequest(String proof, String method, URI requestUri) {
        CheckedProof checked = check(proof, method, requestUri);
        recordJti(checked);
        return checked.thumbprint();
    }

    /** Returns the {@code ath} value for an access token: base64url of the SHA-256 of its ASCII bytes. */
    public static String accessTokenHash(String accessToken) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return Base64URL.encode(sha256.digest(accessToken.getBytes(StandardCharsets.US_ASCII))).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * Returns the form in which {@code htu} and the request URI are compared: scheme and host in lower case, the
     * default port left out, dot segments removed, an empty path as {@code /}, and no query or fragment.
     *
     * @throws IllegalArgumentException when the URI has no scheme or host
     */
    static String comparableUri(URI uri) {
        URI normalized = uri.normalize();
        if (normalized.getScheme() == null || normalized.getHost() == null) {
            throw new IllegalArgumentException("Not an absolute URI with a host: " + uri);
        }
        String scheme = normalized.getScheme().toLowerCase(Locale.ROOT);
        String host = normalized.getHost().toLowerCase(Locale.ROOT);
        int port = normalized.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String path = normalized.getRawPath() == null || normalized.getRawPath().isEmpty() ? "/" : normalized.getRawPath();
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path;
    }

    private CheckedProof check(String proof, String method, URI requestUri) {
        SignedJWT jwt = parse(proof);
        JWK key = verifySignature(jwt);
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new InvalidDpopProofException("DPoP proof claims are malformed", e);
        }
        checkMethodAndUri(claims, method, requestUri);
        checkIssuedAt(claims);
        String jti = stringClaim(claims, "jti");
        if (jti == null || jti.length() > MAX_JTI_LENGTH) {
            throw new InvalidDpopProofException("DPoP proof jti is missing or longer than " + MAX_JTI_LENGTH
                    + " characters");
        }
        String thumbprint;
        try {
            thumbprint = key.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new InvalidDpopProofException("DPoP proof jwk thumbprint cannot be computed", e);
        }
        return new CheckedProof(claims, thumbprint, jti);
    }

    private static SignedJWT parse(String proof) {
        if (proof == null || proof.isBlank()) {
            throw new InvalidDpopProofException("Missing DPoP proof");
        }
        if (proof.indexOf(',') >= 0) {
            // A compact JWS has no commas, so a comma means several DPoP header fields joined into one value.
            throw new InvalidDpopProofException("More than one DPoP proof");
        }
        if (proof.length() > MAX_PROOF_LENGTH) {
            throw new InvalidDpopProofException("DPoP proof is longer than " + MAX_PROOF_LENGTH + " characters");
        }
        try {
            return SignedJWT.parse(proof.trim());
        } catch (ParseException e) {
            throw new InvalidDpopProofException("DPoP proof is not a well-formed signed JWT", e);
        }
    }

    private JWK verifySignature(SignedJWT jwt) {
        JWSHeader header = jwt.getHeader();
        if (!DPOP_TYPE.equals(header.getType())) {
            throw new InvalidDpopProofException("DPoP proof typ must be dpop+jwt");
        }
        JWSAlgorithm algorithm = header.getAlgorithm();
        if (!config.dpopAlgorithms().contains(algorithm)) {
            throw new InvalidDpopProofException("DPoP proof algorithm is not accepted; accepted: "
                    + config.dpopAlgorithmsParameter());
        }
        JWK key = header.getJWK();
        if (key == null) {
            throw new InvalidDpopProofException("DPoP proof has no jwk header");
        }
        // nimbus-jose-jwt 10.10 already refuses to parse such a header; the check stays in case a parser lets one through.
        if (key.isPrivate()) {
            throw new InvalidDpopProofException("DPoP proof jwk must be a public key");
        }
        if (!JwsSignatures.isCompatible(algorithm, key)) {
            throw new InvalidDpopProofException("DPoP proof jwk does not fit the proof algorithm");
        }
        if (!JwsSignatures.verify(jwt, key)) {
            throw new InvalidDpopProofException("DPoP proof signature is invalid");
        }
        return key;
    }

    private static void checkMethodAndUri(JWTClaimsSet claims, String method, URI requestUri) {
        String htm = stringClaim(claims, "htm");
        if (htm == null || !htm.equals(method)) {
            throw new InvalidDpopProofException("DPoP proof htm does not match the request method " + method);
        }
        String htu = stringClaim(claims, "htu");
        if (htu == null) {
            throw new InvalidDpopProofException("DPoP proof has no htu claim");
        }
        String expected = comparableUri(requestUri);
        String actual;
        try {
            actual = comparableUri(new URI(htu));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new InvalidDpopProofException("DPoP proof htu is not an absolute URI", e);
        }
        if (!actual.equals(expected)) {
            throw new InvalidDpopProofException("DPoP proof htu does not match the request URI " + expected);
        }
    }

    private void checkIssuedAt(JWTClaimsSet claims) {
        Date iat = claims.getIssueTime();
        if (iat == null) {
            throw new InvalidDpopProofException("DPoP proof has no iat claim");
        }
        Instant issuedAt = iat.toInstant();
        Instant now = clock.instant();
        Duration skew = config.clockSkew();
        if (issuedAt.isBefore(now.minus(config.dpopProofLifetime()).minus(skew))) {
            throw new InvalidDpopProofException("DPoP proof is too old; create a new proof for every request");
        }
        if (issuedAt.isAfter(now.plus(skew))) {
            throw new InvalidDpopProofException("DPoP proof iat is in the future");
        }
    }

    private void recordJti(CheckedProof checked) {
        // Scoped by key: a jti only has to be unique among the proofs of one key.
        if (!replayCache.recordFirstUse(checked.thumbprint() + " " + checked.jti())) {
            throw new InvalidDpopProofException("DPoP proof jti has been used before");
        }
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        try {
            String value = claims.getStringClaim(name);
            return value == null || value.isEmpty() ? null : value;
        } catch (ParseException e) {
            throw new InvalidDpopProofException("DPoP proof claim " + name + " is not a string", e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private record CheckedProof(JWTClaimsSet claims, String thumbprint, String jti) {
    }
}
