package no.meldeport.mappings.nav;

import no.meldeport.model.PersonIdentifierType;

/**
 * The KITH code values a NAV sykmelding uses, with the code lists they come from. A KITH code list numbered
 * {@code <number>} has the OID {@code 2.16.578.1.12.4.1.1.<number>}.
 */
final class KithCodes {

    /** 8116: identifier types for persons. */
    static final String PERSON_IDENTIFIER_TYPES = "2.16.578.1.12.4.1.1.8116";
    /** 9051: identifier types for organisations. */
    static final String ORGANISATION_IDENTIFIER_TYPES = "2.16.578.1.12.4.1.1.9051";
    /** 7110: ICD-10, with codes written without the dot ({@code J069}, not {@code J06.9}). */
    static final String ICD10 = "2.16.578.1.12.4.1.1.7110";
    /** 7170: ICPC-2. */
    static final String ICPC2 = "2.16.578.1.12.4.1.1.7170";

    static final KithCode FNR = new KithCode("FNR", PERSON_IDENTIFIER_TYPES, "Fødselsnummer");
    static final KithCode DNR = new KithCode("DNR", PERSON_IDENTIFIER_TYPES, "D-nummer");
    static final KithCode HNR = new KithCode("HNR", PERSON_IDENTIFIER_TYPES, "H-nummer");
    static final KithCode FHN = new KithCode("FHN", PERSON_IDENTIFIER_TYPES, "Felles hjelpenummer");
    static final KithCode DUF = new KithCode("DUF", PERSON_IDENTIFIER_TYPES, "DUF-nummer");
    static final KithCode HPR = new KithCode("HPR", PERSON_IDENTIFIER_TYPES, "HPR-nummer");

    static final KithCode ENH = new KithCode("ENH", ORGANISATION_IDENTIFIER_TYPES,
            "Organisasjonsnummeret i Enhetsregisteret");
    static final KithCode HER = new KithCode("HER", ORGANISATION_IDENTIFIER_TYPES,
            "Identifikator fra Helsetjenesteenhetsregisteret (HER-id)");

    /** MsgInfo/Type of a sykmelding. */
    static final KithCode MESSAGE_TYPE_SYKMELDING = KithCode.simple("SYKMELD",
            "Medisinsk vurdering av arbeidsmulighet ved sykdom, sykmelding");
    /** Ack in MsgInfo: an application receipt (AppRec) is requested. */
    static final KithCode ACK_YES = KithCode.simple("J", "Ja");
    /** RefDoc/MsgType: the content is an XML instance. */
    static final KithCode REFDOC_XML = KithCode.simple("XML", "XML-instans");

    /** 8130 (HarArbeidsgiver): one employer. */
    static final KithCode ONE_EMPLOYER = KithCode.simple("1", "Én arbeidsgiver");
    /** 8130 (HarArbeidsgiver): no employer. */
    static final KithCode NO_EMPLOYER = KithCode.simple("3", "Ingen arbeidsgiver");

    /** 8133 medical reasons why activity is not possible: "other", the code that goes with a free-text reason. */
    static final KithCode MEDICAL_REASON_OTHER = KithCode.simple("9", "Annet");

    private KithCodes() {
    }

    /** Returns the 8116 identifier type of a patient identifier. */
    static KithCode personIdentifierType(PersonIdentifierType type) {
        return switch (type) {
            case FODSELSNUMMER -> FNR;
            case D_NUMBER -> DNR;
            case H_NUMBER -> HNR;
            case FELLES_HJELPENUMMER -> FHN;
            case DUF_NUMBER -> DUF;
        };
    }
}
