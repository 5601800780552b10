package no.meldeport.gateway.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The development token issuer of embedded mode, which signs HelseID-style access tokens with an EC P-256 key (ES256).
 * The key is generated at first start and kept as a JWK file in the data directory. Where the file system has POSIX
 * permissions, only the owner may read the file. Later starts load the same key, so tokens stay valid across restarts.
 *
 * <p>It is for local use only: it authenticates no client. Production mode must not create it.
 */
public final class DevTokenIssuer {

    public static final String KEY_FILE_NAME = "dev-token-issuer-key.json";
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(1);
    public static final JOSEObjectType ACCESS_TOKEN_TYPE = new JOSEObjectType("at+jwt");

    private static final Logger LOG = LoggerFactory.getLogger(DevTokenIssuer.class);
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    private static final Set<String> RESERVED_CLAIMS = Set.of("iss", "sub", "aud", "exp", "nbf", "iat", "jti",
            HelseIdClaims.CLIENT_ID, HelseIdClaims.SCOPE, HelseIdClaims.CNF);

    private final ECKey signingKey;
    private final Path keyFile;
    private final String issuer;
    private final String audience;
    private final Duration tokenLifetime;
    private final Clock clock;
    private final ECDSASigner signer;

    private DevTokenIssuer(ECKey signingKey, Path keyFile, String issuer, String audience, Duration tokenLifetime,
            Clock clock) {
        this.signingKey = signingKey;
        this.keyFile = keyFile;
        this.issuer = issuer;
        this.audience = audience;
        this.tokenLifetime = tokenLifetime;
        this.clock = clock;
        try {
            this.signer = new ECDSASigner(signingKey);
        } catch (JOSEException e) {
            throw new IllegalStateException("Dev token issuer key in " + keyFile + " cannot sign", e);
        }
    }

    /**
     * Loads the signing key from {@code dataDirectory}, generating and saving one first if there is none.
     *
     * @param issuer the {@code iss} of issued tokens; the validator must expect the same value
     * @param audience the {@code aud} of issued tokens
     * @throws IOException when the key file cannot be read or written
     * @throws IllegalStateException when the key file contains no EC P-256 private key
     */
    public static DevTokenIssuer loadOrCreate(Path dataDirectory, String issuer, String audience,
            Duration tokenLifetime, Clock clock) throws IOException {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        requireText("issuer", issuer);
        requireText("audience", audience);
        if (tokenLifetime == null || tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("tokenLifetime must be positive, was " + tokenLifetime);
        }
        Files.createDirectories(dataDirectory);
        Path keyFile = dataDirectory.resolve(KEY_FILE_NAME);
        ECKey key;
        if (Files.exists(keyFile)) {
            key = load(keyFile);
            restrictPermissions(keyFile);
            LOG.info("Loaded dev token issuer key kid={} file={}", key.getKeyID(), keyFile);
        } else {
            key = generate();
            save(key, keyFile);
            LOG.info("Generated dev token issuer key kid={} file={}", key.getKeyID(), keyFile);
        }
        return new DevTokenIssuer(key, keyFile, issuer, audience, tokenLifetime, Objects.requireNonNull(clock));
    }

    /**
     * Issues a signed access token for {@code clientId}.
     *
     * @param scopes the granted scopes, written space-separated in {@code scope}
     * @param confirmationThumbprint the DPoP key thumbprint for {@code cnf.jkt}, or null for an unbound token
     * @param extraClaims further claims such as the HelseID organisation and HPR claims; must not repeat a registered
     *     claim set here, nor carry the user's fødselsnummer ({@link HelseIdClaims#PID})
     */
    public String issue(String clientId, Set<String> scopes, String confirmationThumbprint,
            Map<String, Object> extraClaims) {
        requireText("clientId", clientId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(clientId)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(tokenLifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim(HelseIdClaims.CLIENT_ID, clientId)
                .claim(HelseIdClaims.SCOPE, String.join(" ", new TreeSet<>(scopes)));
        if (confirmationThumbprint != null) {
            claims.claim(HelseIdClaims.CNF, Map.of(HelseIdClaims.JKT, confirmationThumbprint));
        }
        for (Map.Entry<String, Object> claim : extraClaims.entrySet()) {
            if (RESERVED_CLAIMS.contains(claim.getKey()) || HelseIdClaims.PID.equals(claim.getKey())) {
                throw new IllegalArgumentException("Extra claim " + claim.getKey() + " is not allowed");
            }
            claims.claim(claim.getKey(), claim.getValue());
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(signingKey.getKeyID())
                .type(ACCESS_TOKEN_TYPE)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing a dev token failed", e);
        }
        return jwt.serialize();
    }

    /** The public key as a JWK set, for a {@link StaticKeySource} or the JWKS endpoint. */
    public JWKSet publicJwkSet() {
        return new JWKSet(signingKey.toPublicJWK());
    }

    /** The public JWK set as JSON, the body of {@code GET /dev/jwks.json}. */
    public String jwksJson() {
        return publicJwkSet().toString(true);
    }

    public String keyId() {
        return signingKey.getKeyID();
    }

    public String issuer() {
        return issuer;
    }

    public String audience() {
        return audience;
    }

    public Duration tokenLifetime() {
        return tokenLifetime;
    }

    public Path keyFile() {
        return keyFile;
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Generating an EC P-256 key failed", e);
        }
    }

    private static ECKey load(Path keyFile) throws IOException {
        String json = Files.readString(keyFile, StandardCharsets.UTF_8);
        JWK jwk;
        try {
            jwk = JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("Dev token issuer key file " + keyFile + " is not a JWK; delete it to"
                    + " generate a new key", e);
        }
        if (!(jwk instanceof ECKey ecKey) || !Curve.P_256.equals(ecKey.getCurve()) || !ecKey.isPrivate()
                || ecKey.getKeyID() == null) {
            throw new IllegalStateException("Dev token issuer key file " + keyFile + " contains no EC P-256 private key"
                    + " with a kid; delete it to generate a new key");
        }
        return ecKey;
    }

    private static void save(ECKey key, Path keyFile) throws IOException {
        Path directory = keyFile.getParent();
        boolean posix = Files.getFileAttributeView(directory, PosixFileAttributeView.class) != null;
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE)}
                : new FileAttribute<?>[0];
        Path temporary = Files.createTempFile(directory, KEY_FILE_NAME, ".tmp", attributes);
        try {
            Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, keyFile, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, keyFile, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        if (!posix) {
            LOG.warn("File system has no POSIX permissions; dev token issuer key file={} keeps its default access",
                    keyFile);
        }
    }

    private static void restrictPermissions(Path keyFile) throws IOException {
        if (Files.getFileAttributeView(keyFile, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(keyFile);
        if (!permissions.equals(OWNER_READ_WRITE)) {
            LOG.warn("Dev token issuer key file={} had permissions {}; setting rw-------", keyFile,
                    PosixFilePermissions.toString(permissions));
            Files.setPosixFilePermissions(keyFile, OWNER_READ_WRITE);
        }
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
