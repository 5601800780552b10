package no.meldeport.gateway.config;

import java.time.Duration;

/**
 * How Meldeport treats one registry when it fails: the durable retry schedule, the request timeouts, the bulkhead and
 * the circuit breaker. Each value comes from {@code MELDEPORT_<REGISTRY>_<NAME>}, else {@code MELDEPORT_<NAME>}, else
 * its default; docs/operations.md lists the names.
 *
 * @param maxAttempts attempts before a transiently failing delivery becomes a dead letter
 * @param retryInitialDelay wait after the first failed attempt; doubled per attempt
 * @param retryMaxDelay cap of the wait between attempts
 * @param retryJitter fraction by which each wait is spread up or down at random (0.2 = plus or minus 20 %)
 * @param maxAge time after acceptance (or the last replay) after which a delivery still not delivered becomes a dead
 *     letter
 * @param maxUnreadableAttempts attempts with unreadable responses before the delivery fails
 * @param connectTimeout timeout for connecting to the registry and for waiting for a pooled connection
 * @param responseTimeout timeout for the registry's answer, per attempt
 * @param maxConcurrentRequests bulkhead: requests to the registry in flight at once, and the size of its thread pool
 * @param failureRatePercent circuit opens when at least this share of recent calls failed
 * @param slowCallRatePercent circuit opens when at least this share of recent calls were slow
 * @param slowCallDuration a call that took longer counts as slow
 * @param windowSize number of recent calls the rates are computed over
 * @param minimumCalls calls needed before the rates are computed at all
 * @param openWait how long the circuit stays open before half-open probes
 * @param halfOpenProbes calls allowed through while half-open, and needed to decide whether to close
 */
public record RegistryResilience(
        int maxAttempts,
        Duration retryInitialDelay,
        Duration retryMaxDelay,
        double retryJitter,
        Duration maxAge,
        int maxUnreadableAttempts,
        Duration connectTimeout,
        Duration responseTimeout,
        int maxConcurrentRequests,
        int failureRatePercent,
        int slowCallRatePercent,
        Duration slowCallDuration,
        int windowSize,
        int minimumCalls,
        Duration openWait,
        int halfOpenProbes) {

    /** Returns the longest one attempt can take: connecting (or waiting for a connection) plus the response. */
    public Duration maxAttemptDuration() {
        return connectTimeout.plus(responseTimeout);
    }
}
