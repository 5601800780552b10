package no.meldeport.gateway.store;

/** What storing a submission led to. */
public sealed interface AcceptResult {

    /** Stored now, with its deliveries. */
    record Stored(SubmissionView submission) implements AcceptResult {
    }

    /** The same client sent the same content under the same key before; nothing new was stored. */
    record Duplicate(SubmissionView submission) implements AcceptResult {
    }

    /** The same client used the key before for different content; nothing was stored. */
    record KeyConflict(String idempotencyKey, String existingSubmissionId) implements AcceptResult {
    }
}
