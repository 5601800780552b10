package no.meldeport.gateway.security;

/**
 * An access token that failed validation. The message is a short description that names no token content, fit for
 * {@code error_description}.
 */
public final class InvalidAccessTokenException extends RuntimeException {

    public InvalidAccessTokenException(String description) {
        super(description);
    }

    public InvalidAccessTokenException(String description, Throwable cause) {
        super(description, cause);
    }
}
