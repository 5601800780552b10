package no.meldeport.mappings.noklus;

import static org.assertj.core.api.Assertions.assertThat;

import no.meldeport.model.RegistryResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoklusReadResponseTest {

    private static final String JSON = "application/json";

    private final AnnualControlMapper mapper = new AnnualControlMapper();

    @Test
    void createdFormIsAccepted() {
        RegistryResponse response = mapper.readResponse(201, JSON, "{\"kvitteringsnummer\":\"NKL-0004711234\"}");

        assertThat(response).isEqualTo(new RegistryResponse.Accepted("NKL-0004711234"));
    }

    @Test
    void repeatedDeliveryIsAcceptedWithSameNumber() {
        RegistryResponse response = mapper.readResponse(200, JSON, "{\"kvitteringsnummer\":\"NKL-0004711234\"}");

        assertThat(response).isEqualTo(new RegistryResponse.Accepted("NKL-0004711234"));
    }

    @Test
    void errorListIsRejectedWithFirstCode() {
        String body = """
                {"errors":[
                  {"code":"NKL-101","field":"malinger[0].enhet","message":"Ukjent enhet for HbA1c"},
                  {"code":"NKL-102","field":"kontrolldato","message":"Kontrolldato er i fremtiden"}]}
                """;

        RegistryResponse response = mapper.readResponse(422, JSON, body);

        assertThat(response).isEqualTo(new RegistryResponse.Rejected("NKL-101",
                "malinger[0].enhet: Ukjent enhet for HbA1c; kontrolldato: Kontrolldato er i fremtiden"));
    }

    @Test
    void errorWithoutMessageKeepsField() {
        String body = "{\"errors\":[{\"code\":\"NKL-110\",\"field\":\"malinger\"}]}";

        RegistryResponse response = mapper.readResponse(422, JSON, body);

        assertThat(response).isEqualTo(new RegistryResponse.Rejected("NKL-110", "malinger"));
    }

    @ParameterizedTest(name = "HTTP 201 with body {0}")
    @ValueSource(strings = {
        "",
        "OK",
        "{}",
        "{\"kvitteringsnummer\":null}",
        "{\"kvitteringsnummer\":\"  \"}",
        "{\"meldingsnummer\":\"MSIS-2026-004711\"}",
    })
    void successWithoutKvitteringsnummerIsUnreadable(String body) {
        RegistryResponse response = mapper.readResponse(201, JSON, body);

        assertThat(response).isInstanceOf(RegistryResponse.Unreadable.class);
    }

    @ParameterizedTest(name = "HTTP 422 with body {0}")
    @ValueSource(strings = {
        "",
        "Unprocessable Entity",
        "{\"errors\":[]}",
        "{\"errors\":\"NKL-101\"}",
        "{\"errors\":[{\"field\":\"kontrolldato\",\"message\":\"mangler\"}]}",
        "{\"feil\":[{\"kode\":\"MSIS-V03\"}]}",
    })
    void errorWithoutCodedErrorsIsUnreadable(String body) {
        RegistryResponse response = mapper.readResponse(422, JSON, body);

        assertThat(response).isInstanceOf(RegistryResponse.Unreadable.class);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {102, 307, 500, 504})
    void statusOutsideContractIsUnreadable(int status) {
        RegistryResponse response = mapper.readResponse(status, JSON, "{\"kvitteringsnummer\":\"NKL-0004711234\"}");

        assertThat(response).isInstanceOf(RegistryResponse.Unreadable.class);
    }

    @Test
    void unreadableDetailDoesNotQuoteBody() {
        RegistryResponse response = mapper.readResponse(422, JSON, "Ukjent pasient 51106297510");

        assertThat(response).isInstanceOfSatisfying(RegistryResponse.Unreadable.class, unreadable ->
                assertThat(unreadable.detail())
                        .isEqualTo("NOKLUS responded with HTTP 422 without a coded error in field 'errors'"));
    }
}
