package no.meldeport.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import no.meldeport.fixtures.samples.RestSamples;
import no.meldeport.gateway.json.Json;
import no.meldeport.gateway.submission.ParsedSubmission;
import no.meldeport.model.ReportContent;
import org.junit.jupiter.api.Test;

class RestPointersTest {

    private final RestReportReader reader = new RestReportReader();

    @Test
    void contextPathsBecomeDocumentPointers() {
        assertThat(RestPointers.ofContext("patient.identifier.value")).isEqualTo("/pasient/identifikator/verdi");
        assertThat(RestPointers.ofContext("clinician.hprNumber")).isEqualTo("/behandler/hprNummer");
        assertThat(RestPointers.ofContext("organization.organisationNumber"))
                .isEqualTo("/virksomhet/organisasjonsnummer");
        assertThat(RestPointers.ofContext("encounterDate")).isEqualTo("/konsultasjon/dato");
    }

    @Test
    void partPathsPointIntoTheirPart() throws Exception {
        ParsedSubmission submission = reader.read(RestSamples.byName("encounter-three-registries").bytes(),
                RestReportReader.MEDIA_TYPE);
        JsonNode document = Json.mapper().readTree(RestSamples.byName("encounter-three-registries").bytes());

        Map<String, String> expected = Map.of(
                "occurrence", "/vaksinasjoner/0/tidspunkt",
                "atcCode.code", "/vaksinasjoner/0/atcKode",
                "targetDisease.code", "/vaksinasjoner/0/sykdom/kode",
                "measurements[1].code.code", "/diabeteskontroller/0/malinger/1/kode",
                "measurements[2].value", "/diabeteskontroller/0/malinger/2/verdi",
                "medications[0].code", "/diabeteskontroller/0/legemidler/0/atcKode",
                "periods[0].to", "/sykmeldinger/0/perioder/0/tom",
                "employer.organisationNumber", "/sykmeldinger/0/arbeidsgiver/organisasjonsnummer",
                "secondaryDiagnoses[0].code", "/sykmeldinger/0/bidiagnoser/0/kode");
        for (Map.Entry<String, String> path : expected.entrySet()) {
            String pointer = locate(submission, path.getKey());

            assertThat(pointer).as(path.getKey()).isEqualTo(path.getValue());
            assertThat(document.at(pointer).isMissingNode()).as(pointer).isFalse();
        }
    }

    @Test
    void placeWithoutFieldPointsAtNearestField() {
        assertThat(RestPointers.ofContext("patient")).isEqualTo("/pasient");
        assertThat(RestPointers.ofContext("patient.unknownThing")).isEqualTo("/pasient");
        assertThat(RestPointers.ofContext("")).isEmpty();
    }

    @Test
    void everyModelComponentIsMapped() {
        for (Map.Entry<Class<?>, ?> table : RestPointers.TABLES.entrySet()) {
            Set<Object> components = new HashSet<>(((Map<?, ?>) table.getValue()).keySet());

            assertThat(components).as(table.getKey().getSimpleName()).containsExactlyInAnyOrderElementsOf(
                    Arrays.stream(table.getKey().getRecordComponents()).map(component -> (Object) component.getName()).toList());
        }
    }

    /** Finds the part whose field the path names, trying each part, as the validator names parts by source id. */
    private static String locate(ParsedSubmission submission, String fieldPath) {
        String root = fieldPath.split("[.\\[]")[0];
        for (ReportContent part : submission.contents()) {
            boolean hasComponent = Arrays.stream(part.getClass().getRecordComponents())
                    .anyMatch(component -> component.getName().equals(root));
            if (hasComponent) {
                return RestPointers.ofPart(part, submission.locationOf(part.sourceId()), fieldPath);
            }
        }
        throw new AssertionError("No part has " + fieldPath);
    }
}
