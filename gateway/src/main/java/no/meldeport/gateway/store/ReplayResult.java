package no.meldeport.gateway.store;

/** The result of a replay request for one delivery. */
public sealed interface ReplayResult {

    /** The delivery is pending again with a fresh attempt budget; {@code replays} counts this replay. */
    record Replayed(String deliveryId, String registry, int replays) implements ReplayResult {
    }

    record NotFound(String deliveryId) implements ReplayResult {
    }

    /** The delivery is pending or delivered, so there is nothing to replay. */
    record NotReplayable(String deliveryId, String status) implements ReplayResult {
    }
}
