package no.meldeport.gateway.security;

import com.nimbusds.jose.jwk.JWK;
import java.util.List;

/** The issuer's public keys for verifying access-token signatures. */
public interface VerificationKeySource {

    /**
     * Returns the public signature keys with the given key id, or every public signature key when {@code keyId} is
     * null. The list is empty when no key matches.
     *
     * @throws JwksUnavailableException when the keys cannot be fetched and none are cached
     */
    List<JWK> keys(String keyId);
}
