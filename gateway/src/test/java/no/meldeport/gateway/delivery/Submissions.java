package no.meldeport.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import no.meldeport.fixtures.samples.Sample;
import no.meldeport.fixtures.samples.Samples;
import no.meldeport.gateway.RunningGateway;
import no.meldeport.gateway.security.DevClients;
import no.meldeport.model.Registry;

/** Submits samples to a running gateway over HTTP and reads their delivery state from the status API. */
final class Submissions {

    static final String ALL_SCOPES = "meldeport:sysvak meldeport:msis meldeport:noklus meldeport:nav";
    static final String PROCESS_MESSAGE = "/fhir/$process-message";

    /** A sample that fans out to exactly this one registry. */
    static final Map<Registry, String> SINGLE_REGISTRY_SAMPLE = Map.of(
            Registry.SYSVAK, "vaccination-influenza",
            Registry.MSIS, "klinikermelding-campylobacteriosis",
            Registry.NOKLUS, "diabetes-annual-control",
            Registry.NAV, "sykmelding-one-period");

    private final RunningGateway running;
    private final String token;

    Submissions(RunningGateway running) throws Exception {
        this.running = running;
        this.token = running.token(DevClients.GP_OFFICE, ALL_SCOPES);
    }

    String token() {
        return token;
    }

    /** Submits the single-registry sample of {@code registry} under a new key and returns the submission id. */
    String submitTo(Registry registry) throws Exception {
        return submit(Samples.byName(SINGLE_REGISTRY_SAMPLE.get(registry)));
    }

    String submit(Sample sample) throws Exception {
        HttpResponse<String> response = running.post(PROCESS_MESSAGE, token, sample.contentType(), sample.bytes(),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    JsonNode status(String submissionId) throws Exception {
        return running.json(running.get("/api/v1/submissions/" + submissionId, token));
    }

    /** Waits until no delivery of the submission is pending and returns its only delivery. */
    JsonNode awaitSettledDelivery(String submissionId, Duration timeout) {
        JsonNode status = await().atMost(timeout).pollInterval(Duration.ofMillis(50))
                .until(() -> status(submissionId), Submissions::settled);
        assertThat(status.path("deliveries")).hasSize(1);
        return status.path("deliveries").get(0);
    }

    static boolean settled(JsonNode status) {
        if (status.path("deliveries").isEmpty()) {
            return false;
        }
        for (JsonNode delivery : status.path("deliveries")) {
            if ("pending".equals(delivery.path("status").asText())) {
                return false;
            }
        }
        return true;
    }
}
