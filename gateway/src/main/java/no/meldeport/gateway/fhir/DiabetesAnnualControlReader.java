package no.meldeport.gateway.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.DiabetesAnnualControl;
import no.meldeport.model.DiabetesAnnualControl.SmokingStatus;
import no.meldeport.model.Measurement;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * Reads a diabetes annual control: a panel Observation coded {@code annual-control} in
 * {@link MeldeportFhir#DIABETES_CONTROL_SYSTEM}, whose {@code hasMember} Observations carry the measurements (NLK or
 * LOINC with UCUM units, blood pressure as components), the examinations, smoking and complications. The panel's
 * {@code workflow-reasonReference} extension points to the diabetes Condition. The medications are all active
 * MedicationStatements of the Bundle with an ATC code.
 */
final class DiabetesAnnualControlReader {

    private static final Map<String, SmokingStatus> SMOKING = Map.of(
            FhirSystems.SNOMED_NEVER_SMOKED, SmokingStatus.NEVER,
            FhirSystems.SNOMED_EX_SMOKER, SmokingStatus.FORMER,
            FhirSystems.SNOMED_DAILY_SMOKER, SmokingStatus.DAILY,
            FhirSystems.SNOMED_OCCASIONAL_SMOKER, SmokingStatus.OCCASIONAL);

    private DiabetesAnnualControlReader() {
    }

    static boolean isPanel(BundleIndex.Entry entry) {
        return entry.resource() instanceof Observation observation
                && FhirValues.coding(observation.getCode(), MeldeportFhir.DIABETES_CONTROL_SYSTEM)
                        .filter(coding -> MeldeportFhir.DIABETES_CONTROL_PANEL.equals(coding.code()))
                        .isPresent();
    }

    /** Returns the annual control, or empty after adding issues for what is missing or invalid. */
    static Optional<DiabetesAnnualControl> read(BundleReading reading, BundleIndex.Entry entry) {
        Observation panel = (Observation) entry.resource();
        String path = entry.expression();
        int issuesBefore = reading.issues().size();

        reading.target(panel.getSubject(), Patient.class, path + ".subject", "Observation.subject");
        LocalDate controlDate = panel.hasEffectiveDateTimeType()
                ? FhirValues.localDate(panel.getEffectiveDateTimeType())
                : null;
        if (controlDate == null) {
            reading.required(path + ".effective", "Observation.effectiveDateTime (the control date)");
        }
        Optional<Condition> diabetes = diabetesCondition(reading, panel, path);
        Optional<Coding> diagnosis = diabetes.flatMap(condition -> FhirValues.diagnosis(condition.getCode()));
        if (diabetes.isPresent() && diagnosis.isEmpty()) {
            String conditionPath = reading.index().resolve(reasonReference(panel))
                    .map(BundleIndex.Entry::expression)
                    .orElse(path);
            reading.error(IssueMessage.DIAGNOSIS_NOT_CODED, conditionPath + ".code", null,
                    CodeSystems.ICD10, CodeSystems.ICPC2);
        }
        reading.index().resolve(reasonReference(panel)).ifPresent(condition -> {
            reading.locate(entry.sourceId(), "diabetesDiagnosis", condition.expression());
            reading.locate(entry.sourceId(), "yearOfDiagnosis", condition.expression() + ".onsetDateTime");
        });
        Members members = members(reading, panel, path, entry.sourceId());
        // An unresolved reasonReference leaves no diagnosis but is reported by ReferenceChecker, not here.
        if (reading.issues().size() > issuesBefore || diagnosis.isEmpty()) {
            return Optional.empty();
        }

        Integer yearOfDiagnosis = diabetes
                .filter(Condition::hasOnsetDateTimeType)
                .map(condition -> FhirValues.year(condition.getOnsetDateTimeType()))
                .orElse(null);
        return Optional.of(new DiabetesAnnualControl(
                entry.sourceId(),
                controlDate,
                diagnosis.get(),
                yearOfDiagnosis,
                members.measurements,
                members.footExaminationDone,
                members.monofilamentSensationReduced,
                members.eyeExaminationDone,
                members.retinopathy,
                members.smoking,
                medications(reading, entry.sourceId()),
                members.complications));
    }

    private static Reference reasonReference(Observation panel) {
        return FhirValues.value(panel.getExtensionByUrl(FhirSystems.WORKFLOW_REASON_REFERENCE), Reference.class)
                .orElse(null);
    }

    private static Optional<Condition> diabetesCondition(BundleReading reading, Observation panel, String path) {
        String extensionPath = FhirValues.extensionPath(path, FhirSystems.WORKFLOW_REASON_REFERENCE) + ".value";
        return reading.target(reasonReference(panel), Condition.class, extensionPath,
                        "The workflow-reasonReference extension pointing to the diabetes Condition")
                .map(found -> (Condition) found.resource());
    }

    /** The values read from the panel's members, with where each came from. */
    private static final class Members {
        private final BundleReading reading;
        private final String sourceId;
        private final List<Measurement> measurements = new ArrayList<>();
        private final List<Coding> complications = new ArrayList<>();
        private Boolean footExaminationDone;
        private Boolean monofilamentSensationReduced;
        private Boolean eyeExaminationDone;
        private Boolean retinopathy;
        private SmokingStatus smoking;

        Members(BundleReading reading, String sourceId) {
            this.reading = reading;
            this.sourceId = sourceId;
        }

        void addMeasurement(Measurement measurement, String expression) {
            reading.locate(sourceId, "measurements[" + measurements.size() + "]", expression);
            measurements.add(measurement);
        }

        void addComplication(Coding complication, String expression) {
            reading.locate(sourceId, "complications[" + complications.size() + "]", expression);
            complications.add(complication);
        }

        void locate(String field, String expression) {
            reading.locate(sourceId, field, expression);
        }
    }

    private static Members members(BundleReading reading, Observation panel, String path, String sourceId) {
        Members members = new Members(reading, sourceId);
        List<Reference> references = panel.getHasMember();
        for (int position = 0; position < references.size(); position++) {
            String memberReference = path + ".hasMember[" + position + "]";
            Optional<BundleIndex.Entry> member =
                    reading.optionalTarget(references.get(position), Observation.class, memberReference);
            member.ifPresent(found -> readMember(reading, found, members));
        }
        return members;
    }

    /** Reads one member Observation. Members with codes this reader does not know are ignored. */
    private static void readMember(BundleReading reading, BundleIndex.Entry entry, Members members) {
        Observation observation = (Observation) entry.resource();
        String path = entry.expression();
        Optional<Coding> meldeportCode =
                FhirValues.coding(observation.getCode(), MeldeportFhir.DIABETES_CONTROL_SYSTEM);
        if (meldeportCode.isPresent()) {
            readMeldeportMember(reading, observation, path, meldeportCode.get().code(), members);
            return;
        }
        if (FhirValues.coding(observation.getCode(), CodeSystems.LOINC)
                .filter(coding -> FhirSystems.LOINC_SMOKING_STATUS.equals(coding.code()))
                .isPresent()) {
            members.smoking = smoking(reading, observation, path);
            members.locate("smoking", path + ".valueCodeableConcept");
            return;
        }
        LocalDate effective = observation.hasEffectiveDateTimeType()
                ? FhirValues.localDate(observation.getEffectiveDateTimeType())
                : null;
        if (observation.hasComponent()) {
            List<Observation.ObservationComponentComponent> components = observation.getComponent();
            for (int position = 0; position < components.size(); position++) {
                Observation.ObservationComponentComponent component = components.get(position);
                String componentPath = path + ".component[" + position + "]";
                measurement(reading, component.getCode(), component.getValue(), componentPath, effective)
                        .ifPresent(measurement -> members.addMeasurement(measurement, componentPath));
            }
            return;
        }
        measurement(reading, observation.getCode(), observation.getValue(), path, effective)
                .ifPresent(measurement -> members.addMeasurement(measurement, path));
    }

    private static void readMeldeportMember(
            BundleReading reading, Observation observation, String path, String code, Members members) {
        if (MeldeportFhir.DIABETES_COMPLICATION.equals(code)) {
            Optional<Coding> complication = observation.hasValueCodeableConcept()
                    ? FhirValues.diagnosis(observation.getValueCodeableConcept())
                    : Optional.empty();
            if (complication.isEmpty()) {
                reading.error(IssueMessage.DIAGNOSIS_NOT_CODED, path + ".value", null,
                        CodeSystems.ICD10, CodeSystems.ICPC2);
            }
            complication.ifPresent(found -> members.addComplication(found, path));
            return;
        }
        if (!observation.hasValueBooleanType()) {
            reading.required(path + ".value", "Observation.valueBoolean");
            return;
        }
        Boolean value = observation.getValueBooleanType().getValue();
        String valuePath = path + ".valueBoolean";
        switch (code) {
            case MeldeportFhir.DIABETES_FOOT_EXAMINATION -> {
                members.footExaminationDone = value;
                members.locate("footExaminationDone", valuePath);
            }
            case MeldeportFhir.DIABETES_REDUCED_MONOFILAMENT_SENSATION -> {
                members.monofilamentSensationReduced = value;
                members.locate("monofilamentSensationReduced", valuePath);
            }
            case MeldeportFhir.DIABETES_EYE_EXAMINATION -> {
                members.eyeExaminationDone = value;
                members.locate("eyeExaminationDone", valuePath);
            }
            case MeldeportFhir.DIABETES_RETINOPATHY -> {
                members.retinopathy = value;
                members.locate("retinopathy", valuePath);
            }
            default -> reading.error(IssueMessage.CODE_NOT_ALLOWED, path + ".code", code, code, String.join(", ",
                    MeldeportFhir.DIABETES_FOOT_EXAMINATION, MeldeportFhir.DIABETES_REDUCED_MONOFILAMENT_SENSATION,
                    MeldeportFhir.DIABETES_EYE_EXAMINATION, MeldeportFhir.DIABETES_RETINOPATHY,
                    MeldeportFhir.DIABETES_COMPLICATION));
        }
    }

    private static SmokingStatus smoking(BundleReading reading, Observation observation, String path) {
        Optional<Coding> answer = observation.hasValueCodeableConcept()
                ? FhirValues.coding(observation.getValueCodeableConcept(), FhirSystems.SNOMED_CT)
                : Optional.empty();
        SmokingStatus status = answer.map(coding -> SMOKING.get(coding.code())).orElse(null);
        if (status == null) {
            String code = answer.map(Coding::code).orElse("(none)");
            reading.error(IssueMessage.CODE_NOT_ALLOWED, path + ".value", code, code, String.join(", ",
                    FhirSystems.SNOMED_NEVER_SMOKED, FhirSystems.SNOMED_EX_SMOKER, FhirSystems.SNOMED_DAILY_SMOKER,
                    FhirSystems.SNOMED_OCCASIONAL_SMOKER) + " (SNOMED CT)");
        }
        return status;
    }

    /** Reads an NLK- or LOINC-coded quantity; values with other codes are ignored. */
    private static Optional<Measurement> measurement(
            BundleReading reading, CodeableConcept code, org.hl7.fhir.r4.model.Type value, String path,
            LocalDate effective) {
        Optional<Coding> coding = FhirValues.coding(code, CodeSystems.NLK)
                .or(() -> FhirValues.coding(code, CodeSystems.LOINC));
        if (coding.isEmpty()) {
            return Optional.empty();
        }
        if (!(value instanceof Quantity quantity) || !quantity.hasValue() || !quantity.hasCode()
                || !CodeSystems.UCUM.equals(quantity.getSystem())) {
            reading.error(IssueMessage.UNIT_NOT_UCUM, path + ".value", null);
            return Optional.empty();
        }
        return Optional.of(new Measurement(coding.get(), quantity.getValue(), quantity.getCode(), effective));
    }

    private static List<Coding> medications(BundleReading reading, String sourceId) {
        List<Coding> medications = new ArrayList<>();
        for (BundleIndex.Entry entry : reading.index().ofType(MedicationStatement.class)) {
            MedicationStatement statement = (MedicationStatement) entry.resource();
            if (statement.getStatus() == MedicationStatement.MedicationStatementStatus.ACTIVE
                    && statement.hasMedicationCodeableConcept()) {
                CodeableConcept medication = statement.getMedicationCodeableConcept();
                FhirValues.atc(medication)
                        .map(coding -> coding.display() != null || !medication.hasText()
                                ? coding
                                : new Coding(coding.system(), coding.code(), medication.getText()))
                        .ifPresent(coding -> {
                            reading.locate(sourceId, "medications[" + medications.size() + "]", entry.expression());
                            medications.add(coding);
                        });
            }
        }
        return medications;
    }
}
