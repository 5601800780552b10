package no.meldeport.gateway.security;

/**
 * A DPoP proof that failed validation (RFC 9449 section 4.3). The message is a short description that names no proof
 * or token content, fit for {@code error_description}.
 */
public final class InvalidDpopProofException extends RuntimeException {

    public InvalidDpopProofException(String description) {
        super(description);
    }

    public InvalidDpopProofException(String description, Throwable cause) {
        super(description, cause);
    }
}
