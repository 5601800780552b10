package no.meldeport.mappings.sysvak;

import static org.assertj.core.api.Assertions.assertThat;

import no.meldeport.model.RegistryResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SysvakReadResponseTest {

    private static final String FHIR_JSON = "application/fhir+json";
    private static final String STORED_IMMUNIZATION = """
            {"resourceType":"Immunization","id":"SV-7K2M9Q4XZA",
             "identifier":[{"system":"urn:ietf:rfc:3986","value":"urn:uuid:6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e01"}],
             "status":"completed",
             "vaccineCode":{"coding":[{"system":"https://meldeport.no/fhir/CodeSystem/sysvak-vaccine","code":"AII02"}]},
             "patient":{"identifier":{"system":"urn:oid:2.16.578.1.12.4.1.4.1","value":"17054026641"}},
             "occurrenceDateTime":"2026-03-02T10:05:00+01:00"}
            """;

    private final SysvakMapper mapper = new SysvakMapper();

    @Test
    void createdImmunizationIsAccepted() {
        RegistryResponse response = mapper.readResponse(201, FHIR_JSON, STORED_IMMUNIZATION);

        assertThat(response).isEqualTo(new RegistryResponse.Accepted("SV-7K2M9Q4XZA"));
    }

    @Test
    void repeatedDeliveryIsAcceptedWithSameId() {
        RegistryResponse response = mapper.readResponse(200, FHIR_JSON + ";charset=UTF-8", STORED_IMMUNIZATION);

        assertThat(response).isEqualTo(new RegistryResponse.Accepted("SV-7K2M9Q4XZA"));
    }

    @Test
    void operationOutcomeWithSysvakCodeIsRejected() {
        String body = """
                {"resourceType":"OperationOutcome","issue":[
                  {"severity":"error","code":"code-invalid",
                   "details":{"coding":[{"system":"https://sysvak.fhi.no/error","code":"SV-E012"}]},
                   "diagnostics":"Ukjent vaksinekode AII99"}]}
                """;

        RegistryResponse response = mapper.readResponse(422, FHIR_JSON, body);

        assertThat(response).isEqualTo(new RegistryResponse.Rejected("SV-E012", "Ukjent vaksinekode AII99"));
    }

    @Test
    void issueTextsOfAllIssuesAreJoined() {
        String body = """
                {"resourceType":"OperationOutcome","issue":[
                  {"severity":"error","code":"required",
                   "details":{"coding":[{"code":"SV-E003"}]},"diagnostics":"Vaksinasjonsdato mangler"},
                  {"severity":"error","code":"invalid","details":{"text":"Dosenummer er ugyldig"}}]}
                """;

        RegistryResponse response = mapper.readResponse(400, FHIR_JSON, body);

        assertThat(response).isEqualTo(new RegistryResponse.Rejected("SV-E003",
                "Vaksinasjonsdato mangler; Dosenummer er ugyldig"));
    }

    @Test
    void missingSysvakCodeFallsBackToIssueType() {
        String body = """
                {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"required"}]}
                """;

        RegistryResponse response = mapper.readResponse(422, FHIR_JSON, body);

        assertThat(response).isEqualTo(new RegistryResponse.Rejected("required", "SYSVAK gave no diagnostics"));
    }

    @ParameterizedTest(name = "HTTP 201 with body {0}")
    @ValueSource(strings = {
        "",
        "   ",
        "not json at all",
        "<Immunization xmlns=\"http://hl7.org/fhir\"><id value=\"SV-7K2M9Q4XZA\"/></Immunization>",
        "{\"resourceType\":\"Immunization\",\"status\":\"completed\"}",
        "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"information\",\"code\":\"informational\"}]}",
        "{\"resourceType\":\"NoSuchResource\",\"id\":\"SV-7K2M9Q4XZA\"}",
        "{\"id\":\"SV-7K2M9Q4XZA\"}",
        "[1,2,3]",
        "{\"resourceType\":\"Immunization\",\"id\":",
    })
    void successWithoutStoredImmunizationIsUnreadable(String body) {
        RegistryResponse response = mapper.readResponse(201, FHIR_JSON, body);

        assertThat(response).isInstanceOf(RegistryResponse.Unreadable.class);
    }

    @ParameterizedTest(name = "HTTP 422 with body {0}")
    @ValueSource(strings = {
        "",
        "<html><body>Bad request</body></html>",
        "{\"resourceType\":\"OperationOutcome\"}",
        "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"diagnostics\":\"no code\"}]}",
        "{\"resourceType\":\"Immunization\",\"id\":\"SV-7K2M9Q4XZA\"}",
        "{\"errors\":[{\"code\":\"X\"}]}",
    })
    void errorWithoutOperationOutcomeIssueIsUnreadable(String body) {
        RegistryResponse response = mapper.readResponse(422, FHIR_JSON, body);

        assertThat(response).isInstanceOf(RegistryResponse.Unreadable.class);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {100, 302, 304, 500, 503})
    void statusOutsideContractIsUnreadable(int status) {
        RegistryResponse response = mapper.readResponse(status, FHIR_JSON, STORED_IMMUNIZATION);

        assertThat(response).isInstanceOf(RegistryResponse.Unreadable.class);
    }

    @Test
    void unreadableDetailDoesNotQuoteBody() {
        RegistryResponse response = mapper.readResponse(201, FHIR_JSON, "garbage with 17054026641 inside");

        assertThat(response).isInstanceOfSatisfying(RegistryResponse.Unreadable.class, unreadable ->
                assertThat(unreadable.detail()).contains("201").doesNotContain("17054026641"));
    }

    @Test
    void nullBodyIsUnreadable() {
        RegistryResponse response = mapper.readResponse(201, null, null);

        assertThat(response).isInstanceOf(RegistryResponse.Unreadable.class);
    }
}
