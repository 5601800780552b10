package no.meldeport.mappings.noklus;

import java.util.List;
import java.util.function.Function;
import no.meldeport.mappings.Envelopes;
import no.meldeport.mappings.JsonResponseReader;
import no.meldeport.mappings.MappingException;
import no.meldeport.mappings.RegistryCodes;
import no.meldeport.mappings.RegistryJson;
import no.meldeport.mappings.noklus.AnnualControlBody.Diabetes;
import no.meldeport.mappings.noklus.AnnualControlBody.Fotundersokelse;
import no.meldeport.mappings.noklus.AnnualControlBody.Komplikasjon;
import no.meldeport.mappings.noklus.AnnualControlBody.Legemiddel;
import no.meldeport.mappings.noklus.AnnualControlBody.Lege;
import no.meldeport.mappings.noklus.AnnualControlBody.Maling;
import no.meldeport.mappings.noklus.AnnualControlBody.Oyeundersokelse;
import no.meldeport.mappings.noklus.AnnualControlBody.Pasient;
import no.meldeport.mappings.noklus.AnnualControlBody.Virksomhet;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.DiabetesAnnualControl;
import no.meldeport.model.DiabetesAnnualControl.SmokingStatus;
import no.meldeport.model.Measurement;
import no.meldeport.model.Patient;
import no.meldeport.model.Registry;
import no.meldeport.model.RegistryMapper;
import no.meldeport.model.RegistryMessage;
import no.meldeport.model.RegistryResponse;

/**
 * Maps a diabetes annual control to the JSON of Meldeport's NOKLUS contract, because Noklus publishes no wire format.
 * The delivery id is the {@code skjemaId}.
 *
 * <p>Like the MSIS mapper, it leaves the required fields (HbA1c among the measurements, the diabetes diagnosis) for
 * the registry to check, so a missing one comes back as a NOKLUS rejection with the registry's own code.
 */
public final class AnnualControlMapper implements RegistryMapper {

    public static final String PATH = "/arskontroller";
    public static final String CONTENT_TYPE = "application/json";
    /** The version of Meldeport's NOKLUS body format. */
    public static final String FORM_VERSION = "meldeport-1";

    private static final String NLK = "NLK";
    private static final String LOINC = "LOINC";

    /** NOKLUS responds 201 with {@code kvitteringsnummer}, or 422 with {@code errors: [{code, field, message}]}. */
    private static final JsonResponseReader RESPONSE_READER =
            new JsonResponseReader("NOKLUS", "kvitteringsnummer", "errors", "code", "field", "message");

    @Override
    public Registry registry() {
        return Registry.NOKLUS;
    }

    /**
     * Builds the annual control form.
     *
     * @throws MappingException when a code is from a code system the contract has no name for: a measurement outside
     *     NLK and LOINC, a medication outside ATC, or a diagnosis or complication outside ICD-10 and ICPC-2
     */
    @Override
    public RegistryMessage map(DeliveryEnvelope envelope) {
        DiabetesAnnualControl control = Envelopes.content(envelope, DiabetesAnnualControl.class);
        AnnualControlBody body = new AnnualControlBody(
                envelope.deliveryId(),
                FORM_VERSION,
                control.controlDate(),
                pasient(envelope.context().patient()),
                diabetes(control),
                listOrNull(control.measurements(), AnnualControlMapper::maling),
                fotundersokelse(control),
                oyeundersokelse(control),
                royking(control.smoking()),
                listOrNull(control.medications(), AnnualControlMapper::legemiddel),
                listOrNull(control.complications(), AnnualControlMapper::komplikasjon),
                lege(envelope),
                virksomhet(envelope));
        return new RegistryMessage(PATH, CONTENT_TYPE, RegistryJson.write(body));
    }

    @Override
    public RegistryResponse readResponse(int httpStatus, String contentType, String body) {
        return RESPONSE_READER.read(httpStatus, body);
    }

    private static Pasient pasient(Patient patient) {
        return new Pasient(RegistryCodes.personIdentifierType(patient.identifier().type()),
                patient.identifier().value(), patient.birthDate(), RegistryCodes.sex(patient.sex()));
    }

    private static Diabetes diabetes(DiabetesAnnualControl control) {
        Coding diagnosis = control.diabetesDiagnosis();
        if (diagnosis == null) {
            return control.yearOfDiagnosis() == null ? null : new Diabetes(null, null, control.yearOfDiagnosis());
        }
        String codeSystem = RegistryCodes.diagnosisCodeSystem(diagnosis, "DiabetesAnnualControl.diabetesDiagnosis");
        return new Diabetes(diagnosis.code(), codeSystem, control.yearOfDiagnosis());
    }

    private static Maling maling(Measurement measurement) {
        Coding code = measurement.code();
        String codeSystem;
        if (code.isFrom(CodeSystems.NLK)) {
            codeSystem = NLK;
        } else if (code.isFrom(CodeSystems.LOINC)) {
            codeSystem = LOINC;
        } else {
            throw new MappingException("Measurement " + code.code() + " has code system '" + code.system()
                    + "'; expected NLK (" + CodeSystems.NLK + ") or LOINC (" + CodeSystems.LOINC + ")");
        }
        return new Maling(code.code(), codeSystem, measurement.value(), measurement.unit(),
                measurement.effectiveDate());
    }

    private static Legemiddel legemiddel(Coding medication) {
        if (!medication.isFrom(CodeSystems.ATC) && !medication.isFrom(CodeSystems.ATC_WHO)) {
            throw new MappingException("Medication " + medication.code() + " has code system '" + medication.system()
                    + "'; expected ATC (" + CodeSystems.ATC + " or " + CodeSystems.ATC_WHO + ")");
        }
        return new Legemiddel(medication.code(), medication.display());
    }

    private static Komplikasjon komplikasjon(Coding complication) {
        return new Komplikasjon(complication.code(),
                RegistryCodes.diagnosisCodeSystem(complication, "DiabetesAnnualControl.complications"));
    }

    private static Fotundersokelse fotundersokelse(DiabetesAnnualControl control) {
        if (control.footExaminationDone() == null && control.monofilamentSensationReduced() == null) {
            return null;
        }
        return new Fotundersokelse(control.footExaminationDone(), control.monofilamentSensationReduced());
    }

    private static Oyeundersokelse oyeundersokelse(DiabetesAnnualControl control) {
        if (control.eyeExaminationDone() == null && control.retinopathy() == null) {
            return null;
        }
        return new Oyeundersokelse(control.eyeExaminationDone(), control.retinopathy());
    }

    private static String royking(SmokingStatus smoking) {
        if (smoking == null) {
            return null;
        }
        return switch (smoking) {
            case NEVER -> "ALDRI";
            case FORMER -> "TIDLIGERE";
            case DAILY -> "DAGLIG";
            case OCCASIONAL -> "AV_OG_TIL";
        };
    }

    private static Lege lege(DeliveryEnvelope envelope) {
        String hprNumber = Envelopes.hprNumber(envelope);
        return hprNumber == null ? null : new Lege(hprNumber);
    }

    private static Virksomhet virksomhet(DeliveryEnvelope envelope) {
        String organisationNumber = Envelopes.organisationNumber(envelope);
        String name = Envelopes.organisationName(envelope);
        return organisationNumber == null && name == null ? null : new Virksomhet(organisationNumber, name);
    }

    /** Maps a list, or returns null for an empty one, so that the JSON leaves the field out. */
    private static <T, R> List<R> listOrNull(List<T> values, Function<T, R> mapping) {
        return values.isEmpty() ? null : values.stream().map(mapping).toList();
    }
}
