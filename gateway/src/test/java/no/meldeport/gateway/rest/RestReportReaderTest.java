package no.meldeport.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import no.meldeport.fixtures.samples.RestSamples;
import no.meldeport.fixtures.samples.Sample;
import no.meldeport.fixtures.samples.Samples;
import no.meldeport.gateway.fhir.FhirSubmissionReader;
import no.meldeport.gateway.json.Json;
import no.meldeport.gateway.submission.InvalidSubmissionException;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.ParsedSubmission;
import no.meldeport.gateway.submission.SubmissionIssue;
import no.meldeport.model.ReportContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RestReportReaderTest {

    private static final FhirSubmissionReader FHIR = new FhirSubmissionReader();
    private final RestReportReader reader = new RestReportReader();

    static Stream<RestSamples.Twin> twins() {
        return RestSamples.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twins")
    void restTwinReadsLikeFhirSample(RestSamples.Twin twin) {
        Sample fhirSample = Samples.byName(twin.fhirTwin());
        ParsedSubmission expected = FHIR.read(fhirSample.bytes(), fhirSample.contentType());

        ParsedSubmission actual = reader.read(twin.sample().bytes(), RestReportReader.MEDIA_TYPE);

        assertThat(actual.type()).isEqualTo(expected.type());
        assertThat(actual.context().patient()).usingRecursiveComparison().isEqualTo(expected.context().patient());
        assertThat(actual.context().clinician()).isEqualTo(expected.context().clinician());
        assertThat(actual.context().organization()).isEqualTo(expected.context().organization());
        assertThat(actual.context().encounterDate()).isEqualTo(expected.context().encounterDate());
        // The REST face names parts by id, keeps them grouped by kind, and carries no display text for ATC, site,
        // route and measurement codes; everything else must match field by field.
        assertThat(actual.contents()).usingRecursiveComparison()
                .ignoringCollectionOrder()
                .ignoringFields("sourceId")
                .ignoringFieldsMatchingRegexes(".*atcCode\\.display", ".*site\\.display", ".*route\\.display",
                        ".*measurements\\.code\\.display")
                .isEqualTo(expected.contents());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twins")
    void everyPartIsLocatedByJsonPointer(RestSamples.Twin twin) {
        ParsedSubmission submission = reader.read(twin.sample().bytes(), RestReportReader.MEDIA_TYPE);

        for (ReportContent part : submission.contents()) {
            assertThat(submission.locationOf(part.sourceId())).matches(
                    "/(vaksinasjoner|klinikermeldinger|diabeteskontroller|sykmeldinger)/[0-9]+");
        }
    }

    @Test
    void missingFieldsAreReportedWithTheirPointers() {
        ObjectNode document = sample("vaccination-influenza");
        ((ObjectNode) document.path("pasient")).remove("identifikator");
        ((ObjectNode) document.path("vaksinasjoner").get(0)).remove("atcKode");
        document.remove("meldingId");

        List<SubmissionIssue> issues = issuesOf(document);

        assertThat(issues).extracting(SubmissionIssue::expression)
                .containsExactlyInAnyOrder("/meldingId", "/pasient/identifikator", "/vaksinasjoner/0/atcKode");
        assertThat(issues).extracting(SubmissionIssue::message).containsOnly(IssueMessage.ELEMENT_REQUIRED);
    }

    @Test
    void unknownFieldIsRejected() {
        ObjectNode document = sample("vaccination-influenza");
        ((ObjectNode) document.path("vaksinasjoner").get(0)).put("batchnr", "X1");

        List<SubmissionIssue> issues = issuesOf(document);

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.message()).isEqualTo(IssueMessage.REST_UNKNOWN_FIELD);
            assertThat(issue.expression()).isEqualTo("/vaksinasjoner/0/batchnr");
        });
    }

    @Test
    void wrongTypeAndInvalidValuesAreAllReported() {
        ObjectNode document = sample("sykmelding-two-periods");
        ObjectNode sykmelding = (ObjectNode) document.path("sykmeldinger").get(0);
        ((ObjectNode) sykmelding.path("perioder").get(1)).remove("grad");
        ((ObjectNode) sykmelding.path("perioder").get(0)).put("tom", "17.12.2026");
        sykmelding.put("forventetTilbakeIArbeid", "ja");
        ((ObjectNode) document.path("pasient").path("identifikator")).put("type", "PNR");

        List<SubmissionIssue> issues = issuesOf(document);

        assertThat(issues).extracting(issue -> issue.message() + " " + issue.expression()).containsExactlyInAnyOrder(
                "ELEMENT_REQUIRED /sykmeldinger/0/perioder/1/grad",
                "REST_INVALID_VALUE /sykmeldinger/0/perioder/0/tom",
                "WRONG_JSON_TYPE /sykmeldinger/0/forventetTilbakeIArbeid",
                "CODE_NOT_ALLOWED /pasient/identifikator/type");
    }

    @Test
    void registryReportWithoutItsPartIsRejected() {
        ObjectNode document = sample("vaccination-influenza");
        document.remove("vaksinasjoner");

        List<SubmissionIssue> issues = issuesOf(document);

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.message()).isEqualTo(IssueMessage.REST_PART_MISSING);
            assertThat(issue.expression()).isEqualTo("/vaksinasjoner");
        });
    }

    @Test
    void unknownReportTypeIsRejected() {
        ObjectNode document = sample("vaccination-influenza");
        document.put("meldingstype", "x-ray-report");

        List<SubmissionIssue> issues = issuesOf(document);

        assertThat(issues).extracting(SubmissionIssue::message).containsExactly(IssueMessage.EVENT_CODE_UNKNOWN);
    }

    @Test
    void repeatedPartIdIsRejected() {
        ObjectNode document = sample("encounter-three-registries");
        ((ObjectNode) document.path("sykmeldinger").get(0)).put("id", "vaks-1");

        List<SubmissionIssue> issues = issuesOf(document);

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.message()).isEqualTo(IssueMessage.REST_DUPLICATE_ID);
            assertThat(issue.expression()).isEqualTo("/sykmeldinger/0/id");
        });
    }

    @Test
    void identifierValueNeverReachesIssueText() {
        ObjectNode document = sample("vaccination-influenza");
        ((ObjectNode) document.path("pasient").path("identifikator")).put("verdi", "1705402664");

        InvalidSubmissionException rejection = rejectionOf(document);

        assertThat(rejection.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.expression()).isEqualTo("/pasient/identifikator/verdi");
            assertThat(issue.englishText()).doesNotContain("1705402664");
            assertThat(issue.toString()).doesNotContain("1705402664");
        });
        assertThat(rejection.getMessage()).doesNotContain("1705402664");
    }

    @Test
    void otherMediaTypeIsUnsupported() {
        InvalidSubmissionException rejection = catchThrowableOfType(InvalidSubmissionException.class,
                () -> reader.read(RestSamples.byName("vaccination-influenza").bytes(), "application/fhir+json"));

        assertThat(rejection.httpStatus()).isEqualTo(415);
    }

    @Test
    void bodyThatIsNotJsonObjectIsBadRequest() {
        for (String body : List.of("", "not json", "[1, 2]", "{\"meldingId\": 1, \"meldingId\": 2}")) {
            InvalidSubmissionException rejection = catchThrowableOfType(InvalidSubmissionException.class,
                    () -> reader.read(body.getBytes(StandardCharsets.UTF_8), RestReportReader.MEDIA_TYPE));

            assertThat(rejection.httpStatus()).as(body).isEqualTo(400);
        }
    }

    private List<SubmissionIssue> issuesOf(ObjectNode document) {
        return rejectionOf(document).issues();
    }

    private InvalidSubmissionException rejectionOf(ObjectNode document) {
        return catchThrowableOfType(InvalidSubmissionException.class, () -> reader.read(document));
    }

    private static ObjectNode sample(String name) {
        try {
            return (ObjectNode) Json.mapper().readTree(RestSamples.byName(name).bytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
