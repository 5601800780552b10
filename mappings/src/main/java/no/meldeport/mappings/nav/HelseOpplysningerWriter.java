package no.meldeport.mappings.nav;

import static no.meldeport.mappings.nav.NavNamespaces.FELLESKOMPONENT1;
import static no.meldeport.mappings.nav.NavNamespaces.HELSEOPPLYSNINGER_ARBEIDSUFORHET;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import no.meldeport.mappings.nav.KithXmlWriter.Namespace;
import no.meldeport.model.Coding;
import no.meldeport.model.Employer;
import no.meldeport.model.Patient;
import no.meldeport.model.Practitioner;
import no.meldeport.model.SickLeavePeriod;
import no.meldeport.model.Sykmelding;

/**
 * Writes NAV's sykmelding body, {@code HelseOpplysningerArbeidsuforhet} (2013-10-01), in the element order of its
 * XSD. Where the XSD requires an element that the internal model has no field for, this writer uses these defaults:
 * <ul>
 *   <li>{@code SyketilfelleStartDato}: the earliest start date of the periods, which is right for a first
 *       sykmelding. NOTE: a follow-up sykmelding in the same illness case should carry the case's first day, which the
 *       model does not hold.</li>
 *   <li>{@code Behandler/Adresse}: an empty address, because the model has no address.</li>
 *   <li>{@code Behandler/KontaktInfo}: the clinician's phone as a {@code tel:} URI, or an empty {@code TeleAddress}
 *       when the phone is unknown.</li>
 *   <li>{@code Strekkode}: empty. The barcode belongs to the paper form, and an electronic message has none.</li>
 *   <li>{@code MedisinskeArsaker}: the free-text reason goes in {@code Beskriv} with the code 9 "Annet" from code
 *       list 8133, because the XSD allows {@code Beskriv} only after an {@code Arsakskode} and the model has only
 *       the text.</li>
 * </ul>
 */
final class HelseOpplysningerWriter {

    private static final Namespace BODY = HELSEOPPLYSNINGER_ARBEIDSUFORHET;
    private static final String SYSTEM_NAME = "Meldeport";

    private final String systemVersion;

    HelseOpplysningerWriter(String systemVersion) {
        this.systemVersion = systemVersion;
    }

    void write(KithXmlWriter xml, Sykmelding sykmelding, Patient patient, Practitioner clinician) {
        List<SickLeavePeriod> periods = sykmelding.periods();
        if (periods.isEmpty()) {
            throw new SykmeldingMappingException("Cannot map the sykmelding to NAV's format: content.periods is"
                    + " empty, and NAV requires at least one period. Correct the submission and send it again.");
        }

        xml.startElement(BODY, "HelseOpplysningerArbeidsuforhet");
        xml.declareNamespace(BODY);
        xml.declareNamespace(FELLESKOMPONENT1);
        xml.textElement(BODY, "SyketilfelleStartDato", firstDay(periods).toString());
        writePatient(xml, patient);
        writeEmployer(xml, sykmelding.employer());
        writeMedicalAssessment(xml, sykmelding);
        writeActivity(xml, periods);
        writePrognosis(xml, sykmelding);
        writeContact(xml, sykmelding);
        writePractitioner(xml, clinician);
        writeSenderSystem(xml);
        xml.textElement(BODY, "Strekkode", "");
        xml.endElement();
    }

    private static LocalDate firstDay(List<SickLeavePeriod> periods) {
        for (int i = 0; i < periods.size(); i++) {
            RequiredValues.present(periods.get(i).from(), "content.periods[" + i + "].from");
        }
        return periods.stream()
                .map(SickLeavePeriod::from)
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }

    private static void writePatient(KithXmlWriter xml, Patient patient) {
        xml.startElement(BODY, "Pasient");
        writeName(xml, patient.familyName(), patient.middleName(), patient.givenName(), "context.patient");
        xml.identElement(BODY, "Fodselsnummer", FELLESKOMPONENT1, patient.identifier().value(),
                KithCodes.personIdentifierType(patient.identifier().type()));
        xml.endElement();
    }

    private static void writeName(KithXmlWriter xml, String familyName, String middleName, String givenName,
            String field) {
        xml.startElement(BODY, "Navn");
        xml.textElement(BODY, "Etternavn", RequiredValues.text(familyName, field + ".familyName"));
        xml.optionalTextElement(BODY, "Mellomnavn", middleName);
        xml.textElement(BODY, "Fornavn", RequiredValues.text(givenName, field + ".givenName"));
        xml.endElement();
    }

    /**
     * Writes the employer. The model has one employer or none, so {@code HarArbeidsgiver} is "Én arbeidsgiver" or
     * "Ingen arbeidsgiver". The XSD has no element for the employer's organisation number, so it is not sent.
     */
    private static void writeEmployer(KithXmlWriter xml, Employer employer) {
        xml.startElement(BODY, "Arbeidsgiver");
        if (employer == null) {
            xml.codedElement(BODY, "HarArbeidsgiver", KithCodes.NO_EMPLOYER);
        } else {
            xml.codedElement(BODY, "HarArbeidsgiver", KithCodes.ONE_EMPLOYER);
            xml.optionalTextElement(BODY, "NavnArbeidsgiver", employer.name());
            xml.optionalTextElement(BODY, "Yrkesbetegnelse", employer.occupation());
            if (employer.positionPercent() != null) {
                xml.textElement(BODY, "Stillingsprosent", employer.positionPercent().toString());
            }
        }
        xml.endElement();
    }

    private static void writeMedicalAssessment(KithXmlWriter xml, Sykmelding sykmelding) {
        xml.startElement(BODY, "MedisinskVurdering");
        if (sykmelding.mainDiagnosis() != null) {
            xml.startElement(BODY, "HovedDiagnose");
            writeDiagnosis(xml, sykmelding.mainDiagnosis(), "content.mainDiagnosis");
            xml.endElement();
        }
        List<Coding> secondaryDiagnoses = sykmelding.secondaryDiagnoses();
        if (!secondaryDiagnoses.isEmpty()) {
            xml.startElement(BODY, "BiDiagnoser");
            for (int i = 0; i < secondaryDiagnoses.size(); i++) {
                writeDiagnosis(xml, secondaryDiagnoses.get(i), "content.secondaryDiagnoses[" + i + "]");
            }
            xml.endElement();
        }
        xml.endElement();
    }

    private static void writeDiagnosis(KithXmlWriter xml, Coding diagnosis, String field) {
        xml.codedElement(BODY, "Diagnosekode", DiagnosisCodes.toKith(diagnosis, field));
    }

    private static void writeActivity(KithXmlWriter xml, List<SickLeavePeriod> periods) {
        xml.startElement(BODY, "Aktivitet");
        for (int i = 0; i < periods.size(); i++) {
            writePeriod(xml, periods.get(i), "content.periods[" + i + "]");
        }
        xml.endElement();
    }

    /** Writes one period with the one activity element its kind selects, as the XSD's choice requires. */
    private static void writePeriod(KithXmlWriter xml, SickLeavePeriod period, String field) {
        xml.startElement(BODY, "Periode");
        xml.textElement(BODY, "PeriodeFOMDato", period.from().toString());
        xml.textElement(BODY, "PeriodeTOMDato", RequiredValues.present(period.to(), field + ".to").toString());
        switch (RequiredValues.present(period.kind(), field + ".kind")) {
            case WAITING -> {
                xml.startElement(BODY, "AvventendeSykmelding");
                xml.textElement(BODY, "InnspillTilArbeidsgiver",
                        RequiredValues.text(period.waitingInfo(), field + ".waitingInfo"));
                xml.endElement();
            }
            case GRADED -> {
                xml.startElement(BODY, "GradertSykmelding");
                xml.textElement(BODY, "Sykmeldingsgrad",
                        RequiredValues.present(period.gradePercent(), field + ".gradePercent").toString());
                xml.endElement();
            }
            case ACTIVITY_NOT_POSSIBLE -> writeActivityNotPossible(xml, period);
            case TREATMENT_DAYS -> {
                xml.startElement(BODY, "Behandlingsdager");
                xml.textElement(BODY, "AntallBehandlingsdagerUke",
                        RequiredValues.present(period.treatmentDays(), field + ".treatmentDays").toString());
                xml.endElement();
            }
            case TRAVEL_GRANT -> xml.textElement(BODY, "Reisetilskudd", "true");
        }
        xml.endElement();
    }

    private static void writeActivityNotPossible(KithXmlWriter xml, SickLeavePeriod period) {
        xml.startElement(BODY, "AktivitetIkkeMulig");
        if (period.medicalReasons() != null) {
            xml.startElement(BODY, "MedisinskeArsaker");
            xml.codedElement(BODY, "Arsakskode", KithCodes.MEDICAL_REASON_OTHER);
            xml.textElement(BODY, "Beskriv", period.medicalReasons());
            xml.endElement();
        }
        xml.endElement();
    }

    /**
     * Writes the prognosis when the model has one. The free-text prognosis goes in
     * {@code BeskrivHensynArbeidsplassen}, the only free-text element of {@code Prognose}.
     */
    private static void writePrognosis(KithXmlWriter xml, Sykmelding sykmelding) {
        if (sykmelding.returnToWorkExpected() == null && sykmelding.prognosis() == null) {
            return;
        }
        xml.startElement(BODY, "Prognose");
        if (sykmelding.returnToWorkExpected() != null) {
            xml.textElement(BODY, "ArbeidsforEtterEndtPeriode", sykmelding.returnToWorkExpected().toString());
        }
        xml.optionalTextElement(BODY, "BeskrivHensynArbeidsplassen", sykmelding.prognosis());
        xml.endElement();
    }

    private static void writeContact(KithXmlWriter xml, Sykmelding sykmelding) {
        xml.startElement(BODY, "KontaktMedPasient");
        xml.textElement(BODY, "BehandletDato", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                RequiredValues.present(sykmelding.treatedAt(), "content.treatedAt")));
        if (sykmelding.contactDate() != null) {
            xml.textElement(BODY, "KontaktDato", sykmelding.contactDate().toString());
        }
        xml.endElement();
    }

    /**
     * Writes the physician. The XSD documentation calls the physician's fødselsnummer mandatory, but the model has
     * none, so the HPR number is the only identifier sent. The XSD itself requires only one identifier.
     */
    private static void writePractitioner(KithXmlWriter xml, Practitioner clinician) {
        xml.startElement(BODY, "Behandler");
        writeName(xml, clinician.familyName(), null, clinician.givenName(), "context.clinician");
        xml.identElement(BODY, "Id", FELLESKOMPONENT1,
                RequiredValues.text(clinician.hprNumber(), "context.clinician.hprNumber"), KithCodes.HPR);
        xml.startElement(BODY, "Adresse");
        xml.endElement();
        xml.startElement(BODY, "KontaktInfo");
        xml.urlElement(FELLESKOMPONENT1, "TeleAddress", TelephoneUris.of(clinician.phone()));
        xml.endElement();
        xml.endElement();
    }

    private void writeSenderSystem(KithXmlWriter xml) {
        xml.startElement(BODY, "AvsenderSystem");
        xml.textElement(BODY, "SystemNavn", SYSTEM_NAME);
        xml.textElement(BODY, "SystemVersjon", systemVersion);
        xml.endElement();
    }
}
