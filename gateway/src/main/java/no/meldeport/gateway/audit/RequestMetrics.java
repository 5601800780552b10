package no.meldeport.gateway.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts finished API requests from their audit events: {@code meldeport_requests_total} by route and outcome, and
 * {@code meldeport_submissions_total} by report type and outcome for stored or repeated submissions. Rejected
 * submissions are counted only in the first, because their report type may be unknown.
 */
public final class RequestMetrics {

    private final MeterRegistry registry;

    public RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(AuditEvent event) {
        Counter.builder("meldeport_requests")
                .description("Finished API requests by route and outcome")
                .tag("action", event.action())
                .tag("outcome", event.outcome())
                .tag("status", Integer.toString(event.httpStatus()))
                .register(registry)
                .increment();
        boolean submission = "POST".equals(event.httpMethod()) && !event.path().startsWith("/ops/");
        if (submission && event.reportType() != null) {
            Counter.builder("meldeport_submissions")
                    .description("Submissions by report type and outcome (accepted, ok for a repeat)")
                    .tag("report_type", event.reportType())
                    .tag("outcome", event.outcome())
                    .register(registry)
                    .increment();
        }
    }
}
