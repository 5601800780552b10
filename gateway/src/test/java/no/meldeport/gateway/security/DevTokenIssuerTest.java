package no.meldeport.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import no.meldeport.fixtures.token.DpopProofs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevTokenIssuerTest {

    static final String ISSUER = "http://127.0.0.1:8080/dev";
    static final String AUDIENCE = "meldeport-api";

    MutableClock clock = new MutableClock(Instant.parse("2025-03-03T09:00:00Z"));

    @TempDir
    Path dataDir;

    private DevTokenIssuer issuer() throws IOException {
        return DevTokenIssuer.loadOrCreate(dataDir, ISSUER, AUDIENCE, DevTokenIssuer.DEFAULT_TOKEN_LIFETIME, clock);
    }

    private AccessTokenValidator validatorFor(DevTokenIssuer issuer) {
        SecurityConfig config = SecurityConfig.builder().issuer(ISSUER).audience(AUDIENCE).dpopRequired(false).build();
        return new AccessTokenValidator(config, new StaticKeySource(issuer.publicJwkSet()), clock);
    }

    @Test
    void keySurvivesRestart() throws Exception {
        DevTokenIssuer first = issuer();
        String token = first.issue("meldeport-dev-legekontor", Set.of(Scopes.SYSVAK), null, Map.of());

        DevTokenIssuer restarted = issuer();
        AuthenticatedClient client = validatorFor(restarted).validate(token);

        assertThat(restarted.keyId()).isEqualTo(first.keyId());
        assertThat(client.clientId()).isEqualTo("meldeport-dev-legekontor");
    }

    @Test
    void newDataDirectoryGetsNewKey(@TempDir Path otherDir) throws Exception {
        DevTokenIssuer first = issuer();

        DevTokenIssuer other = DevTokenIssuer.loadOrCreate(otherDir, ISSUER, AUDIENCE, Duration.ofMinutes(5), clock);

        assertThat(other.keyId()).isNotEqualTo(first.keyId());
    }

    @Test
    void keyFileReadableByOwnerOnly() throws Exception {
        assumeThat(Files.getFileAttributeView(dataDir, PosixFileAttributeView.class)).isNotNull();

        DevTokenIssuer issuer = issuer();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(issuer.keyFile())))
                .isEqualTo("rw-------");
        assertThat(issuer.keyFile()).isEqualTo(dataDir.resolve(DevTokenIssuer.KEY_FILE_NAME));
    }

    @Test
    void loosePermissionsTightenedOnLoad() throws Exception {
        assumeThat(Files.getFileAttributeView(dataDir, PosixFileAttributeView.class)).isNotNull();
        Path keyFile = issuer().keyFile();
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));

        issuer();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    @Test
    void corruptKeyFileRejected() throws Exception {
        Files.writeString(dataDir.resolve(DevTokenIssuer.KEY_FILE_NAME), "{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}");

        assertThatThrownBy(this::issuer)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("contains no EC P-256 private key")
                .hasMessageContaining("delete it");
    }

    @Test
    void issuedTokenCarriesClaims() throws Exception {
        DevTokenIssuer issuer = issuer();
        DevClients.DevClient gp = DevClients.defaults().find(DevClients.GP_OFFICE).orElseThrow();

        String token = issuer.issue(gp.clientId(), gp.allowedScopes(), null, gp.helseIdClaims());
        AuthenticatedClient client = validatorFor(issuer).validate(token);
        SignedJWT jwt = SignedJWT.parse(token);

        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("ES256");
        assertThat(jwt.getHeader().getType().getType()).isEqualTo("at+jwt");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant())
                .isEqualTo(clock.instant().plus(Duration.ofHours(1)));
        assertThat(jwt.getJWTClaimsSet().getJWTID()).isNotBlank();
        assertThat(client.scopes()).containsExactlyInAnyOrder(Scopes.SYSVAK, Scopes.MSIS, Scopes.NOKLUS, Scopes.NAV);
        assertThat(client.reporter().orgnrParent()).isEqualTo("974589095");
        assertThat(client.reporter().orgnrChild()).isEqualTo("983044778");
        assertThat(client.reporter().hprNumber()).isEqualTo("9144889");
        assertThat(client.reporter().clientName()).isEqualTo("Fjordbyen legekontor (demo)");
    }

    @Test
    void boundTokenCarriesThumbprint() throws Exception {
        DevTokenIssuer issuer = issuer();
        DpopProofs dpopKey = new DpopProofs(clock);

        String token = issuer.issue("meldeport-dev-legekontor", Set.of(Scopes.NAV), dpopKey.thumbprint(), Map.of());

        assertThat(validatorFor(issuer).validate(token).confirmationThumbprint()).isEqualTo(dpopKey.thumbprint());
    }

    @Test
    void reservedAndPidClaimsRefused() throws Exception {
        DevTokenIssuer issuer = issuer();

        assertThatThrownBy(() -> issuer.issue("c", Set.of(), null, Map.of("iss", "https://other")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("iss");
        assertThatThrownBy(() -> issuer.issue("c", Set.of(), null, Map.of(HelseIdClaims.PID, "13031353453")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("13031353453");
    }

    @Test
    void jwksJsonHoldsPublicKeyOnly() throws Exception {
        DevTokenIssuer issuer = issuer();

        JWKSet parsed = JWKSet.parse(issuer.jwksJson());

        assertThat(parsed.getKeys()).hasSize(1);
        assertThat(parsed.getKeys().get(0).isPrivate()).isFalse();
        assertThat(parsed.getKeys().get(0).getKeyID()).isEqualTo(issuer.keyId());
    }

    @Test
    void devClientOrganisationNumbersPassMod11() {
        for (DevClients.DevClient client : DevClients.defaults().all()) {
            for (String orgnr : new String[] {client.orgnrParent(), client.orgnrChild(), client.orgnrSupplier()}) {
                if (orgnr != null) {
                    assertThat(passesMod11(orgnr)).as("%s of %s", orgnr, client.clientId()).isTrue();
                }
            }
        }
    }

    private static boolean passesMod11(String orgnr) {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += Character.digit(orgnr.charAt(i), 10) * weights[i];
        }
        int check = 11 - sum % 11;
        check = check == 11 ? 0 : check;
        return check != 10 && check == Character.digit(orgnr.charAt(8), 10);
    }
}
