package no.meldeport.gateway.fhir;

import static no.meldeport.gateway.fhir.SampleBundles.JSON;
import static no.meldeport.gateway.fhir.SampleBundles.bundle;
import static no.meldeport.gateway.fhir.SampleBundles.first;
import static no.meldeport.gateway.fhir.SampleBundles.indexOf;
import static no.meldeport.gateway.fhir.SampleBundles.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.meldeport.fixtures.samples.Samples;
import no.meldeport.gateway.submission.InvalidSubmissionException;
import no.meldeport.gateway.submission.IssueCode;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.SubmissionIssue;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.UriType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FhirSubmissionReaderErrorTest {

    private static final String HEADER = "Bundle.entry[0].resource";

    private final FhirSubmissionReader reader = new FhirSubmissionReader();

    @Nested
    class Body {

        @Test
        void unsupportedMediaTypeIsRejected() {
            InvalidSubmissionException exception = reject(Samples.byName("vaccination-influenza").bytes(), "text/plain");

            SubmissionIssue issue = single(exception);
            assertThat(issue.message()).isEqualTo(IssueMessage.MEDIA_TYPE_NOT_SUPPORTED);
            assertThat(issue.code()).isEqualTo(IssueCode.NOT_SUPPORTED);
            assertThat(issue.expression()).isNull();
            assertThat(issue.value()).isEqualTo("text/plain");
            assertThat(exception.httpStatus()).isEqualTo(415);
        }

        @Test
        void missingMediaTypeIsRejected() {
            SubmissionIssue issue = single(reject(Samples.byName("vaccination-influenza").bytes(), null));

            assertThat(issue.message()).isEqualTo(IssueMessage.MEDIA_TYPE_NOT_SUPPORTED);
            assertThat(issue.value()).isEqualTo("(none)");
        }

        @Test
        void emptyBodyIsRejected() {
            InvalidSubmissionException exception = reject(new byte[0], JSON);

            assertThat(single(exception).message()).isEqualTo(IssueMessage.BODY_EMPTY);
            assertThat(single(exception).code()).isEqualTo(IssueCode.REQUIRED);
            assertThat(exception.httpStatus()).isEqualTo(400);
        }

        @Test
        void bodyThatIsNotUtf8IsRejected() {
            byte[] latin1 = "{\"resourceType\":\"Bundle\",\"id\":\"Bjørn\"}".getBytes(StandardCharsets.ISO_8859_1);

            assertThat(single(reject(latin1, JSON)).message()).isEqualTo(IssueMessage.BODY_NOT_UTF8);
        }

        @Test
        void bodyThatIsNotJsonIsRejected() {
            InvalidSubmissionException exception = reject(utf8("this is not FHIR"), JSON);

            SubmissionIssue issue = single(exception);
            assertThat(issue.message()).isEqualTo(IssueMessage.BODY_NOT_FHIR);
            assertThat(issue.code()).isEqualTo(IssueCode.STRUCTURE);
            assertThat(issue.expression()).isNull();
            assertThat(issue.englishText()).contains("FHIR JSON");
            assertThat(issue.diagnostics()).isNotBlank().doesNotStartWith("HAPI-");
            assertThat(exception.httpStatus()).isEqualTo(400);
        }

        @Test
        void jsonWithoutResourceTypeIsRejected() {
            SubmissionIssue issue = single(reject(utf8("{\"hello\": \"world\"}"), JSON));

            assertThat(issue.message()).isEqualTo(IssueMessage.BODY_NOT_FHIR);
        }

        @Test
        void malformedXmlIsRejected() {
            SubmissionIssue issue = single(reject(utf8("<Bundle xmlns=\"http://hl7.org/fhir\"><type value="),
                    "application/fhir+xml"));

            assertThat(issue.message()).isEqualTo(IssueMessage.BODY_NOT_FHIR);
            assertThat(issue.englishText()).contains("FHIR XML");
        }

        @Test
        void resourceOtherThanBundleIsRejected() {
            InvalidSubmissionException exception = reject(json(first(bundle("vaccination-influenza"), Patient.class)), JSON);

            SubmissionIssue issue = single(exception);
            assertThat(issue.message()).isEqualTo(IssueMessage.NOT_A_BUNDLE);
            assertThat(issue.code()).isEqualTo(IssueCode.NOT_SUPPORTED);
            assertThat(issue.expression()).isEqualTo("Patient");
            assertThat(issue.value()).isEqualTo("Patient");
            assertThat(exception.httpStatus()).isEqualTo(400);
        }

        @Test
        void unknownElementIsRejected() {
            String body = new String(Samples.byName("vaccination-influenza").bytes(), StandardCharsets.UTF_8)
                    .replaceFirst("\"type\": \"message\"", "\"type\": \"message\", \"priority\": \"high\"");

            SubmissionIssue issue = single(reject(utf8(body), JSON));

            assertThat(issue.message()).isEqualTo(IssueMessage.UNKNOWN_ELEMENT);
            assertThat(issue.code()).isEqualTo(IssueCode.STRUCTURE);
            assertThat(issue.expression()).isEqualTo("Bundle.priority");
            assertThat(issue.value()).isEqualTo("priority");
        }

        @Test
        void invalidValueIsNotEchoed() {
            String body = new String(Samples.byName("vaccination-influenza").bytes(), StandardCharsets.UTF_8)
                    .replace("\"birthDate\": \"1940-05-17\"", "\"birthDate\": \"1940-17-05\"");

            InvalidSubmissionException exception = reject(utf8(body), JSON);

            SubmissionIssue issue = single(exception);
            assertThat(issue.message()).isEqualTo(IssueMessage.INVALID_VALUE);
            assertThat(issue.code()).isEqualTo(IssueCode.VALUE);
            assertThat(issue.expression()).isEqualTo("Bundle.entry[1].resource.birthDate");
            assertThat(issue.value()).isNull();
            assertThat(issue.diagnostics()).doesNotContain("1940-17-05");
            assertThat(issue.toString()).doesNotContain("1940-17-05");
            assertThat(exception.getMessage()).doesNotContain("1940-17-05");
        }
    }

    @Nested
    class Envelope {

        @Test
        void bundleTypeOtherThanMessageIsRejected() {
            Bundle bundle = bundle("vaccination-influenza");
            bundle.setType(Bundle.BundleType.COLLECTION);

            InvalidSubmissionException exception = reject(bundle);

            SubmissionIssue issue = single(exception);
            assertThat(issue.message()).isEqualTo(IssueMessage.BUNDLE_NOT_MESSAGE);
            assertThat(issue.code()).isEqualTo(IssueCode.VALUE);
            assertThat(issue.expression()).isEqualTo("Bundle.type");
            assertThat(issue.value()).isEqualTo("collection");
            assertThat(exception.httpStatus()).isEqualTo(422);
        }

        @Test
        void bundleWithoutEntriesIsRejected() {
            Bundle bundle = bundle("vaccination-influenza");
            bundle.getEntry().clear();

            List<SubmissionIssue> issues = reject(bundle).issues();

            SubmissionIssue issue = issues.get(0);
            assertThat(issue.message()).isEqualTo(IssueMessage.BUNDLE_EMPTY);
            assertThat(issue.code()).isEqualTo(IssueCode.REQUIRED);
            assertThat(issue.expression()).isEqualTo("Bundle.entry");
            assertThat(issues).extracting(SubmissionIssue::message)
                    .containsExactly(IssueMessage.BUNDLE_EMPTY, IssueMessage.PATIENT_MISSING);
        }

        @Test
        void firstEntryOtherThanMessageHeaderIsRejected() {
            Bundle bundle = bundle("vaccination-influenza");
            Bundle.BundleEntryComponent header = bundle.getEntry().remove(0);
            bundle.getEntry().add(header);

            SubmissionIssue issue = single(reject(bundle));

            assertThat(issue.message()).isEqualTo(IssueMessage.FIRST_ENTRY_NOT_MESSAGE_HEADER);
            assertThat(issue.code()).isEqualTo(IssueCode.STRUCTURE);
            assertThat(issue.expression()).isEqualTo("Bundle.entry[0].resource");
            assertThat(issue.value()).isEqualTo("Patient");
        }

        @Test
        void messageWithoutIdIsRejected() {
            Bundle bundle = bundle("vaccination-influenza");
            bundle.setIdentifier(null);

            SubmissionIssue issue = single(reject(bundle));

            assertThat(issue.message()).isEqualTo(IssueMessage.MESSAGE_ID_MISSING);
            assertThat(issue.expression()).isEqualTo("Bundle.identifier");
        }

        @Test
        void bundleIdIsFallbackMessageId() {
            Bundle bundle = bundle("vaccination-influenza");
            bundle.setIdentifier(null);
            bundle.setId("msg-0001");

            assertThat(reader.read(json(bundle), JSON).messageId()).isEqualTo("msg-0001");
        }

        @Test
        void missingEventCodingIsRejected() {
            Bundle bundle = bundle("vaccination-influenza");
            header(bundle).setEvent(new UriType("https://meldeport.no/fhir/event/vaccination"));

            SubmissionIssue issue = single(reject(bundle));

            assertThat(issue.message()).isEqualTo(IssueMessage.EVENT_CODING_MISSING);
            assertThat(issue.code()).isEqualTo(IssueCode.REQUIRED);
            assertThat(issue.expression()).isEqualTo(HEADER + ".event");
            assertThat(issue.englishText()).contains("encounter-report, vaccination, klinikermelding");
        }

        @Test
        void unknownEventSystemIsRejected() {
            Bundle bundle = bundle("vaccination-influenza");
            header(bundle).getEventCoding().setSystem("http://example.org/events");

            SubmissionIssue issue = single(reject(bundle));

            assertThat(issue.message()).isEqualTo(IssueMessage.EVENT_SYSTEM_UNKNOWN);
            assertThat(issue.code()).isEqualTo(IssueCode.CODE_INVALID);
            assertThat(issue.expression()).isEqualTo(HEADER + ".event.system");
            assertThat(issue.value()).isEqualTo("http://example.org/events");
            assertThat(issue.englishText()).contains(MeldeportFhir.REPORT_TYPE_SYSTEM);
        }

        @Test
        void unknownReportTypeNamesKnownCodes() {
            Bundle bundle = bundle("vaccination-influenza");
            header(bundle).getEventCoding().setCode("lab-report");

            InvalidSubmissionException exception = reject(bundle);

            SubmissionIssue issue = single(exception);
            assertThat(issue.message()).isEqualTo(IssueMessage.EVENT_CODE_UNKNOWN);
            assertThat(issue.code()).isEqualTo(IssueCode.CODE_INVALID);
            assertThat(issue.expression()).isEqualTo(HEADER + ".event.code");
            assertThat(issue.value()).isEqualTo("lab-report");
            assertThat(issue.englishText()).isEqualTo("The report type lab-report is unknown. Known report types: "
                    + "encounter-report, vaccination, klinikermelding, diabetes-annual-control, sykmelding.");
            assertThat(exception.httpStatus()).isEqualTo(422);
        }

        @Test
        void duplicateFullUrlIsRejected() {
            Bundle bundle = bundle("vaccination-influenza");
            bundle.getEntry().get(3).setFullUrl(bundle.getEntry().get(2).getFullUrl());

            List<SubmissionIssue> issues = reject(bundle).issues();

            assertThat(issues).extracting(SubmissionIssue::message).contains(IssueMessage.DUPLICATE_FULL_URL);
            assertThat(issues).extracting(SubmissionIssue::expression).contains("Bundle.entry[3].fullUrl");
        }
    }

    @Nested
    class References {

        @Test
        void unresolvedUuidReferenceIsRejected() {
            Bundle bundle = bundle("vaccination-influenza");
            int immunization = indexOf(bundle, Immunization.class);
            first(bundle, Immunization.class).setPatient(new Reference("urn:uuid:00000000-0000-4000-8000-000000000000"));

            SubmissionIssue issue = single(reject(bundle));

            assertThat(issue.message()).isEqualTo(IssueMessage.REFERENCE_NOT_FOUND);
            assertThat(issue.code()).isEqualTo(IssueCode.NOT_FOUND);
            assertThat(issue.expression()).isEqualTo("Bundle.entry[" + immunization + "].resource.patient.reference");
            assertThat(issue.value()).isEqualTo("urn:uuid:00000000-0000-4000-8000-000000000000");
        }

        @Test
        void unresolvedRelativeReferenceIsRejected() {
            Bundle bundle = bundle("vaccination-d-number");
            int immunization = indexOf(bundle, Immunization.class);
            first(bundle, Immunization.class).getPerformerFirstRep().setActor(new Reference("Practitioner/unknown"));

            SubmissionIssue issue = single(reject(bundle));

            assertThat(issue.message()).isEqualTo(IssueMessage.REFERENCE_NOT_FOUND);
            assertThat(issue.expression())
                    .isEqualTo("Bundle.entry[" + immunization + "].resource.performer[0].actor.reference");
        }

        @Test
        void unresolvedReferenceInExtensionIsRejected() {
            Bundle bundle = bundle("sykmelding-one-period");
            int composition = indexOf(bundle, Composition.class);
            Extension employer = first(bundle, Composition.class).getExtensionByUrl(MeldeportFhir.SYKMELDING_EMPLOYER);
            employer.getExtensionByUrl("organization").setValue(new Reference("urn:uuid:11111111-0000-4000-8000-0000000000aa"));

            SubmissionIssue issue = single(reject(bundle));

            assertThat(issue.message()).isEqualTo(IssueMessage.REFERENCE_NOT_FOUND);
            assertThat(issue.expression()).startsWith("Bundle.entry[" + composition + "].resource.extension[");
            assertThat(issue.expression()).endsWith(".value.reference");
        }

        @Test
        void referenceToWrongTypeIsRejected() {
            Bundle bundle = bundle("vaccination-influenza");
            String organization = bundle.getEntry().get(3).getFullUrl();
            first(bundle, Immunization.class).setPatient(new Reference(organization));

            SubmissionIssue issue = single(reject(bundle));

            assertThat(issue.message()).isEqualTo(IssueMessage.REFERENCE_WRONG_TYPE);
            assertThat(issue.code()).isEqualTo(IssueCode.VALUE);
            assertThat(issue.englishText()).contains("Organization").contains("Patient");
        }
    }

    @Nested
    class Content {

        @Test
        void vaccinationWithoutImmunizationIsRejected() {
            Bundle bundle = bundle("vaccination-influenza");
            bundle.getEntry().remove(indexOf(bundle, Immunization.class));
            header(bundle).getFocus().clear();

            SubmissionIssue issue = single(reject(bundle));

            assertThat(issue.message()).isEqualTo(IssueMessage.REPORT_RESOURCE_MISSING);
            assertThat(issue.code()).isEqualTo(IssueCode.REQUIRED);
            assertThat(issue.expression()).isEqualTo("Bundle.entry");
            assertThat(issue.englishText()).contains("vaccination").contains("Immunization");
        }

        @Test
        void focusOnWrongResourceIsRejected() {
            Bundle bundle = bundle("vaccination-influenza");
            header(bundle).getFocus().set(0, new Reference(bundle.getEntry().get(1).getFullUrl()));

            List<SubmissionIssue> issues = reject(bundle).issues();

            assertThat(issues).extracting(SubmissionIssue::message)
                    .containsExactly(IssueMessage.FOCUS_NOT_FOR_REPORT_TYPE, IssueMessage.REPORT_RESOURCE_MISSING);
            assertThat(issues.get(0).expression()).isEqualTo(HEADER + ".focus[0]");
        }

        @Test
        void patientWithoutNorwegianIdentifierIsRejected() {
            Bundle bundle = bundle("vaccination-influenza");
            first(bundle, Patient.class).getIdentifierFirstRep().setSystem("urn:oid:2.16.578.1.12.4.1.4.99");

            SubmissionIssue issue = single(reject(bundle));

            assertThat(issue.message()).isEqualTo(IssueMessage.PATIENT_IDENTIFIER_MISSING);
            assertThat(issue.expression()).isEqualTo("Bundle.entry[1].resource.identifier");
            assertThat(issue.toString()).doesNotContain("17054026641");
        }

        @Test
        void bundleWithoutPatientIsRejected() {
            Bundle bundle = bundle("vaccination-influenza");
            bundle.getEntry().remove(indexOf(bundle, Patient.class));
            first(bundle, Immunization.class).setPatient(new Reference().setDisplay("unknown"));

            List<SubmissionIssue> issues = reject(bundle).issues();

            assertThat(issues).extracting(SubmissionIssue::message)
                    .contains(IssueMessage.PATIENT_MISSING, IssueMessage.ELEMENT_REQUIRED);
        }

        @Test
        void immunizationWithoutSysvakCodeIsRejected() {
            Bundle bundle = bundle("vaccination-influenza");
            int immunization = indexOf(bundle, Immunization.class);
            first(bundle, Immunization.class).getVaccineCode().getCoding().remove(0);

            SubmissionIssue issue = single(reject(bundle));

            assertThat(issue.message()).isEqualTo(IssueMessage.CODING_REQUIRED);
            assertThat(issue.code()).isEqualTo(IssueCode.REQUIRED);
            assertThat(issue.expression()).isEqualTo("Bundle.entry[" + immunization + "].resource.vaccineCode");
            assertThat(issue.englishText()).contains(MeldeportFhir.SYSVAK_VACCINE_SYSTEM);
        }

        @Test
        void conditionWithoutDiagnosisCodeIsRejected() {
            Bundle bundle = bundle("klinikermelding-campylobacteriosis");
            int condition = indexOf(bundle, Condition.class);
            first(bundle, Condition.class).getCode().getCodingFirstRep().setSystem("http://snomed.info/sct");

            SubmissionIssue issue = single(reject(bundle));

            assertThat(issue.message()).isEqualTo(IssueMessage.DIAGNOSIS_NOT_CODED);
            assertThat(issue.code()).isEqualTo(IssueCode.CODE_INVALID);
            assertThat(issue.expression()).isEqualTo("Bundle.entry[" + condition + "].resource.code");
        }

        @Test
        void gradedPeriodWithoutGradeIsRejected() {
            Bundle bundle = bundle("sykmelding-two-periods");
            Extension graded = first(bundle, Composition.class).getExtensionsByUrl(MeldeportFhir.SYKMELDING_PERIOD).get(1);
            graded.getExtension().removeIf(part -> part.getUrl().equals(MeldeportFhir.SYKMELDING_PERIOD_GRADE));

            SubmissionIssue issue = single(reject(bundle));

            assertThat(issue.message()).isEqualTo(IssueMessage.ELEMENT_REQUIRED);
            assertThat(issue.expression()).endsWith(".extension('" + MeldeportFhir.SYKMELDING_PERIOD + "')[1]"
                    + ".extension('gradePercent')");
        }

        @Test
        void unknownPeriodKindIsRejected() {
            Bundle bundle = bundle("sykmelding-one-period");
            Extension period = first(bundle, Composition.class).getExtensionByUrl(MeldeportFhir.SYKMELDING_PERIOD);
            period.getExtensionByUrl(MeldeportFhir.SYKMELDING_PERIOD_KIND)
                    .setValue(new org.hl7.fhir.r4.model.CodeType("half-day"));

            SubmissionIssue issue = single(reject(bundle));

            assertThat(issue.message()).isEqualTo(IssueMessage.CODE_NOT_ALLOWED);
            assertThat(issue.code()).isEqualTo(IssueCode.CODE_INVALID);
            assertThat(issue.value()).isEqualTo("half-day");
            assertThat(issue.englishText()).contains("activity-not-possible");
        }

        @Test
        void everyProblemIsReportedTogether() {
            Bundle bundle = bundle("encounter-three-registries");
            first(bundle, Immunization.class).getVaccineCode().getCoding().remove(0);
            first(bundle, Immunization.class).setPatient(new Reference("urn:uuid:00000000-0000-4000-8000-000000000001"));
            Extension period = first(bundle, Composition.class).getExtensionByUrl(MeldeportFhir.SYKMELDING_PERIOD);
            period.getExtensionByUrl(MeldeportFhir.SYKMELDING_PERIOD_KIND).setValue(new IntegerType(3));

            List<SubmissionIssue> issues = reject(bundle).issues();

            assertThat(issues).extracting(SubmissionIssue::message).containsExactlyInAnyOrder(
                    IssueMessage.REFERENCE_NOT_FOUND, IssueMessage.CODING_REQUIRED, IssueMessage.ELEMENT_REQUIRED);
        }
    }

    private InvalidSubmissionException reject(Bundle bundle) {
        return reject(json(bundle), JSON);
    }

    private InvalidSubmissionException reject(byte[] body, String contentType) {
        InvalidSubmissionException exception =
                catchThrowableOfType(InvalidSubmissionException.class, () -> reader.read(body, contentType));
        assertThat(exception).as("expected the submission to be rejected").isNotNull();
        return exception;
    }

    private static SubmissionIssue single(InvalidSubmissionException exception) {
        assertThat(exception.issues()).as("issues").hasSize(1);
        return exception.issues().get(0);
    }

    private static MessageHeader header(Bundle bundle) {
        return (MessageHeader) bundle.getEntry().get(0).getResource();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
