package no.meldeport.gateway;

/** The gateway could not start; the message says what to change. */
public final class GatewayStartException extends RuntimeException {

    public GatewayStartException(String message) {
        super(message);
    }

    public GatewayStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
