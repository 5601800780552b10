package no.meldeport.gateway.fhir;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.Employer;
import no.meldeport.model.SickLeavePeriod;
import no.meldeport.model.Sykmelding;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * Reads a sykmelding: a Composition of document type {@code J01-2} (Volven 9602) whose sections name the main and
 * secondary diagnoses as Conditions, and whose Meldeport extensions carry the activity periods, the employer, the
 * contact date and the prognosis. {@code Composition.date} is when the physician assessed the patient (BehandletDato).
 */
final class SykmeldingReader {

    private static final Map<String, SickLeavePeriod.Kind> KINDS = Map.of(
            "waiting", SickLeavePeriod.Kind.WAITING,
            "graded", SickLeavePeriod.Kind.GRADED,
            "activity-not-possible", SickLeavePeriod.Kind.ACTIVITY_NOT_POSSIBLE,
            "treatment-days", SickLeavePeriod.Kind.TREATMENT_DAYS,
            "travel-grant", SickLeavePeriod.Kind.TRAVEL_GRANT);
    private static final String KIND_CODES = "waiting, graded, activity-not-possible, treatment-days, travel-grant";

    private SykmeldingReader() {
    }

    static boolean isSykmelding(BundleIndex.Entry entry) {
        return entry.resource() instanceof Composition composition
                && FhirValues.coding(composition.getType(), FhirSystems.DOCUMENT_TYPE)
                        .filter(coding -> FhirSystems.DOCUMENT_TYPE_SYKMELDING.equals(coding.code()))
                        .isPresent();
    }

    /** Returns the sykmelding, or empty after adding issues for what is missing or invalid. */
    static Optional<Sykmelding> read(BundleReading reading, BundleIndex.Entry entry) {
        Composition composition = (Composition) entry.resource();
        String path = entry.expression();
        int issuesBefore = reading.issues().size();

        reading.target(composition.getSubject(), Patient.class, path + ".subject", "Composition.subject");
        OffsetDateTime treatedAt = FhirValues.offsetDateTime(composition.getDateElement());
        if (treatedAt == null) {
            reading.required(path + ".date", "Composition.date (when the patient was assessed)");
        }
        List<Diagnosis> mainDiagnoses = diagnoses(reading, composition, path,
                MeldeportFhir.SYKMELDING_SECTION_MAIN_DIAGNOSIS);
        if (mainDiagnoses.isEmpty()) {
            reading.required(path + ".section", "A section coded " + MeldeportFhir.SYKMELDING_SECTION_MAIN_DIAGNOSIS
                    + " with the main diagnosis Condition");
        }
        List<Diagnosis> secondaryDiagnoses = diagnoses(reading, composition, path,
                MeldeportFhir.SYKMELDING_SECTION_SECONDARY_DIAGNOSES);
        List<SickLeavePeriod> periods = periods(reading, composition, path, entry.sourceId());
        Employer employer = employer(reading, composition, path, entry.sourceId());
        if (reading.issues().size() > issuesBefore) {
            return Optional.empty();
        }

        reading.locate(entry.sourceId(), "mainDiagnosis", mainDiagnoses.get(0).expression());
        for (int position = 0; position < secondaryDiagnoses.size(); position++) {
            reading.locate(entry.sourceId(), "secondaryDiagnoses[" + position + "]",
                    secondaryDiagnoses.get(position).expression());
        }

        Extension prognosis = composition.getExtensionByUrl(MeldeportFhir.SYKMELDING_PROGNOSIS);
        return Optional.of(new Sykmelding(
                entry.sourceId(),
                mainDiagnoses.get(0).coding(),
                secondaryDiagnoses.stream().map(Diagnosis::coding).toList(),
                periods,
                employer,
                treatedAt,
                FhirValues.value(composition.getExtensionByUrl(MeldeportFhir.SYKMELDING_CONTACT_DATE), DateType.class)
                        .map(FhirValues::localDate)
                        .orElse(null),
                part(prognosis, MeldeportFhir.SYKMELDING_PROGNOSIS_RETURN_TO_WORK, BooleanType.class)
                        .map(BooleanType::getValue)
                        .orElse(null),
                part(prognosis, MeldeportFhir.SYKMELDING_PROGNOSIS_DESCRIPTION, StringType.class)
                        .map(StringType::getValue)
                        .orElse(null)));
    }

    /** A diagnosis coding with the FHIRPath of the Condition it came from. */
    private record Diagnosis(Coding coding, String expression) {
    }

    /** Returns the diagnoses of the Conditions in the sections with the given code, in order. */
    private static List<Diagnosis> diagnoses(
            BundleReading reading, Composition composition, String path, String code) {
        List<Diagnosis> diagnoses = new ArrayList<>();
        List<Composition.SectionComponent> sections = composition.getSection();
        for (int sectionIndex = 0; sectionIndex < sections.size(); sectionIndex++) {
            Composition.SectionComponent section = sections.get(sectionIndex);
            if (FhirValues.coding(section.getCode(), MeldeportFhir.SYKMELDING_SECTION_SYSTEM)
                    .filter(coding -> code.equals(coding.code()))
                    .isEmpty()) {
                continue;
            }
            List<Reference> entries = section.getEntry();
            for (int entryIndex = 0; entryIndex < entries.size(); entryIndex++) {
                String entryPath = path + ".section[" + sectionIndex + "].entry[" + entryIndex + "]";
                Optional<BundleIndex.Entry> condition =
                        reading.optionalTarget(entries.get(entryIndex), Condition.class, entryPath);
                if (condition.isEmpty()) {
                    continue;
                }
                Optional<Coding> diagnosis = FhirValues.diagnosis(((Condition) condition.get().resource()).getCode());
                if (diagnosis.isEmpty()) {
                    reading.error(IssueMessage.DIAGNOSIS_NOT_CODED, condition.get().expression() + ".code", null,
                            CodeSystems.ICD10, CodeSystems.ICPC2);
                    continue;
                }
                diagnoses.add(new Diagnosis(diagnosis.get(), condition.get().expression()));
            }
        }
        return diagnoses;
    }

    private static List<SickLeavePeriod> periods(
            BundleReading reading, Composition composition, String path, String sourceId) {
        List<Extension> extensions = composition.getExtensionsByUrl(MeldeportFhir.SYKMELDING_PERIOD);
        if (extensions.isEmpty()) {
            reading.required(FhirValues.extensionPath(path, MeldeportFhir.SYKMELDING_PERIOD),
                    "At least one " + MeldeportFhir.SYKMELDING_PERIOD + " extension");
        }
        List<SickLeavePeriod> periods = new ArrayList<>();
        for (int position = 0; position < extensions.size(); position++) {
            String periodPath = FhirValues.extensionPath(path, MeldeportFhir.SYKMELDING_PERIOD) + "[" + position + "]";
            period(reading, extensions.get(position), periodPath).ifPresent(period -> {
                reading.locate(sourceId, "periods[" + periods.size() + "]", periodPath);
                periods.add(period);
            });
        }
        return periods;
    }

    private static Optional<SickLeavePeriod> period(BundleReading reading, Extension extension, String path) {
        int issuesBefore = reading.issues().size();
        Optional<Period> period = part(extension, MeldeportFhir.SYKMELDING_PERIOD_PERIOD, Period.class);
        LocalDate from = period.map(value -> FhirValues.localDate(value.getStartElement())).orElse(null);
        LocalDate to = period.map(value -> FhirValues.localDate(value.getEndElement())).orElse(null);
        if (from == null || to == null) {
            reading.required(FhirValues.extensionPath(path, MeldeportFhir.SYKMELDING_PERIOD_PERIOD),
                    "A valuePeriod with start and end dates");
        }

        String kindPath = FhirValues.extensionPath(path, MeldeportFhir.SYKMELDING_PERIOD_KIND);
        Optional<String> kindCode = part(extension, MeldeportFhir.SYKMELDING_PERIOD_KIND, CodeType.class)
                .map(CodeType::getValue);
        SickLeavePeriod.Kind kind = kindCode.map(KINDS::get).orElse(null);
        if (kindCode.isEmpty()) {
            reading.required(kindPath, "The period kind (valueCode)");
        } else if (kind == null) {
            reading.error(IssueMessage.CODE_NOT_ALLOWED, kindPath, kindCode.get(), kindCode.get(), KIND_CODES);
        }

        Integer grade = integer(extension, MeldeportFhir.SYKMELDING_PERIOD_GRADE);
        if (kind == SickLeavePeriod.Kind.GRADED && grade == null) {
            reading.required(FhirValues.extensionPath(path, MeldeportFhir.SYKMELDING_PERIOD_GRADE),
                    "The grade (valueInteger) of a graded period");
        }
        Integer treatmentDays = integer(extension, MeldeportFhir.SYKMELDING_PERIOD_TREATMENT_DAYS);
        if (kind == SickLeavePeriod.Kind.TREATMENT_DAYS && treatmentDays == null) {
            reading.required(FhirValues.extensionPath(path, MeldeportFhir.SYKMELDING_PERIOD_TREATMENT_DAYS),
                    "The number of treatment days (valueInteger)");
        }

        if (reading.issues().size() > issuesBefore) {
            return Optional.empty();
        }
        return Optional.of(new SickLeavePeriod(
                from,
                to,
                kind,
                grade,
                treatmentDays,
                string(extension, MeldeportFhir.SYKMELDING_PERIOD_MEDICAL_REASONS),
                string(extension, MeldeportFhir.SYKMELDING_PERIOD_WAITING_INFO)));
    }

    /**
     * Reads the employer extension: an Organization reference (whose name wins) or a name, with occupation and
     * position percentage.
     */
    private static Employer employer(BundleReading reading, Composition composition, String path, String sourceId) {
        Extension extension = composition.getExtensionByUrl(MeldeportFhir.SYKMELDING_EMPLOYER);
        if (extension == null) {
            return null;
        }
        String employerPath = FhirValues.extensionPath(path, MeldeportFhir.SYKMELDING_EMPLOYER);
        reading.locate(sourceId, "employer", employerPath);
        String referencePath = FhirValues.extensionPath(employerPath, MeldeportFhir.SYKMELDING_EMPLOYER_ORGANIZATION)
                + ".value";
        no.meldeport.model.Organization organization = part(
                        extension, MeldeportFhir.SYKMELDING_EMPLOYER_ORGANIZATION, Reference.class)
                .flatMap(reference -> reading.optionalTarget(reference, Organization.class, referencePath))
                .map(entry -> {
                    ClinicalContextReader.organisationNumberLocation(entry).ifPresent(location ->
                            reading.locate(sourceId, "employer.organisationNumber", location));
                    return ClinicalContextReader.organization(reading, entry);
                })
                .orElse(null);
        String name = string(extension, MeldeportFhir.SYKMELDING_EMPLOYER_NAME);
        return new Employer(
                organization != null && organization.name() != null ? organization.name() : name,
                organization == null ? null : organization.organisationNumber(),
                string(extension, MeldeportFhir.SYKMELDING_EMPLOYER_OCCUPATION),
                integer(extension, MeldeportFhir.SYKMELDING_EMPLOYER_POSITION_PERCENT));
    }

    private static <T extends org.hl7.fhir.r4.model.Type> Optional<T> part(
            Extension extension, String name, Class<T> type) {
        return extension == null ? Optional.empty() : FhirValues.value(extension.getExtensionByUrl(name), type);
    }

    private static String string(Extension extension, String name) {
        return part(extension, name, StringType.class).map(StringType::getValue).orElse(null);
    }

    private static Integer integer(Extension extension, String name) {
        return part(extension, name, IntegerType.class).map(IntegerType::getValue).orElse(null);
    }
}
