package no.meldeport.gateway.ingress;

/** The {@code Idempotency-Key} header is not a key Meldeport can store, so the request is rejected with 400
 * and nothing is stored. */
public final class InvalidIdempotencyKeyException extends RuntimeException {

    public InvalidIdempotencyKeyException() {
        super("The Idempotency-Key header is invalid");
    }
}
