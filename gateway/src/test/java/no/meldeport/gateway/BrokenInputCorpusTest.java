package no.meldeport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.meldeport.fixtures.simulator.RegistrySimulator;
import no.meldeport.gateway.fhir.MeldeportFhir;
import no.meldeport.gateway.security.DevClients;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every broken input of the corpus gets its 4xx with the issues the corpus names, from {@code $process-message} and
 * the same from {@code $validate}, and leaves the store and the registries untouched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokenInputCorpusTest {

    private static final String ALL_SCOPES = "meldeport:sysvak meldeport:msis meldeport:noklus meldeport:nav";
    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @TempDir
    static Path dataDir;

    private RunningGateway running;
    private String token;

    @BeforeAll
    void startGateway() throws Exception {
        Map<String, String> settings = new HashMap<>(CorpusCase.settings());
        settings.put("MELDEPORT_RATE_LIMIT_PER_SECOND", "10000");
        running = RunningGateway.start(dataDir, settings);
        token = running.token(DevClients.GP_OFFICE, ALL_SCOPES);
    }

    @AfterAll
    void stopGateway() {
        running.close();
    }

    Stream<CorpusCase> cases() {
        return CorpusCase.all().stream();
    }

    @Test
    void corpusHasAtLeastHundredCases() {
        List<CorpusCase> cases = CorpusCase.all();

        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        assertThat(cases).extracting(CorpusCase::name).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenInputIsRejectedWithoutEffect(CorpusCase input) throws Exception {
        running.awaitDeliveriesSettled();
        long submissions = running.countRows("submission");
        long deliveries = running.countRows("delivery");
        long registryRequests = registryRequests();

        HttpResponse<String> response = post("/fhir/$process-message", input);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(input.status());
        OperationOutcome outcome = outcome(response);
        for (CorpusCase.ExpectedIssue expected : input.issues()) {
            assertThat(outcome.getIssue()).as(expected + " in " + response.body())
                    .anySatisfy(issue -> {
                        assertThat(issue.getDetails().getCodingFirstRep().getCode()).isEqualTo(expected.code());
                        assertThat(expression(issue)).isEqualTo(expected.expression());
                    });
        }
        for (OperationOutcome.OperationOutcomeIssueComponent issue : outcome.getIssue()) {
            assertThat(issue.getDetails().getText()).as("every issue has a text").isNotBlank();
            assertThat(issue.getExtensionByUrl(MeldeportFhir.RETRY_STRATEGY)).as("every issue has a retry strategy")
                    .isNotNull();
        }
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(running.countRows("submission")).isEqualTo(submissions);
        assertThat(running.countRows("delivery")).isEqualTo(deliveries);
        assertThat(registryRequests()).isEqualTo(registryRequests);
        assertDryRunGivesSameAnswer(input);
    }

    /** Checks that {@code $validate} responds to the input as {@code $process-message} does, and stores nothing either. */
    private void assertDryRunGivesSameAnswer(CorpusCase input) throws Exception {
        long submissions = running.countRows("submission");

        HttpResponse<String> response = post("/fhir/$validate", input);

        assertThat(response.statusCode()).as("$validate: " + response.body()).isEqualTo(input.status());
        List<String> codes = outcome(response).getIssue().stream()
                .map(issue -> issue.getDetails().getCodingFirstRep().getCode())
                .toList();
        assertThat(codes).containsAll(input.issues().stream().map(CorpusCase.ExpectedIssue::code).toList());
        assertThat(running.countRows("submission")).isEqualTo(submissions);
    }

    private HttpResponse<String> post(String path, CorpusCase input) throws Exception {
        return running.post(path, token, input.contentType(), input.body(), input.headers());
    }

    private static OperationOutcome outcome(HttpResponse<String> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        assertThat(contentType).as("FHIR media type").startsWith("application/fhir+");
        if (contentType.startsWith("application/fhir+xml")) {
            return FHIR.newXmlParser().parseResource(OperationOutcome.class, response.body());
        }
        return FHIR.newJsonParser().parseResource(OperationOutcome.class, response.body());
    }

    private static String expression(OperationOutcome.OperationOutcomeIssueComponent issue) {
        return issue.hasExpression() ? issue.getExpression().get(0).getValue() : null;
    }

    private long registryRequests() {
        return running.simulators().all().stream().mapToLong(RegistrySimulator::requestCount).sum();
    }
}
