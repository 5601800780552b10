package no.meldeport.gateway.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import java.util.List;
import java.util.Objects;

/**
 * A fixed set of verification keys, for an issuer that runs in the same process (the development issuer in embedded
 * mode). Only the public parts of the given keys are kept.
 */
public final class StaticKeySource implements VerificationKeySource {

    private final List<JWK> keys;

    public StaticKeySource(JWKSet keySet) {
        this.keys = Objects.requireNonNull(keySet, "keySet").getKeys().stream()
                .filter(key -> key.getKeyUse() == null || KeyUse.SIGNATURE.equals(key.getKeyUse()))
                .map(JWK::toPublicJWK)
                .toList();
    }

    @Override
    public List<JWK> keys(String keyId) {
        if (keyId == null) {
            return keys;
        }
        return keys.stream().filter(key -> keyId.equals(key.getKeyID())).toList();
    }
}
