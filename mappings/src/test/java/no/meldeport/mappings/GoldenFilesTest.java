package no.meldeport.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldenFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void equalTreesHaveNoDifferences() throws Exception {
        JsonNode expected = JSON.readTree("{\"a\":{\"b\":[1,\"x\"]},\"c\":true}");
        JsonNode actual = JSON.readTree("{\"c\":true,\"a\":{\"b\":[1.0,\"x\"]}}");

        List<String> differences = GoldenFiles.differences(expected, actual);

        assertThat(differences).isEmpty();
    }

    @Test
    void differencesNameEachPath() throws Exception {
        JsonNode expected = JSON.readTree("{\"a\":{\"b\":\"x\",\"gone\":1},\"list\":[1,2],\"n\":2.5}");
        JsonNode actual = JSON.readTree("{\"a\":{\"b\":\"y\",\"extra\":null},\"list\":[1],\"n\":2.6}");

        List<String> differences = GoldenFiles.differences(expected, actual);

        assertThat(differences).containsExactly(
                "$.a.b: expected \"x\" but was \"y\"",
                "$.a.extra: unexpected null",
                "$.a.gone: missing, expected 1",
                "$.list: expected 2 elements but was 1",
                "$.n: expected 2.5 but was 2.6");
    }

    @Test
    void typeChangeIsDifference() throws Exception {
        JsonNode expected = JSON.readTree("{\"verdi\":53}");
        JsonNode actual = JSON.readTree("{\"verdi\":\"53\"}");

        List<String> differences = GoldenFiles.differences(expected, actual);

        assertThat(differences).containsExactly("$.verdi: expected 53 but was \"53\"");
    }
}
