package no.meldeport.gateway.fhir;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.Klinikermelding;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/**
 * Reads a Condition into a klinikermelding candidate. Whether the diagnosis is notifiable, and which MSIS disease it
 * is, the fan-out planner decides, so {@code msisDisease} and {@code msisGroup} stay null here.
 */
final class KlinikermeldingReader {

    private KlinikermeldingReader() {
    }

    /**
     * Decides whether a Condition of an encounter report may be a notifiable diagnosis. Conditions that are refuted,
     * entered in error or only a differential diagnosis are not, and neither are problem-list items that are not also
     * encounter diagnoses, because a notification belongs to the consultation where the disease was diagnosed. A
     * Condition without category counts as an encounter diagnosis.
     */
    static boolean isCandidate(BundleIndex.Entry entry) {
        if (!(entry.resource() instanceof Condition condition)) {
            return false;
        }
        if (hasCode(condition.getVerificationStatus(), FhirSystems.CONDITION_VERIFICATION_STATUS,
                "refuted", "entered-in-error", "differential")) {
            return false;
        }
        boolean problemListItem = condition.getCategory().stream().anyMatch(category -> hasCode(category,
                FhirSystems.CONDITION_CATEGORY, FhirSystems.CONDITION_CATEGORY_PROBLEM_LIST_ITEM));
        boolean encounterDiagnosis = condition.getCategory().stream().anyMatch(category -> hasCode(category,
                FhirSystems.CONDITION_CATEGORY, "encounter-diagnosis"));
        return !problemListItem || encounterDiagnosis;
    }

    /** Reports whether the Condition has an ICD-10 or ICPC-2 coding, without which it cannot be notifiable. */
    static boolean hasDiagnosisCoding(BundleIndex.Entry entry) {
        return FhirValues.diagnosis(((Condition) entry.resource()).getCode()).isPresent();
    }

    /**
     * Returns the candidate, or empty after adding issues. The diagnosis date is {@code recordedDate}, else the
     * encounter date, whose FHIRPath {@code encounterDateLocation} is then recorded for it; the symptom onset is
     * {@code onsetDateTime}.
     */
    static Optional<Klinikermelding> read(
            BundleReading reading, BundleIndex.Entry entry, LocalDate encounterDate, String encounterDateLocation) {
        Condition condition = (Condition) entry.resource();
        String path = entry.expression();
        int issuesBefore = reading.issues().size();

        reading.target(condition.getSubject(), Patient.class, path + ".subject", "Condition.subject");
        Optional<Coding> diagnosis = FhirValues.diagnosis(condition.getCode());
        if (diagnosis.isEmpty()) {
            reading.error(IssueMessage.DIAGNOSIS_NOT_CODED, path + ".code", null, CodeSystems.ICD10, CodeSystems.ICPC2);
        }
        LocalDate diagnosisDate = condition.hasRecordedDate()
                ? FhirValues.localDate(condition.getRecordedDateElement())
                : encounterDate;
        if (diagnosisDate == null) {
            reading.required(path + ".recordedDate", "Condition.recordedDate (the diagnosis date)");
        } else if (!condition.hasRecordedDate() && encounterDateLocation != null) {
            reading.locate(entry.sourceId(), "diagnosisDate", encounterDateLocation);
        }
        if (reading.issues().size() > issuesBefore) {
            return Optional.empty();
        }

        LocalDate onset = condition.hasOnsetDateTimeType()
                ? FhirValues.localDate(condition.getOnsetDateTimeType())
                : null;
        Extension msis = condition.getExtensionByUrl(MeldeportFhir.MSIS_NOTIFICATION);
        return Optional.of(new Klinikermelding(
                entry.sourceId(),
                diagnosis.get(),
                null,
                null,
                diagnosisDate,
                onset,
                codeOf(msis, MeldeportFhir.MSIS_INFECTION_MUNICIPALITY),
                codeOf(msis, MeldeportFhir.MSIS_INFECTION_COUNTRY),
                stringOf(msis, MeldeportFhir.MSIS_EXPOSURE_SETTING),
                stringOf(msis, MeldeportFhir.MSIS_TRANSMISSION_ROUTE),
                booleanOf(msis, MeldeportFhir.MSIS_CLOSE_CONTACT_CONFIRMED),
                stringOf(msis, MeldeportFhir.MSIS_TESTING_REASON),
                stringOf(msis, MeldeportFhir.MSIS_VACCINATION_STATUS),
                booleanOf(msis, MeldeportFhir.MSIS_HOSPITALISED),
                note(condition)));
    }

    private static boolean hasCode(CodeableConcept concept, String system, String... codes) {
        if (concept == null) {
            return false;
        }
        for (org.hl7.fhir.r4.model.Coding coding : concept.getCoding()) {
            if (system.equals(coding.getSystem())) {
                for (String code : codes) {
                    if (code.equals(coding.getCode())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String note(Condition condition) {
        String text = condition.getNote().stream()
                .filter(Annotation::hasText)
                .map(Annotation::getText)
                .collect(Collectors.joining("\n"));
        return text.isBlank() ? null : text;
    }

    private static Extension part(Extension msis, String name) {
        return msis == null ? null : msis.getExtensionByUrl(name);
    }

    private static String codeOf(Extension msis, String name) {
        return FhirValues.value(part(msis, name), org.hl7.fhir.r4.model.Coding.class)
                .map(org.hl7.fhir.r4.model.Coding::getCode)
                .orElse(null);
    }

    private static String stringOf(Extension msis, String name) {
        return FhirValues.value(part(msis, name), StringType.class).map(StringType::getValue).orElse(null);
    }

    private static Boolean booleanOf(Extension msis, String name) {
        return FhirValues.value(part(msis, name), BooleanType.class).map(BooleanType::getValue).orElse(null);
    }
}
