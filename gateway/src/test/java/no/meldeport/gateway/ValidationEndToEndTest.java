package no.meldeport.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.meldeport.fixtures.samples.Sample;
import no.meldeport.fixtures.samples.Samples;
import no.meldeport.fixtures.simulator.RegistrySimulator;
import no.meldeport.gateway.fhir.MeldeportFhir;
import no.meldeport.gateway.security.DevClients;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Validation over real HTTP: every problem at once in both languages, the dry run, warnings, idempotency, limits. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidationEndToEndTest {

    private static final String ALL_SCOPES = "meldeport:sysvak meldeport:msis meldeport:noklus meldeport:nav";
    private static final String PROCESS_MESSAGE = "/fhir/$process-message";
    private static final String VALIDATE = "/fhir/$validate";
    private static final String JSON = "application/fhir+json";
    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @TempDir
    static Path dataDir;

    private RunningGateway running;
    private String token;

    @BeforeAll
    void startGateway() throws Exception {
        running = RunningGateway.start(dataDir, Map.of("MELDEPORT_RATE_LIMIT_PER_SECOND", "1000"));
        token = running.token(DevClients.GP_OFFICE, ALL_SCOPES);
    }

    @AfterAll
    void stopGateway() {
        running.close();
    }

    /** Returns the influenza sample with a wrong fødselsnummer check digit, a vaccination in 2099 and an invalid HPR number. */
    private static byte[] sampleWithThreeProblems() {
        return Samples.byName("vaccination-influenza").text()
                .replace("\"17054026641\"", "\"17054026642\"")
                .replace("\"2026-10-20T10:15:00+02:00\"", "\"2099-10-20T10:15:00+02:00\"")
                .replace("\"565501872\"", "\"56550187X\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static OperationOutcome outcome(HttpResponse<String> response) {
        return FHIR.newJsonParser().parseResource(OperationOutcome.class, response.body());
    }

    private static List<String> codes(OperationOutcome outcome) {
        return outcome.getIssue().stream().map(issue -> issue.getDetails().getCodingFirstRep().getCode()).toList();
    }

    private static List<String> expressions(OperationOutcome outcome) {
        return outcome.getIssue().stream()
                .map(issue -> issue.hasExpression() ? issue.getExpression().get(0).getValue() : null)
                .toList();
    }

    private static List<String> texts(OperationOutcome outcome) {
        return outcome.getIssue().stream().map(issue -> issue.getDetails().getText()).toList();
    }

    @Test
    void severalProblemsAreAnsweredAtOnceInNorwegian() throws Exception {
        long submissions = running.countRows("submission");

        HttpResponse<String> response = running.post(PROCESS_MESSAGE, token, JSON, sampleWithThreeProblems(),
                Map.of());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Language")).contains("nb");
        OperationOutcome outcome = outcome(response);
        assertThat(codes(outcome)).containsExactly("MP-1202", "MP-1211", "MP-1240");
        assertThat(expressions(outcome)).containsExactly(
                "Bundle.entry[1].resource.identifier[0].value",
                "Bundle.entry[2].resource.identifier[0].value",
                "Bundle.entry[4].resource.occurrenceDateTime");
        assertThat(texts(outcome)).containsExactly(
                "Fødselsnummeret 17054026642 har feil kontrollsiffer. Kontroller nummeret i pasientens journal.",
                "HPR-nummeret 56550187X er ugyldig: et HPR-nummer har 1 til 9 sifre og ingen innledende null."
                        + " Kontroller det i Helsepersonellregisteret (HPR).",
                "Vaksinasjonstidspunktet (2099-10-20T10:15+02:00) ligger fram i tid. Oppgi datoen da det skjedde.");
        assertThat(outcome.getIssue()).allSatisfy(issue -> {
            assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
            assertThat(issue.getExtensionByUrl(MeldeportFhir.RETRY_STRATEGY).getValue().primitiveValue())
                    .isEqualTo("fix-and-resend");
        });
        assertThat(running.countRows("submission")).isEqualTo(submissions);
    }

    @Test
    void severalProblemsAreAnsweredAtOnceInEnglish() throws Exception {
        HttpResponse<String> response = running.post(PROCESS_MESSAGE, token, JSON, sampleWithThreeProblems(),
                Map.of("Accept-Language", "de;q=0.9, en-GB;q=0.8, nb;q=0.5"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Language")).contains("en");
        OperationOutcome outcome = outcome(response);
        assertThat(expressions(outcome)).containsExactly(
                "Bundle.entry[1].resource.identifier[0].value",
                "Bundle.entry[2].resource.identifier[0].value",
                "Bundle.entry[4].resource.occurrenceDateTime");
        assertThat(texts(outcome)).containsExactly(
                "The fødselsnummer 17054026642 has a wrong check digit. Check the number in the patient's record.",
                "The HPR number 56550187X is invalid: an HPR number has 1 to 9 digits and no leading zero. Check it"
                        + " in the health personnel register (HPR).",
                "The vaccination time (2099-10-20T10:15+02:00) is in the future. Give the date it happened.");
    }

    @Test
    void dryRunOfValidReportStoresNothing() throws Exception {
        Sample sample = Samples.byName("encounter-three-registries");
        long submissions = running.countRows("submission");
        running.awaitDeliveriesSettled();
        long registryRequests = registryRequests();

        HttpResponse<String> response = running.post(VALIDATE, token, sample.contentType(), sample.bytes(), Map.of());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        OperationOutcome outcome = outcome(response);
        assertThat(codes(outcome)).containsExactly("MP-1000");
        assertThat(outcome.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.INFORMATION);
        assertThat(running.countRows("submission")).isEqualTo(submissions);
        assertThat(registryRequests()).isEqualTo(registryRequests);
    }

    @Test
    void dryRunChecksScopes() throws Exception {
        String sysvakOnly = running.token(DevClients.GP_OFFICE, "meldeport:sysvak");
        Sample sample = Samples.byName("encounter-vaccination-and-notifiable");

        HttpResponse<String> response = running.post(VALIDATE, sysvakOnly, sample.contentType(), sample.bytes(),
                Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(outcome(response).getIssueFirstRep().getExtensionByUrl(MeldeportFhir.RETRY_STRATEGY).getValue()
                .primitiveValue()).isEqualTo("contact-support");
    }

    @Test
    void warningsAreListedAndDoNotBlock() throws Exception {
        byte[] withoutLot = Samples.byName("vaccination-influenza").text()
                .replace("\"lotNumber\": \"TH2461AB\",", "")
                .replace("urn:uuid:8cf237a1-3dad-50f8-9679-a84f5a5acbe7", "urn:uuid:8cf237a1-3dad-50f8-9679-000000000001")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> dryRun = running.post(VALIDATE, token, JSON, withoutLot,
                Map.of("Idempotency-Key", "warning-test-1"));
        HttpResponse<String> accepted = running.post(PROCESS_MESSAGE, token, JSON, withoutLot,
                Map.of("Idempotency-Key", "warning-test-1", "Accept-Language", "en"));

        assertThat(dryRun.statusCode()).isEqualTo(200);
        OperationOutcome warnings = outcome(dryRun);
        assertThat(codes(warnings)).containsExactly("MP-1251");
        assertThat(warnings.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.WARNING);
        assertThat(expressions(warnings)).containsExactly("Bundle.entry[4].resource.lotNumber");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        Bundle response = FHIR.newJsonParser().parseResource(Bundle.class, accepted.body());
        MessageHeader header = (MessageHeader) response.getEntryFirstRep().getResource();
        String detailsUrl = header.getResponse().getDetails().getReference();
        OperationOutcome attached = response.getEntry().stream()
                .filter(entry -> entry.getFullUrl().equals(detailsUrl))
                .map(entry -> (OperationOutcome) entry.getResource())
                .findFirst().orElseThrow();
        assertThat(attached.getIssueFirstRep().getDetails().getText())
                .isEqualTo("The batch number is missing. A vaccination report to SYSVAK should have it; the report is"
                        + " still accepted.");
    }

    @Test
    void messageHeaderIdIdentifiesResendWithoutKey() throws Exception {
        Sample sample = Samples.byName("sykmelding-one-period");
        String headerId = "795afe97-c743-5b96-abb3-838ec67a5488";
        byte[] changed = sample.text().replace("Tømrer", "Snekker").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> first = running.post(PROCESS_MESSAGE, token, sample.contentType(), sample.bytes(), Map.of());
        HttpResponse<String> again = running.post(PROCESS_MESSAGE, token, sample.contentType(), sample.bytes(), Map.of());
        HttpResponse<String> different = running.post(PROCESS_MESSAGE, token, sample.contentType(), changed, Map.of());

        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        MessageHeader header = (MessageHeader) FHIR.newJsonParser().parseResource(Bundle.class, first.body())
                .getEntryFirstRep().getResource();
        assertThat(header.getResponse().getIdentifier()).isEqualTo(headerId);
        assertThat(different.statusCode()).isEqualTo(409);
        assertThat(outcome(different).getIssueFirstRep().getDetails().getText()).contains(headerId);
    }

    @Test
    void invalidIdempotencyKeyIsRejected() throws Exception {
        Sample sample = Samples.byName("vaccination-influenza");

        HttpResponse<String> response = running.post(PROCESS_MESSAGE, token, sample.contentType(), sample.bytes(),
                Map.of("Idempotency-Key", "x".repeat(201)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(codes(outcome(response))).containsExactly("MP-0410");
    }

    @Test
    void bodyOverDefaultLimitGetsOperationOutcome() throws Exception {
        byte[] body = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(body, (byte) ' ');

        HttpResponse<String> response = running.post(PROCESS_MESSAGE, token, JSON, body,
                Map.of("Accept-Language", "en"));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(JSON));
        assertThat(texts(outcome(response))).containsExactly(
                "The request body is larger than the limit of 5242880 bytes. Send one consultation per message and"
                        + " leave out attachments.");
    }

    @Test
    void restFaceAnswersProblemWithRetryStrategy() throws Exception {
        HttpResponse<String> response = running.get("/api/v1/submissions/00000000-0000-0000-0000-000000000000", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = running.json(response);
        assertThat(problem.path("code").asText()).isEqualTo("MP-0401");
        assertThat(problem.path("retryStrategy").asText()).isEqualTo("fix-and-resend");
        assertThat(problem.path("detail").asText()).startsWith("Tilgangstokenet mangler eller er ugyldig.");
    }

    @Test
    void syntheticNumberIsRejectedWhenConfigurationForbidsIt() throws Exception {
        try (RunningGateway strict = RunningGateway.start(dataDir.resolve("strict"),
                Map.of("MELDEPORT_ALLOW_SYNTHETIC_IDS", "false"))) {
            String strictToken = strict.token(DevClients.GP_OFFICE, ALL_SCOPES);
            Sample tenor = Samples.byName("klinikermelding-campylobacteriosis");
            Sample real = Samples.byName("vaccination-influenza");

            HttpResponse<String> rejected = strict.post(VALIDATE, strictToken, tenor.contentType(), tenor.bytes(),
                    Map.of());
            HttpResponse<String> accepted = strict.post(VALIDATE, strictToken, real.contentType(), real.bytes(),
                    Map.of());

            assertThat(rejected.statusCode()).isEqualTo(422);
            assertThat(codes(outcome(rejected))).containsExactly("MP-1205");
            assertThat(expressions(outcome(rejected))).containsExactly("Bundle.entry[1].resource.identifier[0].value");
            assertThat(accepted.statusCode()).isEqualTo(200);
        }
    }

    private long registryRequests() {
        return running.simulators().all().stream().mapToLong(RegistrySimulator::requestCount).sum();
    }
}
