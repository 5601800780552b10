package no.meldeport.mappings.sysvak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.util.stream.Stream;
import no.meldeport.mappings.GoldenFiles;
import no.meldeport.mappings.MappingException;
import no.meldeport.mappings.TestEnvelopes;
import no.meldeport.model.ClinicalContext;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.PersonIdentifierType;
import no.meldeport.model.Registry;
import no.meldeport.model.RegistryMessage;
import no.meldeport.model.Vaccination;
import org.hl7.fhir.r4.model.Immunization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SysvakMapperTest {

    private final SysvakMapper mapper = new SysvakMapper();

    static Stream<Arguments> goldenCases() {
        return Stream.of(
                Arguments.of("fnr-full", TestEnvelopes.vaccinationFnrFull()),
                Arguments.of("d-number", TestEnvelopes.vaccinationDNumber()),
                Arguments.of("minimal", TestEnvelopes.vaccinationMinimal()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    void mapMatchesGoldenFile(String name, DeliveryEnvelope envelope) {
        RegistryMessage message = mapper.map(envelope);

        GoldenFiles.assertMatches("sysvak/" + name + ".json", message.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    void mapProducesImmunizationThatHapiParsesStrictly(String name, DeliveryEnvelope envelope) {
        RegistryMessage message = mapper.map(envelope);

        Immunization immunization = strictParser().parseResource(Immunization.class, message.body());

        assertThat(immunization.getMeta().hasProfile(SysvakMapper.PROFILE)).isTrue();
        assertThat(immunization.getIdentifierFirstRep().getValue()).isEqualTo("urn:uuid:" + envelope.deliveryId());
        assertThat(immunization.getStatus()).isEqualTo(Immunization.ImmunizationStatus.COMPLETED);
        assertThat(immunization.getPatient().getIdentifier().getValue())
                .isEqualTo(envelope.context().patient().identifier().value());
        assertThat(immunization.getPatient().hasDisplay()).isFalse();
        assertThat(immunization.getPatient().hasReference()).isFalse();
    }

    @Test
    void mapSetsRequestLine() {
        RegistryMessage message = mapper.map(TestEnvelopes.vaccinationFnrFull());

        assertThat(message.path()).isEqualTo("/Immunization");
        assertThat(message.contentType()).isEqualTo("application/fhir+json");
    }

    @Test
    void mapIsNotPrettyPrinted() {
        RegistryMessage message = mapper.map(TestEnvelopes.vaccinationFnrFull());

        assertThat(message.body()).doesNotContain("\n").startsWith("{\"resourceType\":\"Immunization\"");
    }

    @Test
    void mapIsDeterministic() {
        DeliveryEnvelope envelope = TestEnvelopes.vaccinationDNumber();

        String first = mapper.map(envelope).body();
        String second = mapper.map(envelope).body();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void mapSendsNoPatientName() {
        RegistryMessage message = mapper.map(TestEnvelopes.vaccinationFnrFull());

        assertThat(message.body()).doesNotContain("Kari").doesNotContain("Nordmann");
    }

    @Test
    void mapSendsAtcUnderNorwegianOid() {
        RegistryMessage message = mapper.map(TestEnvelopes.vaccinationDNumber());

        Immunization immunization = strictParser().parseResource(Immunization.class, message.body());
        assertThat(immunization.getVaccineCode().getCoding())
                .extracting(coding -> coding.getSystem() + "|" + coding.getCode())
                .containsExactly(Vaccination.SYSVAK_SYSTEM + "|DT51", CodeSystems.ATC + "|J07AM51");
    }

    @Test
    void mapFallsBackToTokenHprAndOrganisation() {
        DeliveryEnvelope full = TestEnvelopes.vaccinationMinimal();
        DeliveryEnvelope envelope = TestEnvelopes.envelope(full.deliveryId(),
                new ClinicalContext(full.context().patient(), null, null, null, null),
                TestEnvelopes.reporter(), full.content());

        Immunization immunization = strictParser().parseResource(Immunization.class, mapper.map(envelope).body());

        assertThat(immunization.getPerformer())
                .extracting(performer -> performer.getActor().getIdentifier().getSystem() + "|"
                        + performer.getActor().getIdentifier().getValue())
                .containsExactly(CodeSystems.HPR + "|" + TestEnvelopes.HPR_PHYSICIAN,
                        CodeSystems.ORGANISATION_NUMBER + "|" + TestEnvelopes.ORGNR_POINT_OF_CARE);
    }

    @Test
    void mapRejectsPatientWithoutSysvakIdentifier() {
        DeliveryEnvelope envelope = TestEnvelopes.envelope("6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e09",
                TestEnvelopes.minimalContext(TestEnvelopes.identifierOnly(
                        PersonIdentifierType.FELLES_HJELPENUMMER, TestEnvelopes.FELLES_HJELPENUMMER)),
                TestEnvelopes.reporter(), TestEnvelopes.anyVaccination());

        assertThatThrownBy(() -> mapper.map(envelope))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e09")
                .hasMessageContaining("FELLES_HJELPENUMMER")
                .hasMessageNotContaining(TestEnvelopes.FELLES_HJELPENUMMER);
    }

    @Test
    void mapRejectsContentForOtherRegistry() {
        DeliveryEnvelope envelope = TestEnvelopes.klinikermeldingFnrFull();

        assertThatThrownBy(() -> mapper.map(envelope))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Klinikermelding")
                .hasMessageContaining("Vaccination");
    }

    @Test
    void registryIsSysvak() {
        assertThat(mapper.registry()).isEqualTo(Registry.SYSVAK);
    }

    private static IParser strictParser() {
        return FhirContext.forR4Cached().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }
}
