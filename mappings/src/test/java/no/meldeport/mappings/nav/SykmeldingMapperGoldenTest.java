package no.meldeport.mappings.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.meldeport.mappings.nav.NavTestEnvelopes.NavCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.Difference;

/** Compares each NAV message, element by element and attribute by attribute, with its golden file. */
class SykmeldingMapperGoldenTest {

    private final SykmeldingMapper mapper = new SykmeldingMapper(NavTestEnvelopes.SYSTEM_VERSION);

    static List<NavCase> cases() {
        return NavTestEnvelopes.goldenCases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void messageMatchesGoldenFile(NavCase navCase) {
        String actual = mapper.map(navCase.envelope()).body();

        String expected;
        if (GoldenFiles.updating()) {
            GoldenFiles.write(navCase.name(), actual);
            expected = actual;
        } else {
            expected = GoldenFiles.read(navCase.name());
        }
        Diff diff = DiffBuilder.compare(Input.fromString(expected))
                .withTest(Input.fromString(actual))
                .ignoreWhitespace()
                .checkForSimilar()
                .build();

        assertThat(diff.getDifferences())
                .as("differences from golden file %s.xml", navCase.name())
                .extracting(Difference::toString)
                .isEmpty();
    }
}
