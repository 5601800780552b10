package no.meldeport.mappings.noklus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import no.meldeport.mappings.GoldenFiles;
import no.meldeport.mappings.MappingException;
import no.meldeport.mappings.TestEnvelopes;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.DiabetesAnnualControl;
import no.meldeport.model.DiabetesAnnualControl.SmokingStatus;
import no.meldeport.model.Measurement;
import no.meldeport.model.Registry;
import no.meldeport.model.RegistryMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AnnualControlMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DELIVERY_ID = "8b3f4e5d-6c7b-4a0f-9e8d-3c4d5e6f7a09";

    private final AnnualControlMapper mapper = new AnnualControlMapper();

    static Stream<Arguments> goldenCases() {
        return Stream.of(
                Arguments.of("full", TestEnvelopes.annualControlFull()),
                Arguments.of("minimal", TestEnvelopes.annualControlMinimal()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    void mapMatchesGoldenFile(String name, DeliveryEnvelope envelope) {
        RegistryMessage message = mapper.map(envelope);

        GoldenFiles.assertMatches("noklus/" + name + ".json", message.body());
    }

    @Test
    void mapSetsRequestLine() {
        RegistryMessage message = mapper.map(TestEnvelopes.annualControlMinimal());

        assertThat(message.path()).isEqualTo("/arskontroller");
        assertThat(message.contentType()).isEqualTo("application/json");
    }

    @Test
    void mapKeepsEveryMeasurementInOrder() throws Exception {
        RegistryMessage message = mapper.map(TestEnvelopes.annualControlFull());

        JsonNode malinger = JSON.readTree(message.body()).path("malinger");
        assertThat(malinger).hasSize(11);
        assertThat(malinger.get(0).path("kode").asText()).isEqualTo("NPU27300");
        assertThat(malinger.get(10).path("kode").asText()).isEqualTo("8280-0");
    }

    @Test
    void mapWritesValuesAsNumbersWithScale() throws Exception {
        RegistryMessage message = mapper.map(TestEnvelopes.annualControlFull());

        assertThat(message.body()).contains("\"verdi\":83.0,").contains("\"verdi\":53,");
        JsonNode weight = JSON.readTree(message.body()).path("malinger").get(9);
        assertThat(weight.path("verdi").isNumber()).isTrue();
    }

    @Test
    void mapWritesLargeAndSmallValuesWithoutExponent() {
        DeliveryEnvelope envelope = withMeasurements(List.of(
                new Measurement(new Coding(CodeSystems.NLK, "NPU27300", null), new BigDecimal("1.2E+2"),
                        "mmol/mol", null),
                new Measurement(new Coding(CodeSystems.NLK, "NOR15260", null), new BigDecimal("0.0000001"),
                        "mg/mmol", null)));

        String body = mapper.map(envelope).body();

        assertThat(body).contains("\"verdi\":120,");
        assertThat(body).contains("\"verdi\":0.0000001,");
        assertThat(body).doesNotContainPattern("\"verdi\":[^,}]*[eE]");
    }

    @Test
    void mapOmitsAbsentValuesAndEmptyLists() throws Exception {
        RegistryMessage message = mapper.map(TestEnvelopes.annualControlMinimal());

        JsonNode body = JSON.readTree(message.body());
        assertThat(message.body()).doesNotContain("null").doesNotContain("[]");
        assertThat(body.has("legemidler")).isFalse();
        assertThat(body.has("komplikasjoner")).isFalse();
        assertThat(body.has("fotundersokelse")).isFalse();
        assertThat(body.has("royking")).isFalse();
        assertThat(body.path("malinger").get(0).has("dato")).isFalse();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"NEVER,ALDRI", "FORMER,TIDLIGERE", "DAILY,DAGLIG", "OCCASIONAL,AV_OG_TIL"})
    void mapWritesSmokingStatus(SmokingStatus smoking, String expected) throws Exception {
        DiabetesAnnualControl minimal = TestEnvelopes.anyAnnualControl();
        DiabetesAnnualControl control = new DiabetesAnnualControl(minimal.sourceId(), minimal.controlDate(),
                minimal.diabetesDiagnosis(), null, minimal.measurements(), null, null, null, null, smoking, null, null);

        JsonNode body = JSON.readTree(mapper.map(envelopeWith(control)).body());

        assertThat(body.path("royking").asText()).isEqualTo(expected);
    }

    @Test
    void mapRejectsMeasurementOutsideNlkAndLoinc() {
        DeliveryEnvelope envelope = withMeasurements(List.of(new Measurement(
                new Coding(TestEnvelopes.SNOMED, "43396009", null), new BigDecimal("53"), "mmol/mol", null)));

        assertThatThrownBy(() -> mapper.map(envelope))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("43396009")
                .hasMessageContaining(TestEnvelopes.SNOMED);
    }

    @Test
    void mapRejectsMedicationOutsideAtc() {
        DiabetesAnnualControl minimal = TestEnvelopes.anyAnnualControl();
        DiabetesAnnualControl control = new DiabetesAnnualControl(minimal.sourceId(), minimal.controlDate(),
                minimal.diabetesDiagnosis(), null, minimal.measurements(), null, null, null, null, null,
                List.of(new Coding("urn:oid:2.16.578.1.12.4.1.1.7424", "ID_12345", "Metformin")), null);

        assertThatThrownBy(() -> mapper.map(envelopeWith(control)))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("Medication ID_12345");
    }

    @Test
    void mapRejectsComplicationOutsideIcd10AndIcpc2() {
        DiabetesAnnualControl minimal = TestEnvelopes.anyAnnualControl();
        DiabetesAnnualControl control = new DiabetesAnnualControl(minimal.sourceId(), minimal.controlDate(),
                minimal.diabetesDiagnosis(), null, minimal.measurements(), null, null, null, null, null, null,
                List.of(new Coding(TestEnvelopes.SNOMED, "4855003", "Diabetic retinopathy")));

        assertThatThrownBy(() -> mapper.map(envelopeWith(control)))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("DiabetesAnnualControl.complications");
    }

    @Test
    void mapLeavesMissingDiagnosisToRegistry() throws Exception {
        DiabetesAnnualControl minimal = TestEnvelopes.anyAnnualControl();
        DiabetesAnnualControl control = new DiabetesAnnualControl(minimal.sourceId(), LocalDate.of(2026, 3, 2),
                null, 2001, minimal.measurements(), null, null, null, null, null, null, null);

        JsonNode diabetes = JSON.readTree(mapper.map(envelopeWith(control)).body()).path("diabetes");

        assertThat(diabetes.has("diagnosekode")).isFalse();
        assertThat(diabetes.path("diagnoseaar").asInt()).isEqualTo(2001);
    }

    @Test
    void mapIsDeterministic() {
        DeliveryEnvelope envelope = TestEnvelopes.annualControlFull();

        String first = mapper.map(envelope).body();
        String second = mapper.map(envelope).body();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void mapRejectsContentForOtherRegistry() {
        DeliveryEnvelope envelope = TestEnvelopes.klinikermeldingMinimal();

        assertThatThrownBy(() -> mapper.map(envelope))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DiabetesAnnualControl");
    }

    @Test
    void registryIsNoklus() {
        assertThat(mapper.registry()).isEqualTo(Registry.NOKLUS);
    }

    private static DeliveryEnvelope withMeasurements(List<Measurement> measurements) {
        DiabetesAnnualControl minimal = TestEnvelopes.anyAnnualControl();
        return envelopeWith(new DiabetesAnnualControl(minimal.sourceId(), minimal.controlDate(),
                minimal.diabetesDiagnosis(), null, measurements, null, null, null, null, null, null, null));
    }

    private static DeliveryEnvelope envelopeWith(DiabetesAnnualControl control) {
        return TestEnvelopes.envelope(DELIVERY_ID, TestEnvelopes.context(TestEnvelopes.adultWithFnr()),
                TestEnvelopes.reporter(), control);
    }
}
