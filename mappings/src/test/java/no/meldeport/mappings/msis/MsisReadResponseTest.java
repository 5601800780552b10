package no.meldeport.mappings.msis;

import static org.assertj.core.api.Assertions.assertThat;

import no.meldeport.model.RegistryResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MsisReadResponseTest {

    private static final String JSON = "application/json";

    private final KlinikermeldingMapper mapper = new KlinikermeldingMapper();

    @Test
    void createdNotificationIsAccepted() {
        String body = "{\"meldingsnummer\":\"MSIS-2026-004711\",\"status\":\"MOTTATT\"}";

        RegistryResponse response = mapper.readResponse(201, JSON, body);

        assertThat(response).isEqualTo(new RegistryResponse.Accepted("MSIS-2026-004711"));
    }

    @Test
    void repeatedDeliveryIsAcceptedWithSameNumber() {
        String body = "{\"meldingsnummer\":\"MSIS-2026-004711\",\"status\":\"MOTTATT\"}";

        RegistryResponse response = mapper.readResponse(200, JSON + "; charset=utf-8", body);

        assertThat(response).isEqualTo(new RegistryResponse.Accepted("MSIS-2026-004711"));
    }

    @Test
    void errorListIsRejectedWithFirstCode() {
        String body = """
                {"status":"AVVIST","feil":[
                  {"kode":"MSIS-V03","felt":"diagnosedato","melding":"Diagnosedato mangler"},
                  {"kode":"MSIS-V11","felt":"pasient.identifikator","melding":"Ugyldig fødselsnummer"}]}
                """;

        RegistryResponse response = mapper.readResponse(400, JSON, body);

        assertThat(response).isEqualTo(new RegistryResponse.Rejected("MSIS-V03",
                "diagnosedato: Diagnosedato mangler; pasient.identifikator: Ugyldig fødselsnummer"));
    }

    @Test
    void errorWithoutFieldKeepsMessage() {
        String body = "{\"status\":\"AVVIST\",\"feil\":[{\"kode\":\"MSIS-V20\",\"melding\":\"Ukjent sykdom\"}]}";

        RegistryResponse response = mapper.readResponse(400, JSON, body);

        assertThat(response).isEqualTo(new RegistryResponse.Rejected("MSIS-V20", "Ukjent sykdom"));
    }

    @Test
    void errorWithoutTextsGetsPlaceholderReason() {
        String body = "{\"status\":\"AVVIST\",\"feil\":[{\"kode\":\"MSIS-V99\"}]}";

        RegistryResponse response = mapper.readResponse(400, JSON, body);

        assertThat(response).isEqualTo(new RegistryResponse.Rejected("MSIS-V99", "MSIS gave no error text"));
    }

    @ParameterizedTest(name = "HTTP 201 with body {0}")
    @ValueSource(strings = {
        "",
        "garbage",
        "{\"status\":\"MOTTATT\"}",
        "{\"meldingsnummer\":\"\"}",
        "{\"meldingsnummer\":12345}",
        "[\"MSIS-2026-004711\"]",
        "{\"meldingsnummer\":\"MSIS-2026-0047",
    })
    void successWithoutMeldingsnummerIsUnreadable(String body) {
        RegistryResponse response = mapper.readResponse(201, JSON, body);

        assertThat(response).isInstanceOf(RegistryResponse.Unreadable.class);
    }

    @ParameterizedTest(name = "HTTP 400 with body {0}")
    @ValueSource(strings = {
        "",
        "<html><body>400 Bad Request</body></html>",
        "{\"status\":\"AVVIST\"}",
        "{\"status\":\"AVVIST\",\"feil\":[]}",
        "{\"status\":\"AVVIST\",\"feil\":{\"kode\":\"MSIS-V03\"}}",
        "{\"status\":\"AVVIST\",\"feil\":[\"MSIS-V03\"]}",
        "{\"status\":\"AVVIST\",\"feil\":[{\"felt\":\"diagnosedato\",\"melding\":\"Diagnosedato mangler\"}]}",
    })
    void errorWithoutCodedFeilIsUnreadable(String body) {
        RegistryResponse response = mapper.readResponse(400, JSON, body);

        assertThat(response).isInstanceOf(RegistryResponse.Unreadable.class);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {100, 301, 500, 502})
    void statusOutsideContractIsUnreadable(int status) {
        String body = "{\"meldingsnummer\":\"MSIS-2026-004711\",\"status\":\"MOTTATT\"}";

        RegistryResponse response = mapper.readResponse(status, JSON, body);

        assertThat(response).isInstanceOf(RegistryResponse.Unreadable.class);
    }

    @Test
    void unreadableDetailDoesNotQuoteBody() {
        RegistryResponse response = mapper.readResponse(400, JSON, "Pasient 17054026641 finnes ikke");

        assertThat(response).isInstanceOfSatisfying(RegistryResponse.Unreadable.class, unreadable ->
                assertThat(unreadable.detail()).contains("400").doesNotContain("17054026641"));
    }

    @Test
    void nullBodyIsUnreadable() {
        RegistryResponse response = mapper.readResponse(400, null, null);

        assertThat(response).isInstanceOf(RegistryResponse.Unreadable.class);
    }
}
