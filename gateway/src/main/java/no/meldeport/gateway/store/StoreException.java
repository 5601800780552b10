package no.meldeport.gateway.store;

/** A database operation failed; the cause is the driver's exception. */
public final class StoreException extends RuntimeException {

    public StoreException(String operation, Throwable cause) {
        super(operation + " failed: " + cause.getMessage(), cause);
    }
}
