package no.meldeport.mappings.msis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.NotifiableDisease;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class NotifiableDiseasesTest {

    private final NotifiableDiseases table = NotifiableDiseases.standard();

    @ParameterizedTest(name = "ICD-10 {0} is {1}")
    @CsvSource(delimiter = ';', value = {
        "A04.5;Campylobacteriose",
        "A02;Salmonellose",
        "A37;Kikhoste",
        "A37.0;Kikhoste",
        "B05;Meslinger",
        "B05.9;Meslinger",
        "A15.0;Tuberkulose",
        "A19.9;Tuberkulose",
        "B15;Hepatitt A",
        "B16.9;Hepatitt B",
        "B18.1;Hepatitt B",
        "B17.1;Hepatitt C",
        "B18.2;Hepatitt C",
        "A54.0;Gonoré",
        "A50.1;Syfilis",
        "A53.9;Syfilis",
        "B20;Hivinfeksjon",
        "B24;Hivinfeksjon",
        "Z21;Hivinfeksjon",
        "A69.2;Lyme borreliose",
        "A48.1;Legionellose",
        "A39.2;'Meningokokksykdom, systemisk'",
        "U07.1;Covid-19",
        "A01.0;Tyfoidfeber",
        "A01.1;Paratyfoidfeber",
        "A98.5;Hemoragisk feber med nyresyndrom (nephropathia epidemica)",
    })
    void icd10CodeFindsDisease(String code, String disease) {
        Coding diagnosis = new Coding(CodeSystems.ICD10, code, null);

        Optional<NotifiableDisease> found = table.lookup(diagnosis);

        assertThat(found).contains(new NotifiableDisease(disease, "A"));
    }

    @Test
    void subcodeMatchesItsCategory() {
        Coding salmonellaSepticaemia = new Coding(CodeSystems.ICD10, "A02.1", null);

        Optional<NotifiableDisease> found = table.lookup(salmonellaSepticaemia);

        assertThat(found).map(NotifiableDisease::name).contains("Salmonellose");
    }

    @Test
    void exactRowWinsOverCategory() {
        Coding campylobacter = new Coding(CodeSystems.ICD10, "A04.5", null);
        Coding yersinia = new Coding(CodeSystems.ICD10, "A04.6", null);

        Optional<NotifiableDisease> first = table.lookup(campylobacter);
        Optional<NotifiableDisease> second = table.lookup(yersinia);

        assertThat(first).map(NotifiableDisease::name).contains("Campylobacteriose");
        assertThat(second).map(NotifiableDisease::name).contains("Yersiniose");
    }

    @ParameterizedTest(name = "ICD-10 {0} is not notifiable")
    @CsvSource({
        // A04 has notifiable subcodes only, so the bare category is not enough.
        "A04",
        "A04.7",
        // B17 and B18 hold hepatitis C/E and B, but also other or unstated types.
        "B17.0",
        "B17.9",
        "B18.9",
        "A56.0",
        "D59.3",
        "J06.9",
        "E11.9",
    })
    void icd10CodeOutsideTableIsNotNotifiable(String code) {
        Coding diagnosis = new Coding(CodeSystems.ICD10, code, null);

        Optional<NotifiableDisease> found = table.lookup(diagnosis);

        assertThat(found).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @MethodSource("codingSpellings")
    void codeSystemAndCodeSpellingsAreAccepted(String system, String code, String disease) {
        Coding diagnosis = new Coding(system, code, null);

        Optional<NotifiableDisease> found = table.lookup(diagnosis);

        assertThat(found).map(NotifiableDisease::name).contains(disease);
    }

    static Stream<Arguments> codingSpellings() {
        return Stream.of(
                Arguments.of(CodeSystems.ICD10, "A04.5", "Campylobacteriose"),
                Arguments.of(CodeSystems.ICD10_FHIR, "A04.5", "Campylobacteriose"),
                Arguments.of(CodeSystems.ICD10, "A045", "Campylobacteriose"),
                Arguments.of(CodeSystems.ICD10, "a04.5", "Campylobacteriose"),
                Arguments.of(CodeSystems.ICD10_FHIR, "A021", "Salmonellose"),
                Arguments.of(CodeSystems.ICPC2, "R71", "Kikhoste"),
                Arguments.of(CodeSystems.ICPC2_FHIR, "R71", "Kikhoste"),
                Arguments.of(CodeSystems.ICPC2_FHIR, "r71", "Kikhoste"));
    }

    @ParameterizedTest(name = "ICPC-2 {0} is {1}")
    @CsvSource(delimiter = ';', value = {
        "A70;Tuberkulose",
        "A71;Meslinger",
        "A73;Malaria",
        "A74;Røde hunder",
        "B90;Hivinfeksjon",
        "D71;Kusma",
        "D72;Viral hepatitt (type ikke angitt)",
        "R71;Kikhoste",
        "R992;Covid-19",
        "X70;Syfilis",
        "Y70;Syfilis",
        "X71;Gonoré",
        "Y71;Gonoré",
    })
    void icpc2CodeFindsDisease(String code, String disease) {
        Coding diagnosis = new Coding(CodeSystems.ICPC2_FHIR, code, null);

        Optional<NotifiableDisease> found = table.lookup(diagnosis);

        assertThat(found).contains(new NotifiableDisease(disease, "A"));
    }

    @ParameterizedTest(name = "ICPC-2 {0} is not notifiable")
    @CsvSource({"D70", "D73", "A77", "A78", "R80", "R991", "N71", "A72", "T90", "R7"})
    void unspecificIcpc2CodeIsNotNotifiable(String code) {
        Coding diagnosis = new Coding(CodeSystems.ICPC2, code, null);

        Optional<NotifiableDisease> found = table.lookup(diagnosis);

        assertThat(found).isEmpty();
    }

    @Test
    void icpc2CodeDoesNotMatchByPrefix() {
        Coding covidSuspected = new Coding(CodeSystems.ICPC2, "R9", null);

        Optional<NotifiableDisease> found = table.lookup(covidSuspected);

        assertThat(found).isEmpty();
    }

    @Test
    void otherCodeSystemIsNotNotifiable() {
        Coding snomedPertussis = new Coding("http://snomed.info/sct", "27836007", null);
        Coding icd10CodeUnderWrongSystem = new Coding(CodeSystems.ATC, "A37", null);

        assertThat(table.lookup(snomedPertussis)).isEmpty();
        assertThat(table.lookup(icd10CodeUnderWrongSystem)).isEmpty();
    }

    @Test
    void findOfCatalogueInterfaceAgreesWithLookup() {
        Coding measles = new Coding(CodeSystems.ICPC2, "A71", null);

        assertThat(table.find(measles)).isEqualTo(table.lookup(measles)).isPresent();
    }

    @Test
    void standardTableCoversAtLeastFortyDiseases() {
        long diseases = Stream.of(
                        "A00", "A01.0", "A01.1", "A02", "A03", "A04.3", "A04.5", "A04.6", "A05.1", "A07.1", "A07.2",
                        "A08.0", "A15", "A20", "A21", "A22", "A23", "A30", "A32", "A35", "A36", "A37", "A39", "A40.0",
                        "A40.1", "A40.3", "A41.3", "A48.1", "A50", "A54", "A55", "A68", "A69.2", "A75.0", "A78", "A80",
                        "A81.0", "A82", "A84", "A97", "A92.0", "A92.3", "A92.5", "A95", "A98.4", "A98.5", "B03",
                        "B04", "B05", "B06", "B15", "B16", "B17.1", "B17.2", "B20", "B26", "B50", "B67", "B75", "J09",
                        "U04", "U07.1")
                .map(code -> table.lookup(new Coding(CodeSystems.ICD10, code, null)))
                .flatMap(Optional::stream)
                .map(NotifiableDisease::name)
                .distinct()
                .count();

        assertThat(diseases).isGreaterThanOrEqualTo(40);
        assertThat(table.size()).isGreaterThan(100);
    }

    @Test
    void everyRowIsFoundAsGroupA() throws IOException {
        List<String[]> rows = readTableRows();

        assertThat(rows).isNotEmpty();
        for (String[] row : rows) {
            String system = row[0].equals("ICD-10") ? CodeSystems.ICD10 : CodeSystems.ICPC2;
            Optional<NotifiableDisease> found = table.lookup(new Coding(system, row[1], null));

            assertThat(found).as("%s %s", row[0], row[1]).contains(new NotifiableDisease(row[2], "A"));
        }
    }

    private static List<String[]> readTableRows() throws IOException {
        try (InputStream in = NotifiableDiseases.class.getResourceAsStream(NotifiableDiseases.RESOURCE)) {
            assertThat(in).as("table resource").isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(";"))
                    .toList();
        }
    }

    @Test
    void parseSkipsCommentsAndBlankLines() {
        List<String> lines = List.of("# comment", "", "ICD-10;A37;Kikhoste;A", "  ", "ICPC-2;R71;Kikhoste;A");

        NotifiableDiseases parsed = NotifiableDiseases.parse(lines);

        assertThat(parsed.size()).isEqualTo(2);
    }

    @Test
    void parseRejectsWrongColumnCount() {
        List<String> lines = List.of("# header", "ICD-10;A37;Kikhoste");

        assertThatThrownBy(() -> NotifiableDiseases.parse(lines))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("3 columns");
    }

    @Test
    void parseRejectsUnknownCodeSystem() {
        List<String> lines = List.of("SNOMED;27836007;Kikhoste;A");

        assertThatThrownBy(() -> NotifiableDiseases.parse(lines))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("SNOMED");
    }

    @Test
    void parseRejectsUnknownGroup() {
        List<String> lines = List.of("ICD-10;A37;Kikhoste;D");

        assertThatThrownBy(() -> NotifiableDiseases.parse(lines))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("group 'D'");
    }

    @Test
    void parseRejectsRepeatedCodeEvenInOtherSpelling() {
        List<String> lines = List.of("ICD-10;A04.5;Campylobacteriose;A", "ICD-10;A045;Campylobacteriose;A");

        assertThatThrownBy(() -> NotifiableDiseases.parse(lines))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("repeats ICD-10 code A045");
    }
}
