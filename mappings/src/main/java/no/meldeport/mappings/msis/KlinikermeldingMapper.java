package no.meldeport.mappings.msis;

import no.meldeport.mappings.Envelopes;
import no.meldeport.mappings.JsonResponseReader;
import no.meldeport.mappings.MappingException;
import no.meldeport.mappings.RegistryCodes;
import no.meldeport.mappings.RegistryJson;
import no.meldeport.mappings.msis.KlinikermeldingBody.Identifikator;
import no.meldeport.mappings.msis.KlinikermeldingBody.Innsender;
import no.meldeport.mappings.msis.KlinikermeldingBody.Melder;
import no.meldeport.mappings.msis.KlinikermeldingBody.Pasient;
import no.meldeport.mappings.msis.KlinikermeldingBody.Smitte;
import no.meldeport.mappings.msis.KlinikermeldingBody.Sykdom;
import java.util.Optional;
import no.meldeport.model.Coding;
import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.Klinikermelding;
import no.meldeport.model.NotifiableDisease;
import no.meldeport.model.Patient;
import no.meldeport.model.Registry;
import no.meldeport.model.RegistryMapper;
import no.meldeport.model.RegistryMessage;
import no.meldeport.model.RegistryResponse;
import no.meldeport.model.Reporter;

/**
 * Maps a klinikermelding to the JSON of Meldeport's MSIS contract, because FHI publishes only a web form for clinician
 * notifications. The delivery id is the {@code meldingsId}.
 *
 * <p>The mapper sends what the report contains and leaves the required fields (diagnosis date, HPR number) to MSIS,
 * which rejects a notification without them with its own error code. The disease name and group come from the report,
 * where the fan-out planner put them from {@link NotifiableDiseases}. When the report lacks them, the mapper looks the
 * diagnosis up in the same table.
 */
public final class KlinikermeldingMapper implements RegistryMapper {

    public static final String PATH = "/klinikermeldinger";
    public static final String CONTENT_TYPE = "application/json";

    /** MSIS responds 201 with {@code meldingsnummer}, or 400 with {@code feil: [{kode, felt, melding}]}. */
    private static final JsonResponseReader RESPONSE_READER =
            new JsonResponseReader("MSIS", "meldingsnummer", "feil", "kode", "felt", "melding");

    @Override
    public Registry registry() {
        return Registry.MSIS;
    }

    /**
     * Builds the klinikermelding for one notifiable diagnosis.
     *
     * @throws MappingException when the diagnosis is coded in neither ICD-10 nor ICPC-2
     */
    @Override
    public RegistryMessage map(DeliveryEnvelope envelope) {
        Klinikermelding melding = Envelopes.content(envelope, Klinikermelding.class);
        KlinikermeldingBody body = new KlinikermeldingBody(
                envelope.deliveryId(),
                sykdom(melding),
                melding.diagnosisDate(),
                melding.symptomOnsetDate(),
                pasient(envelope.context().patient()),
                smitte(melding),
                melding.testingReason(),
                melding.vaccinationStatus(),
                melding.hospitalised(),
                melding.note(),
                melder(envelope),
                innsender(envelope.reporter()),
                envelope.acceptedAt());
        return new RegistryMessage(PATH, CONTENT_TYPE, RegistryJson.write(body));
    }

    @Override
    public RegistryResponse readResponse(int httpStatus, String contentType, String body) {
        return RESPONSE_READER.read(httpStatus, body);
    }

    private static Sykdom sykdom(Klinikermelding melding) {
        Coding diagnosis = melding.diagnosis();
        if (diagnosis == null) {
            return null;
        }
        String codeSystem = RegistryCodes.diagnosisCodeSystem(diagnosis, "Klinikermelding.diagnosis");
        if (melding.msisDisease() != null) {
            return new Sykdom(diagnosis.code(), codeSystem, melding.msisDisease(), melding.msisGroup());
        }
        Optional<NotifiableDisease> disease = NotifiableDiseases.standard().lookup(diagnosis);
        return new Sykdom(diagnosis.code(), codeSystem,
                disease.map(NotifiableDisease::name).orElse(null),
                disease.map(NotifiableDisease::group).orElse(melding.msisGroup()));
    }

    /** Builds the patient part. The form has one field for given names, so the middle name joins the given name. */
    private static Pasient pasient(Patient patient) {
        return new Pasient(
                new Identifikator(RegistryCodes.personIdentifierType(patient.identifier().type()),
                        patient.identifier().value()),
                Envelopes.joinNames(patient.givenName(), patient.middleName()),
                patient.familyName(),
                patient.birthDate(),
                RegistryCodes.sex(patient.sex()),
                patient.municipalityCode());
    }

    /** Returns null when nothing about the infection is known, so the JSON has no empty object. */
    private static Smitte smitte(Klinikermelding melding) {
        if (melding.infectionMunicipality() == null && melding.infectionCountry() == null
                && melding.exposureSetting() == null && melding.transmissionRoute() == null
                && melding.closeContactConfirmed() == null) {
            return null;
        }
        return new Smitte(melding.infectionMunicipality(), melding.infectionCountry(), melding.exposureSetting(),
                melding.transmissionRoute(), melding.closeContactConfirmed());
    }

    private static Melder melder(DeliveryEnvelope envelope) {
        return new Melder(Envelopes.hprNumber(envelope), Envelopes.clinicianName(envelope),
                Envelopes.organisationNumber(envelope), Envelopes.organisationName(envelope));
    }

    private static Innsender innsender(Reporter reporter) {
        return reporter == null ? null : new Innsender(reporter.clientId(), reporter.reportingOrganisation());
    }
}
