package no.meldeport.mappings.msis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.stream.Stream;
import no.meldeport.mappings.GoldenFiles;
import no.meldeport.mappings.MappingException;
import no.meldeport.mappings.TestEnvelopes;
import no.meldeport.model.Coding;
import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.Klinikermelding;
import no.meldeport.model.PersonIdentifierType;
import no.meldeport.model.Registry;
import no.meldeport.model.RegistryMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class KlinikermeldingMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KlinikermeldingMapper mapper = new KlinikermeldingMapper();

    static Stream<Arguments> goldenCases() {
        return Stream.of(
                Arguments.of("fnr-full-icd10", TestEnvelopes.klinikermeldingFnrFull()),
                Arguments.of("d-number-icpc2", TestEnvelopes.klinikermeldingIcpc2DNumber()),
                Arguments.of("minimal", TestEnvelopes.klinikermeldingMinimal()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    void mapMatchesGoldenFile(String name, DeliveryEnvelope envelope) {
        RegistryMessage message = mapper.map(envelope);

        GoldenFiles.assertMatches("msis/" + name + ".json", message.body());
    }

    @Test
    void mapSetsRequestLine() {
        RegistryMessage message = mapper.map(TestEnvelopes.klinikermeldingFnrFull());

        assertThat(message.path()).isEqualTo("/klinikermeldinger");
        assertThat(message.contentType()).isEqualTo("application/json");
    }

    @Test
    void mapOmitsAbsentValuesInsteadOfNull() throws Exception {
        RegistryMessage message = mapper.map(TestEnvelopes.klinikermeldingMinimal());

        JsonNode body = JSON.readTree(message.body());
        assertThat(message.body()).doesNotContain("null");
        assertThat(body.has("smitte")).isFalse();
        assertThat(body.has("innsender")).isFalse();
        assertThat(body.path("pasient").has("fornavn")).isFalse();
    }

    @Test
    void mapKeepsFalseBooleans() throws Exception {
        RegistryMessage message = mapper.map(TestEnvelopes.klinikermeldingIcpc2DNumber());

        JsonNode body = JSON.readTree(message.body());
        assertThat(body.path("innlagtSykehus").isBoolean()).isTrue();
        assertThat(body.path("innlagtSykehus").booleanValue()).isFalse();
    }

    @Test
    void mapIsDeterministic() {
        DeliveryEnvelope envelope = TestEnvelopes.klinikermeldingFnrFull();

        String first = mapper.map(envelope).body();
        String second = mapper.map(envelope).body();

        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "FODSELSNUMMER,FNR",
        "D_NUMBER,DNR",
        "FELLES_HJELPENUMMER,FHN",
        "DUF_NUMBER,DUF",
        "H_NUMBER,HNR",
    })
    void mapWritesIdentifierType(PersonIdentifierType type, String expected) throws Exception {
        DeliveryEnvelope envelope = TestEnvelopes.envelope("7a2e3d4c-5b6a-4f9e-8d7c-2b3c4d5e6f09",
                TestEnvelopes.minimalContext(TestEnvelopes.identifierOnly(type, TestEnvelopes.FELLES_HJELPENUMMER)),
                null, TestEnvelopes.anyKlinikermelding());

        JsonNode body = JSON.readTree(mapper.map(envelope).body());

        assertThat(body.path("pasient").path("identifikator").path("type").asText()).isEqualTo(expected);
    }

    @Test
    void mapLooksUpMissingDiseaseName() throws Exception {
        RegistryMessage message = mapper.map(TestEnvelopes.klinikermeldingMinimal());

        JsonNode sykdom = JSON.readTree(message.body()).path("sykdom");
        assertThat(sykdom.path("navn").asText()).isEqualTo("Meslinger");
        assertThat(sykdom.path("gruppe").asText()).isEqualTo("A");
    }

    @Test
    void mapOmitsDiseaseNameNotInTable() throws Exception {
        Klinikermelding unlisted = new Klinikermelding("condition-8", TestEnvelopes.icd10("A49.9", null), null, null,
                LocalDate.of(2026, 3, 2), null, null, null, null, null, null, null, null, null, null);
        DeliveryEnvelope envelope = TestEnvelopes.envelope("7a2e3d4c-5b6a-4f9e-8d7c-2b3c4d5e6f07",
                TestEnvelopes.context(TestEnvelopes.adultWithFnr()), TestEnvelopes.reporter(), unlisted);

        JsonNode sykdom = JSON.readTree(mapper.map(envelope).body()).path("sykdom");

        assertThat(sykdom.path("kode").asText()).isEqualTo("A49.9");
        assertThat(sykdom.has("navn")).isFalse();
        assertThat(sykdom.has("gruppe")).isFalse();
    }

    @Test
    void mapKeepsEachDiagnosisInItsOwnMessage() throws Exception {
        DeliveryEnvelope gonorrhoea = TestEnvelopes.envelope("7a2e3d4c-5b6a-4f9e-8d7c-2b3c4d5e6f05",
                TestEnvelopes.context(TestEnvelopes.adultWithDNumber()), TestEnvelopes.reporter(),
                new Klinikermelding("condition-5", TestEnvelopes.icpc2("Y71", null), "Gonoré", "A",
                        LocalDate.of(2026, 3, 2), null, null, null, null, null, null, null, null, null, null));
        DeliveryEnvelope syphilis = TestEnvelopes.envelope("7a2e3d4c-5b6a-4f9e-8d7c-2b3c4d5e6f06",
                gonorrhoea.context(), TestEnvelopes.reporter(),
                new Klinikermelding("condition-6", TestEnvelopes.icd10("A51.0", null), "Syfilis", "A",
                        LocalDate.of(2026, 3, 2), null, null, null, null, null, null, null, null, null, null));

        JsonNode first = JSON.readTree(mapper.map(gonorrhoea).body());
        JsonNode second = JSON.readTree(mapper.map(syphilis).body());

        assertThat(first.path("meldingsId").asText()).isEqualTo("7a2e3d4c-5b6a-4f9e-8d7c-2b3c4d5e6f05");
        assertThat(first.path("sykdom").path("kode").asText()).isEqualTo("Y71");
        assertThat(first.path("sykdom").path("kodeverk").asText()).isEqualTo("ICPC-2");
        assertThat(second.path("meldingsId").asText()).isEqualTo("7a2e3d4c-5b6a-4f9e-8d7c-2b3c4d5e6f06");
        assertThat(second.path("sykdom").path("kode").asText()).isEqualTo("A51.0");
        assertThat(second.path("sykdom").path("navn").asText()).isEqualTo("Syfilis");
        assertThat(second.path("pasient")).isEqualTo(first.path("pasient"));
    }

    @Test
    void mapRejectsDiagnosisInOtherCodeSystem() {
        Klinikermelding snomedCoded = new Klinikermelding("condition-9",
                new Coding("http://snomed.info/sct", "27836007", null), "Kikhoste", "A",
                LocalDate.of(2026, 3, 2), null, null, null, null, null, null, null, null, null, null);
        DeliveryEnvelope envelope = TestEnvelopes.envelope("7a2e3d4c-5b6a-4f9e-8d7c-2b3c4d5e6f08",
                TestEnvelopes.context(TestEnvelopes.adultWithFnr()), TestEnvelopes.reporter(), snomedCoded);

        assertThatThrownBy(() -> mapper.map(envelope))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("http://snomed.info/sct");
    }

    @Test
    void mapRejectsContentForOtherRegistry() {
        DeliveryEnvelope envelope = TestEnvelopes.vaccinationFnrFull();

        assertThatThrownBy(() -> mapper.map(envelope))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Klinikermelding");
    }

    @Test
    void registryIsMsis() {
        assertThat(mapper.registry()).isEqualTo(Registry.MSIS);
    }
}
