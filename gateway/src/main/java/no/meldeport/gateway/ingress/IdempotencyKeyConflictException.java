package no.meldeport.gateway.ingress;

/**
 * The client used an idempotency key before for a different report, so the request is rejected with 409 and nothing is
 * stored. The message names
 * the key and the earlier submission's id, which carry no personal data.
 */
public final class IdempotencyKeyConflictException extends RuntimeException {

    private final String idempotencyKey;
    private final String existingSubmissionId;

    public IdempotencyKeyConflictException(String idempotencyKey, String existingSubmissionId) {
        super("Idempotency key '" + idempotencyKey + "' was used before for submission " + existingSubmissionId);
        this.idempotencyKey = idempotencyKey;
        this.existingSubmissionId = existingSubmissionId;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String existingSubmissionId() {
        return existingSubmissionId;
    }
}
