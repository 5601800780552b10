package no.meldeport.mappings.nav;

import static no.meldeport.mappings.nav.NavNamespaces.MSGHEAD;

import java.time.format.DateTimeFormatter;
import no.meldeport.model.ClinicalContext;
import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.Organization;
import no.meldeport.model.Patient;
import no.meldeport.model.Practitioner;
import no.meldeport.model.Sykmelding;

/**
 * Writes the KITH MsgHead 1.2 envelope of a sykmelding: message type {@code SYKMELD}, the delivery id as
 * {@code MsgId}, the acceptance time as {@code GenDate}, the point of care with the clinician as sender, NAV as
 * receiver, the patient, and the body in {@code Document/RefDoc/Content}.
 */
final class MsgHeadWriter {

    /** NAV's name, HER id and organisation number as receiver. The HER id is the one NAV uses in its test data. */
    static final String NAV_NAME = "NAV";
    static final String NAV_HER_ID = "79768";
    static final String NAV_ORGANISATION_NUMBER = "889640782";

    private static final String MIG_VERSION = "v1.2 2006-05-24";
    private static final String CONTENT_MIME_TYPE = "text/xml";

    private final HelseOpplysningerWriter bodyWriter;

    MsgHeadWriter(HelseOpplysningerWriter bodyWriter) {
        this.bodyWriter = bodyWriter;
    }

    String write(DeliveryEnvelope envelope, Sykmelding sykmelding) {
        ClinicalContext context = envelope.context();
        Patient patient = RequiredValues.present(context.patient(), "context.patient");
        Practitioner clinician = RequiredValues.present(context.clinician(), "context.clinician");
        Organization organization = RequiredValues.present(context.organization(), "context.organization");

        KithXmlWriter xml = new KithXmlWriter();
        xml.startRoot(MSGHEAD, "MsgHead");
        xml.startElement(MSGHEAD, "MsgInfo");
        xml.codedElement(MSGHEAD, "Type", KithCodes.MESSAGE_TYPE_SYKMELDING);
        xml.textElement(MSGHEAD, "MIGversion", MIG_VERSION);
        xml.textElement(MSGHEAD, "GenDate", DateTimeFormatter.ISO_INSTANT.format(envelope.acceptedAt()));
        xml.textElement(MSGHEAD, "MsgId", envelope.deliveryId());
        xml.codedElement(MSGHEAD, "Ack", KithCodes.ACK_YES);
        writeSender(xml, organization, clinician);
        writeReceiver(xml);
        writePatient(xml, patient);
        xml.endElement();

        xml.startElement(MSGHEAD, "Document");
        xml.startElement(MSGHEAD, "RefDoc");
        xml.codedElement(MSGHEAD, "MsgType", KithCodes.REFDOC_XML);
        xml.textElement(MSGHEAD, "MimeType", CONTENT_MIME_TYPE);
        xml.startElement(MSGHEAD, "Content");
        bodyWriter.write(xml, sykmelding, patient, clinician);
        xml.endElement();
        xml.endElement();
        xml.endElement();
        xml.endElement();
        return xml.finish();
    }

    /** Writes the point of care (organisation number, then HER id when known) with the clinician inside it. */
    private static void writeSender(KithXmlWriter xml, Organization organization, Practitioner clinician) {
        xml.startElement(MSGHEAD, "Sender");
        xml.startElement(MSGHEAD, "Organisation");
        xml.textElement(MSGHEAD, "OrganisationName", RequiredValues.text(organization.name(),
                "context.organization.name"));
        xml.identElement(MSGHEAD, "Ident", MSGHEAD, RequiredValues.text(organization.organisationNumber(),
                "context.organization.organisationNumber"), KithCodes.ENH);
        if (organization.herId() != null && !organization.herId().isBlank()) {
            xml.identElement(MSGHEAD, "Ident", MSGHEAD, organization.herId(), KithCodes.HER);
        }
        writeHealthcareProfessional(xml, clinician);
        xml.endElement();
        xml.endElement();
    }

    private static void writeHealthcareProfessional(KithXmlWriter xml, Practitioner clinician) {
        xml.startElement(MSGHEAD, "HealthcareProfessional");
        xml.optionalTextElement(MSGHEAD, "FamilyName", clinician.familyName());
        xml.optionalTextElement(MSGHEAD, "GivenName", clinician.givenName());
        xml.identElement(MSGHEAD, "Ident", MSGHEAD, RequiredValues.text(clinician.hprNumber(),
                "context.clinician.hprNumber"), KithCodes.HPR);
        String telephone = TelephoneUris.of(clinician.phone());
        if (telephone != null) {
            xml.startElement(MSGHEAD, "TeleCom");
            xml.urlElement(MSGHEAD, "TeleAddress", telephone);
            xml.endElement();
        }
        xml.endElement();
    }

    private static void writeReceiver(KithXmlWriter xml) {
        xml.startElement(MSGHEAD, "Receiver");
        xml.startElement(MSGHEAD, "Organisation");
        xml.textElement(MSGHEAD, "OrganisationName", NAV_NAME);
        xml.identElement(MSGHEAD, "Ident", MSGHEAD, NAV_HER_ID, KithCodes.HER);
        xml.identElement(MSGHEAD, "Ident", MSGHEAD, NAV_ORGANISATION_NUMBER, KithCodes.ENH);
        xml.endElement();
        xml.endElement();
    }

    private static void writePatient(KithXmlWriter xml, Patient patient) {
        xml.startElement(MSGHEAD, "Patient");
        xml.optionalTextElement(MSGHEAD, "FamilyName", patient.familyName());
        xml.optionalTextElement(MSGHEAD, "MiddleName", patient.middleName());
        xml.optionalTextElement(MSGHEAD, "GivenName", patient.givenName());
        xml.identElement(MSGHEAD, "Ident", MSGHEAD, patient.identifier().value(),
                KithCodes.personIdentifierType(patient.identifier().type()));
        xml.endElement();
    }
}
