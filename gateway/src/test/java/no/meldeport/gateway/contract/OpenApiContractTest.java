package no.meldeport.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.meldeport.fixtures.samples.RestSamples;
import org.junit.jupiter.api.Test;

/** The contract check itself: conforming exchanges pass, and anything undocumented is reported. */
class OpenApiContractTest {

    private static final OpenApiContract CONTRACT = new OpenApiContract();
    private static final String ID = "0b6f2c1e-3f4a-4b5c-8d9e-0a1b2c3d4e5f";
    private static final String STATUS = """
            {"submissionId":"%s","reportType":"vaccination","acceptedAt":"2026-12-04T10:32:00Z",
             "deliveries":[{"deliveryId":"d1","registry":"sysvak","status":"delivered","attempts":1,
                            "receiptId":"SV-1","deliveredAt":"2026-12-04T10:32:01Z"}]}""".formatted(ID);

    @Test
    void documentedExchangePasses() {
        List<String> violations = CONTRACT.check(get("/api/v1/submissions/" + ID, 200, json(), STATUS));

        assertThat(violations).isEmpty();
    }

    @Test
    void undocumentedFieldFails() {
        String withExtraField = STATUS.replace("\"attempts\":1,", "\"attempts\":1,\"internalNote\":\"x\",");

        List<String> violations = CONTRACT.check(get("/api/v1/submissions/" + ID, 200, json(), withExtraField));

        assertThat(violations).singleElement().asString()
                .contains("/deliveries/0")
                .contains("internalNote");
    }

    @Test
    void undocumentedStatusFails() {
        List<String> violations = CONTRACT.check(get("/api/v1/submissions/" + ID, 418, problemJson(),
                "{\"type\":\"x\",\"title\":\"t\",\"status\":418,\"code\":\"MP-0418\"}"));

        assertThat(violations).singleElement().asString().contains("status 418 is not documented");
    }

    @Test
    void undocumentedHeaderFails() {
        Map<String, List<String>> headers = Map.of("Content-Type", List.of("application/json"),
                "X-Debug-Trace", List.of("on"));

        List<String> violations = CONTRACT.check(get("/api/v1/submissions/" + ID, 200, headers, STATUS));

        assertThat(violations).singleElement().asString().contains("x-debug-trace");
    }

    @Test
    void missingRequiredHeaderFails() {
        String report = new String(RestSamples.byName("vaccination-influenza").bytes(), StandardCharsets.UTF_8);

        List<String> violations = CONTRACT.check(post("/api/v1/reports", report, 202, json(), STATUS));

        assertThat(violations).singleElement().asString().contains("required response header Location");
    }

    @Test
    void undocumentedPathAndQueryParameterFail() {
        List<String> path = CONTRACT.check(get("/api/v1/secrets", 200, json(), "{}"));
        List<String> query = CONTRACT.check(get("/api/v1/submissions?orderBy=name", 200, json(),
                "{\"submissions\":[],\"limit\":20,\"offset\":0}"));

        assertThat(path).singleElement().asString().contains("not documented");
        assertThat(query).singleElement().asString().contains("query parameter orderBy");
    }

    @Test
    void invalidRequestIsViolationOnlyWhenAccepted() {
        String invalid = "{\"meldingId\":\"m1\",\"meldingstype\":\"vaccination\",\"pasient\":{}}";
        String problem = "{\"type\":\"https://meldeport.no/problems/MP-1062\",\"title\":\"Invalid report\","
                + "\"status\":422,\"code\":\"MP-1062\",\"errors\":[{\"pointer\":\"/pasient/identifikator\","
                + "\"code\":\"MP-1062\",\"detail\":\"/pasient/identifikator is required.\"}]}";

        List<String> rejected = CONTRACT.check(post("/api/v1/reports", invalid, 422, problemJson(), problem));
        List<String> accepted = CONTRACT.check(post("/api/v1/reports", invalid, 202,
                Map.of("Content-Type", List.of("application/json"), "Location", List.of("http://x/y")), STATUS));

        assertThat(rejected).isEmpty();
        assertThat(accepted).isNotEmpty().allMatch(violation -> violation.contains("request accepted although"));
    }

    private static HttpExchange get(String pathAndQuery, int status, Map<String, List<String>> headers, String body) {
        return new HttpExchange("GET", URI.create("http://127.0.0.1:1" + pathAndQuery), Map.of(), new byte[0],
                status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpExchange post(String path, String requestBody, int status, Map<String, List<String>> headers,
            String body) {
        return new HttpExchange("POST", URI.create("http://127.0.0.1:1" + path),
                Map.of("Content-Type", List.of("application/json")), requestBody.getBytes(StandardCharsets.UTF_8),
                status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, List<String>> json() {
        return Map.of("Content-Type", List.of("application/json"));
    }

    private static Map<String, List<String>> problemJson() {
        return Map.of("Content-Type", List.of("application/problem+json"));
    }
}
