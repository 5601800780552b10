package no.meldeport.gateway.security;

import java.util.Map;

/**
 * A request rejected by the security layer, with everything the ingress needs for the response: the HTTP status, the
 * response headers ({@code WWW-Authenticate} or {@code Retry-After}) and a short description that names no token
 * content and no personal data. The description is also the exception message.
 */
public abstract class GatewaySecurityException extends RuntimeException {

    private final String description;

    protected GatewaySecurityException(String description, Throwable cause) {
        super(description, cause);
        this.description = description;
    }

    public abstract int httpStatus();

    /** Header names and values to set on the response; never null. */
    public abstract Map<String, String> responseHeaders();

    public String description() {
        return description;
    }
}
