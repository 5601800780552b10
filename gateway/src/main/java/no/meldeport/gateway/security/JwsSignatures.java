package no.meldeport.gateway.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.PublicKey;

/**
 * Signature checks shared by access tokens and DPoP proofs. A key is used only for an algorithm of its own family:
 * RSA keys of at least 2048 bits for RS* and PS*, EC keys on the algorithm's curve for ES*. This is what keeps an
 * RSA public key from ever serving as an HMAC secret.
 */
final class JwsSignatures {

    static final int MIN_RSA_BITS = 2048;

    private static final DefaultJWSVerifierFactory VERIFIERS = new DefaultJWSVerifierFactory();

    private JwsSignatures() {
    }

    /** Tells whether {@code key} may verify a signature made with {@code algorithm}. */
    static boolean isCompatible(JWSAlgorithm algorithm, JWK key) {
        if (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())) {
            return false;
        }
        if (key.getAlgorithm() != null && !key.getAlgorithm().equals(algorithm)) {
            return false;
        }
        if (JWSAlgorithm.Family.RSA.contains(algorithm)) {
            return key instanceof RSAKey && key.size() >= MIN_RSA_BITS;
        }
        if (JWSAlgorithm.Family.EC.contains(algorithm)) {
            return key instanceof ECKey ecKey && Curve.forJWSAlgorithm(algorithm).contains(ecKey.getCurve());
        }
        return false;
    }

    /**
     * Verifies the signature of {@code jws} with the public part of {@code key}. The caller has checked
     * {@link #isCompatible}.
     */
    static boolean verify(JWSObject jws, JWK key) {
        try {
            PublicKey publicKey = key instanceof RSAKey rsaKey ? rsaKey.toRSAPublicKey() : ((ECKey) key).toECPublicKey();
            JWSVerifier verifier = VERIFIERS.createJWSVerifier(jws.getHeader(), publicKey);
            return jws.verify(verifier);
        } catch (JOSEException | ClassCastException e) {
            return false;
        }
    }
}
