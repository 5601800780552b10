package no.meldeport.mappings.nav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import no.meldeport.model.ClinicalContext;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.Klinikermelding;
import no.meldeport.model.Organization;
import no.meldeport.model.Patient;
import no.meldeport.model.Registry;
import no.meldeport.model.RegistryMessage;
import no.meldeport.model.SickLeavePeriod;
import no.meldeport.model.SickLeavePeriod.Kind;
import no.meldeport.model.Sykmelding;
import org.junit.jupiter.api.Test;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;
import org.xmlunit.xpath.XPathEngine;

class SykmeldingMapperTest {

    private static final String BODY =
            "/mh:MsgHead/mh:Document/mh:RefDoc/mh:Content/ho:HelseOpplysningerArbeidsuforhet";

    private final SykmeldingMapper mapper = new SykmeldingMapper(NavTestEnvelopes.SYSTEM_VERSION);
    private final XPathEngine xpath = new JAXPXPathEngine();

    SykmeldingMapperTest() {
        xpath.setNamespaceContext(Map.of(
                "mh", NavNamespaces.MSGHEAD.uri(),
                "ho", NavNamespaces.HELSEOPPLYSNINGER_ARBEIDSUFORHET.uri(),
                "fk1", NavNamespaces.FELLESKOMPONENT1.uri()));
    }

    @Test
    void registryIsNav() {
        assertThat(mapper.registry()).isEqualTo(Registry.NAV);
    }

    @Test
    void messageGoesToSykmeldingPathAsUtf8Xml() {
        RegistryMessage message = mapper.map(NavTestEnvelopes.fullFnrSinglePeriod());

        assertThat(message.path()).isEqualTo("/sykmelding");
        assertThat(message.contentType()).isEqualTo("application/xml; charset=UTF-8");
        assertThat(message.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    @Test
    void msgInfoCarriesDeliveryIdAndTime() {
        DeliveryEnvelope envelope = NavTestEnvelopes.fullFnrSinglePeriod();

        String xml = mapper.map(envelope).body();

        assertThat(value(xml, "/mh:MsgHead/mh:MsgInfo/mh:MsgId")).isEqualTo(envelope.deliveryId());
        assertThat(value(xml, "/mh:MsgHead/mh:MsgInfo/mh:GenDate")).isEqualTo("2025-03-14T09:30:00Z");
        assertThat(value(xml, "/mh:MsgHead/mh:MsgInfo/mh:Type/@V")).isEqualTo("SYKMELD");
    }

    @Test
    void senderIsPointOfCareWithClinician() {
        String xml = mapper.map(NavTestEnvelopes.fullFnrSinglePeriod()).body();

        String organisation = "/mh:MsgHead/mh:MsgInfo/mh:Sender/mh:Organisation";
        assertThat(value(xml, organisation + "/mh:Ident[mh:TypeId/@V='ENH']/mh:Id"))
                .isEqualTo(NavTestEnvelopes.POINT_OF_CARE_ORGANISATION_NUMBER);
        assertThat(value(xml, organisation + "/mh:Ident[mh:TypeId/@V='HER']/mh:Id"))
                .isEqualTo(NavTestEnvelopes.POINT_OF_CARE_HER_ID);
        assertThat(value(xml, organisation + "/mh:HealthcareProfessional/mh:Ident[mh:TypeId/@V='HPR']/mh:Id"))
                .isEqualTo(NavTestEnvelopes.HPR_NUMBER);
    }

    @Test
    void receiverIsNav() {
        String xml = mapper.map(NavTestEnvelopes.fullFnrSinglePeriod()).body();

        String organisation = "/mh:MsgHead/mh:MsgInfo/mh:Receiver/mh:Organisation";
        assertThat(value(xml, organisation + "/mh:Ident[mh:TypeId/@V='HER']/mh:Id")).isEqualTo("79768");
        assertThat(value(xml, organisation + "/mh:Ident[mh:TypeId/@V='ENH']/mh:Id")).isEqualTo("889640782");
    }

    @Test
    void dNumberPatientHasTypeDnr() {
        String xml = mapper.map(NavTestEnvelopes.dNumberPatient()).body();

        assertThat(value(xml, "/mh:MsgHead/mh:MsgInfo/mh:Patient/mh:Ident/mh:Id"))
                .isEqualTo(NavTestEnvelopes.D_NUMBER);
        assertThat(value(xml, "/mh:MsgHead/mh:MsgInfo/mh:Patient/mh:Ident/mh:TypeId/@V")).isEqualTo("DNR");
        assertThat(value(xml, BODY + "/ho:Pasient/ho:Fodselsnummer/fk1:Id")).isEqualTo(NavTestEnvelopes.D_NUMBER);
        assertThat(value(xml, BODY + "/ho:Pasient/ho:Fodselsnummer/fk1:TypeId/@V")).isEqualTo("DNR");
        assertThat(value(xml, BODY + "/ho:Pasient/ho:Fodselsnummer/fk1:TypeId/@S"))
                .isEqualTo("2.16.578.1.12.4.1.1.8116");
    }

    @Test
    void diagnosisCodeSystemsBecomeBareOids() {
        String xml = mapper.map(NavTestEnvelopes.severalDiagnoses()).body();

        assertThat(value(xml, BODY + "/ho:MedisinskVurdering/ho:HovedDiagnose/ho:Diagnosekode/@S"))
                .isEqualTo("2.16.578.1.12.4.1.1.7170");
        assertThat(value(xml, BODY + "/ho:MedisinskVurdering/ho:BiDiagnoser/ho:Diagnosekode[1]/@S"))
                .isEqualTo("2.16.578.1.12.4.1.1.7110");
        assertThat(value(xml, BODY + "/ho:MedisinskVurdering/ho:BiDiagnoser/ho:Diagnosekode[2]/@S"))
                .isEqualTo("2.16.578.1.12.4.1.1.7170");
    }

    @Test
    void icd10CodeLosesItsDot() {
        String xml = mapper.map(NavTestEnvelopes.severalDiagnoses()).body();

        assertThat(value(xml, BODY + "/ho:MedisinskVurdering/ho:BiDiagnoser/ho:Diagnosekode[1]/@V"))
                .isEqualTo("J459");
    }

    @Test
    void gradedPeriodsKeepOrderAndKind() {
        String xml = mapper.map(NavTestEnvelopes.gradedTwoPeriods()).body();

        assertThat(count(xml, BODY + "/ho:Aktivitet/ho:Periode")).isEqualTo(2);
        assertThat(count(xml, BODY + "/ho:Aktivitet/ho:Periode[1]/ho:AktivitetIkkeMulig")).isEqualTo(1);
        assertThat(value(xml, BODY + "/ho:Aktivitet/ho:Periode[2]/ho:PeriodeFOMDato")).isEqualTo("2025-03-22");
        assertThat(value(xml, BODY + "/ho:Aktivitet/ho:Periode[2]/ho:GradertSykmelding/ho:Sykmeldingsgrad"))
                .isEqualTo("50");
        assertThat(value(xml, BODY + "/ho:SyketilfelleStartDato")).isEqualTo("2025-03-14");
    }

    @Test
    void illnessStartIsEarliestPeriodStart() {
        DeliveryEnvelope envelope = NavTestEnvelopes.fullFnrSinglePeriod();
        Sykmelding sykmelding = withPeriods(NavTestEnvelopes.sykmeldingOf(envelope), List.of(
                NavTestEnvelopes.activityNotPossible("2025-03-20", "2025-03-28", null),
                NavTestEnvelopes.activityNotPossible("2025-03-10", "2025-03-19", null)));

        String xml = mapper.map(NavTestEnvelopes.withContent(envelope, sykmelding)).body();

        assertThat(value(xml, BODY + "/ho:SyketilfelleStartDato")).isEqualTo("2025-03-10");
        assertThat(value(xml, BODY + "/ho:Aktivitet/ho:Periode[1]/ho:PeriodeFOMDato")).isEqualTo("2025-03-20");
    }

    @Test
    void treatmentTimeKeepsItsOffset() {
        DeliveryEnvelope envelope = NavTestEnvelopes.fullFnrSinglePeriod();
        Sykmelding sykmelding = NavTestEnvelopes.sykmeldingOf(envelope);
        Sykmelding treatedInSummer = new Sykmelding(sykmelding.sourceId(), sykmelding.mainDiagnosis(),
                sykmelding.secondaryDiagnoses(), sykmelding.periods(), sykmelding.employer(),
                OffsetDateTime.parse("2025-06-02T14:00+02:00"), sykmelding.contactDate(),
                sykmelding.returnToWorkExpected(), sykmelding.prognosis());

        String xml = mapper.map(NavTestEnvelopes.withContent(envelope, treatedInSummer)).body();

        assertThat(value(xml, BODY + "/ho:KontaktMedPasient/ho:BehandletDato")).isEqualTo("2025-06-02T14:00:00+02:00");
    }

    @Test
    void sameEnvelopeGivesSameText() {
        DeliveryEnvelope envelope = NavTestEnvelopes.gradedTwoPeriods();

        String first = mapper.map(envelope).body();
        String second = new SykmeldingMapper(NavTestEnvelopes.SYSTEM_VERSION).map(envelope).body();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void systemVersionGoesToSenderSystem() {
        String xml = new SykmeldingMapper("2.3.4").map(NavTestEnvelopes.fullFnrSinglePeriod()).body();

        assertThat(value(xml, BODY + "/ho:AvsenderSystem/ho:SystemNavn")).isEqualTo("Meldeport");
        assertThat(value(xml, BODY + "/ho:AvsenderSystem/ho:SystemVersjon")).isEqualTo("2.3.4");
    }

    @Test
    void noArgumentMapperNamesAVersion() {
        String xml = new SykmeldingMapper().map(NavTestEnvelopes.fullFnrSinglePeriod()).body();

        assertThat(value(xml, BODY + "/ho:AvsenderSystem/ho:SystemVersjon")).isNotBlank();
    }

    @Test
    void markupInFreeTextIsEscaped() {
        DeliveryEnvelope envelope = NavTestEnvelopes.fullFnrSinglePeriod();
        Sykmelding sykmelding = withPeriods(NavTestEnvelopes.sykmeldingOf(envelope), List.of(
                NavTestEnvelopes.activityNotPossible("2025-03-14", "2025-03-28", "Smerter <b>&</b> \"hevelse\"")));

        String xml = mapper.map(NavTestEnvelopes.withContent(envelope, sykmelding)).body();

        assertThat(value(xml, BODY + "/ho:Aktivitet/ho:Periode/ho:AktivitetIkkeMulig/ho:MedisinskeArsaker/ho:Beskriv"))
                .isEqualTo("Smerter <b>&</b> \"hevelse\"");
    }

    @Test
    void controlCharactersInFreeTextAreDropped() {
        DeliveryEnvelope envelope = NavTestEnvelopes.fullFnrSinglePeriod();
        Sykmelding sykmelding = withPeriods(NavTestEnvelopes.sykmeldingOf(envelope), List.of(
                NavTestEnvelopes.activityNotPossible("2025-03-14", "2025-03-28", "Smerter\u0001 i\u001b skulder")));

        String xml = mapper.map(NavTestEnvelopes.withContent(envelope, sykmelding)).body();

        assertThat(value(xml, BODY + "/ho:Aktivitet/ho:Periode/ho:AktivitetIkkeMulig/ho:MedisinskeArsaker/ho:Beskriv"))
                .isEqualTo("Smerter i skulder");
    }

    @Test
    void otherContentIsRejected() {
        DeliveryEnvelope sykmeldingEnvelope = NavTestEnvelopes.fullFnrSinglePeriod();
        Klinikermelding klinikermelding = new Klinikermelding("condition-1",
                new Coding(CodeSystems.ICD10, "A37", "Kikhoste"), "Kikhoste", "A", LocalDate.parse("2025-03-14"),
                null, null, null, null, null, null, null, null, null, null);
        DeliveryEnvelope envelope = new DeliveryEnvelope(sykmeldingEnvelope.deliveryId(),
                sykmeldingEnvelope.submissionId(), sykmeldingEnvelope.acceptedAt(), sykmeldingEnvelope.context(),
                sykmeldingEnvelope.reporter(), klinikermelding);

        assertThatThrownBy(() -> mapper.map(envelope))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Klinikermelding");
    }

    @Test
    void missingClinicianIsRejected() {
        DeliveryEnvelope envelope = NavTestEnvelopes.fullFnrSinglePeriod();
        ClinicalContext context = envelope.context();
        ClinicalContext withoutClinician = new ClinicalContext(context.patient(), null, context.organization(),
                context.encounterId(), context.encounterDate());

        assertThatThrownBy(() -> mapper.map(NavTestEnvelopes.withContext(envelope, withoutClinician)))
                .isInstanceOf(SykmeldingMappingException.class)
                .hasMessageContaining("context.clinician");
    }

    @Test
    void missingOrganisationNumberIsRejected() {
        DeliveryEnvelope envelope = NavTestEnvelopes.fullFnrSinglePeriod();
        ClinicalContext context = envelope.context();
        ClinicalContext withoutNumber = new ClinicalContext(context.patient(), context.clinician(),
                new Organization(null, "Fjordbyen legesenter", null), context.encounterId(), context.encounterDate());

        assertThatThrownBy(() -> mapper.map(NavTestEnvelopes.withContext(envelope, withoutNumber)))
                .isInstanceOf(SykmeldingMappingException.class)
                .hasMessageContaining("context.organization.organisationNumber");
    }

    @Test
    void missingPatientNameIsRejectedWithoutPersonalData() {
        DeliveryEnvelope envelope = NavTestEnvelopes.fullFnrSinglePeriod();
        ClinicalContext context = envelope.context();
        ClinicalContext withoutFamilyName = new ClinicalContext(
                new Patient(context.patient().identifier(), "Kari", null, null, null, null, null),
                context.clinician(), context.organization(), context.encounterId(), context.encounterDate());

        assertThatThrownBy(() -> mapper.map(NavTestEnvelopes.withContext(envelope, withoutFamilyName)))
                .isInstanceOf(SykmeldingMappingException.class)
                .hasMessageContaining("context.patient.familyName")
                .hasMessageNotContaining(NavTestEnvelopes.FNR)
                .hasMessageNotContaining("Kari");
    }

    @Test
    void sykmeldingWithoutPeriodsIsRejected() {
        DeliveryEnvelope envelope = NavTestEnvelopes.fullFnrSinglePeriod();
        Sykmelding withoutPeriods = withPeriods(NavTestEnvelopes.sykmeldingOf(envelope), List.of());

        assertThatThrownBy(() -> mapper.map(NavTestEnvelopes.withContent(envelope, withoutPeriods)))
                .isInstanceOf(SykmeldingMappingException.class)
                .hasMessageContaining("content.periods");
    }

    @Test
    void gradedPeriodWithoutGradeIsRejected() {
        DeliveryEnvelope envelope = NavTestEnvelopes.fullFnrSinglePeriod();
        SickLeavePeriod withoutGrade = new SickLeavePeriod(LocalDate.parse("2025-03-14"),
                LocalDate.parse("2025-03-28"), Kind.GRADED, null, null, null, null);
        Sykmelding sykmelding = withPeriods(NavTestEnvelopes.sykmeldingOf(envelope), List.of(withoutGrade));

        assertThatThrownBy(() -> mapper.map(NavTestEnvelopes.withContent(envelope, sykmelding)))
                .isInstanceOf(SykmeldingMappingException.class)
                .hasMessageContaining("content.periods[0].gradePercent");
    }

    @Test
    void waitingPeriodWithoutAdviceIsRejected() {
        DeliveryEnvelope envelope = NavTestEnvelopes.fullFnrSinglePeriod();
        SickLeavePeriod withoutAdvice = new SickLeavePeriod(LocalDate.parse("2025-03-14"),
                LocalDate.parse("2025-03-28"), Kind.WAITING, null, null, null, " ");
        Sykmelding sykmelding = withPeriods(NavTestEnvelopes.sykmeldingOf(envelope), List.of(withoutAdvice));

        assertThatThrownBy(() -> mapper.map(NavTestEnvelopes.withContent(envelope, sykmelding)))
                .isInstanceOf(SykmeldingMappingException.class)
                .hasMessageContaining("content.periods[0].waitingInfo");
    }

    @Test
    void missingTreatmentTimeIsRejected() {
        DeliveryEnvelope envelope = NavTestEnvelopes.fullFnrSinglePeriod();
        Sykmelding sykmelding = NavTestEnvelopes.sykmeldingOf(envelope);
        Sykmelding withoutTreatedAt = new Sykmelding(sykmelding.sourceId(), sykmelding.mainDiagnosis(),
                sykmelding.secondaryDiagnoses(), sykmelding.periods(), sykmelding.employer(), null,
                sykmelding.contactDate(), sykmelding.returnToWorkExpected(), sykmelding.prognosis());

        assertThatThrownBy(() -> mapper.map(NavTestEnvelopes.withContent(envelope, withoutTreatedAt)))
                .isInstanceOf(SykmeldingMappingException.class)
                .hasMessageContaining("content.treatedAt");
    }

    @Test
    void diagnosisOutsideIcpc2AndIcd10IsRejected() {
        DeliveryEnvelope envelope = NavTestEnvelopes.fullFnrSinglePeriod();
        Sykmelding sykmelding = NavTestEnvelopes.sykmeldingOf(envelope);
        Coding snomed = new Coding("http://snomed.info/sct", "76107001", "Tendinitt");
        Sykmelding withSnomed = new Sykmelding(sykmelding.sourceId(), sykmelding.mainDiagnosis(), List.of(snomed),
                sykmelding.periods(), sykmelding.employer(), sykmelding.treatedAt(), sykmelding.contactDate(),
                sykmelding.returnToWorkExpected(), sykmelding.prognosis());

        assertThatThrownBy(() -> mapper.map(NavTestEnvelopes.withContent(envelope, withSnomed)))
                .isInstanceOf(SykmeldingMappingException.class)
                .hasMessageContaining("content.secondaryDiagnoses[0]")
                .hasMessageContaining("http://snomed.info/sct")
                .hasMessageNotContaining("76107001");
    }

    private static Sykmelding withPeriods(Sykmelding sykmelding, List<SickLeavePeriod> periods) {
        return new Sykmelding(sykmelding.sourceId(), sykmelding.mainDiagnosis(), sykmelding.secondaryDiagnoses(),
                periods, sykmelding.employer(), sykmelding.treatedAt(), sykmelding.contactDate(),
                sykmelding.returnToWorkExpected(), sykmelding.prognosis());
    }

    private String value(String xml, String expression) {
        return xpath.evaluate(expression, Input.fromString(xml).build());
    }

    private int count(String xml, String expression) {
        return Integer.parseInt(xpath.evaluate("count(" + expression + ")", Input.fromString(xml).build()));
    }
}
