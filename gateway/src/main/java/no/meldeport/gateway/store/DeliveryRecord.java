package no.meldeport.gateway.store;

import java.time.Instant;
import java.util.List;

/**
 * One delivery as operators see it: its state, and with {@link #attempts()} the history of every attempt (empty in
 * lists). {@code lastError} contains the registry's reason for a rejection or the last transient fault.
 */
public record DeliveryRecord(
        String id,
        String submissionId,
        String registry,
        String status,
        int attempts,
        int replays,
        String receiptId,
        Integer lastHttpStatus,
        String lastError,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant updatedAt,
        Instant deliveredAt,
        List<Attempt> history) {

    public DeliveryRecord {
        history = List.copyOf(history);
    }

    /** One attempt. {@code replayRound} is 0 before the first replay; {@code finishedAt} is null while in flight. */
    public record Attempt(
            int replayRound,
            int attemptNo,
            String nodeId,
            Instant startedAt,
            Instant finishedAt,
            String outcome,
            Integer httpStatus,
            String error) {
    }
}
