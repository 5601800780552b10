package no.meldeport.gateway.fhir;

import java.time.OffsetDateTime;
import java.util.Optional;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.Vaccination;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Patient;

/** Reads an Immunization into a {@link Vaccination} for SYSVAK. */
final class VaccinationReader {

    private VaccinationReader() {
    }

    /** Reports whether the entry is a vaccination event: an Immunization with status {@code completed}. */
    static boolean isVaccinationEvent(BundleIndex.Entry entry) {
        return entry.resource() instanceof Immunization immunization
                && immunization.getStatus() == Immunization.ImmunizationStatus.COMPLETED;
    }

    /** Returns the vaccination, or empty after adding issues for what is missing. */
    static Optional<Vaccination> read(BundleReading reading, BundleIndex.Entry entry) {
        Immunization immunization = (Immunization) entry.resource();
        String path = entry.expression();
        int issuesBefore = reading.issues().size();

        if (immunization.getStatus() != Immunization.ImmunizationStatus.COMPLETED) {
            String status = immunization.hasStatus() ? immunization.getStatus().toCode() : "(none)";
            reading.error(IssueMessage.CODE_NOT_ALLOWED, path + ".status", status, status, "completed");
        }
        reading.target(immunization.getPatient(), Patient.class, path + ".patient", "Immunization.patient");
        Optional<Coding> sysvak = FhirValues.coding(immunization.getVaccineCode(), MeldeportFhir.SYSVAK_VACCINE_SYSTEM);
        if (sysvak.isEmpty()) {
            reading.error(IssueMessage.CODING_REQUIRED, path + ".vaccineCode", null,
                    "Immunization.vaccineCode", MeldeportFhir.SYSVAK_VACCINE_SYSTEM);
        }
        Optional<Coding> atc = FhirValues.atc(immunization.getVaccineCode());
        if (atc.isEmpty()) {
            reading.error(IssueMessage.CODING_REQUIRED, path + ".vaccineCode", null,
                    "Immunization.vaccineCode", CodeSystems.ATC);
        }
        OffsetDateTime occurrence = immunization.hasOccurrenceDateTimeType()
                ? FhirValues.offsetDateTime(immunization.getOccurrenceDateTimeType())
                : null;
        if (occurrence == null) {
            reading.required(path + ".occurrence", "Immunization.occurrenceDateTime with at least a full date");
        }
        if (reading.issues().size() > issuesBefore) {
            return Optional.empty();
        }

        Immunization.ImmunizationProtocolAppliedComponent protocol = immunization.hasProtocolApplied()
                ? immunization.getProtocolApplied().get(0)
                : new Immunization.ImmunizationProtocolAppliedComponent();
        Integer doseNumber = protocol.hasDoseNumberPositiveIntType()
                ? protocol.getDoseNumberPositiveIntType().getValue()
                : null;
        Coding targetDisease = protocol.getTargetDisease().stream()
                .map(FhirValues::anyCoding)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
        Boolean consent = FhirValues.value(
                        immunization.getExtensionByUrl(MeldeportFhir.VACCINATION_CONSENT), BooleanType.class)
                .map(BooleanType::getValue)
                .orElse(null);
        return Optional.of(new Vaccination(
                entry.sourceId(),
                sysvak.get(),
                atc.get(),
                occurrence,
                immunization.hasLotNumber() ? immunization.getLotNumber() : null,
                doseNumber,
                targetDisease,
                FhirValues.anyCoding(immunization.getSite()).orElse(null),
                FhirValues.anyCoding(immunization.getRoute()).orElse(null),
                consent));
    }
}
