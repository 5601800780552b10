package no.meldeport.mappings.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.meldeport.mappings.nav.NavTestEnvelopes.NavCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validates every NAV message of the golden cases against MsgHead-v1_2.xsd and
 * HelseOpplysningerArbeidsuforhet_2013-10-01.xsd, read from the NAV XSD folder beside the repository.
 */
class SykmeldingMapperSchemaTest {

    private static NavSchemaValidator validator;

    private final SykmeldingMapper mapper = new SykmeldingMapper(NavTestEnvelopes.SYSTEM_VERSION);

    @BeforeAll
    static void compileSchemas() {
        validator = new NavSchemaValidator(NavTestPaths.navSchemaDirectory());
    }

    static List<NavCase> cases() {
        return NavTestEnvelopes.goldenCases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void messageIsValidAgainstNavSchemas(NavCase navCase) {
        String xml = mapper.map(navCase.envelope()).body();

        List<String> problems = validator.validate(xml);

        assertThat(problems).as("XSD validation errors for %s", navCase.name()).isEmpty();
    }

    @Test
    void validatorRejectsMessageWithoutRequiredElement() {
        String xml = mapper.map(NavTestEnvelopes.fullFnrSinglePeriod()).body();
        String withoutStrekkode = xml.replace("<Strekkode></Strekkode>", "");

        List<String> problems = validator.validate(withoutStrekkode);

        assertThat(withoutStrekkode).isNotEqualTo(xml);
        assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("Strekkode"));
    }

    @Test
    void validatorRejectsUnknownContentElement() {
        String xml = mapper.map(NavTestEnvelopes.fullFnrSinglePeriod()).body();
        String withUnknownBody = xml.replace("HelseOpplysningerArbeidsuforhet/2013-10-01",
                "HelseOpplysningerArbeidsuforhet/1999-01-01");

        List<String> problems = validator.validate(withUnknownBody);

        assertThat(problems).isNotEmpty();
    }
}
