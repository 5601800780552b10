package no.meldeport.gateway.security;

/** The issuer's JWKS could not be fetched or read, and no cached keys can stand in. */
public final class JwksUnavailableException extends RuntimeException {

    public JwksUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
