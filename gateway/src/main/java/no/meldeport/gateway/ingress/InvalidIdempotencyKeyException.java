package no.meldeport.gateway.ingress;

/** The {@code Idempotency-Key} header is not a key Meldeport can store: answered 400, nothing stored. */
public final class InvalidIdempotencyKeyException extends RuntimeException {

    public InvalidIdempotencyKeyException() {
        super("The Idempotency-Key header is invalid");
    }
}
