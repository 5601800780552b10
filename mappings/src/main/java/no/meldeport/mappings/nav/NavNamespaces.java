package no.meldeport.mappings.nav;

import no.meldeport.mappings.nav.KithXmlWriter.Namespace;

/** The XML namespaces of the KITH and NAV schemas a sykmelding message uses, with the prefixes Meldeport writes. */
final class NavNamespaces {

    /** KITH MsgHead 1.2, the message envelope, written as the default namespace. */
    static final Namespace MSGHEAD = new Namespace("", "http://www.kith.no/xmlstds/msghead/2006-05-24");
    /** NAV's sykmelding body, redeclared as the default namespace on {@code HelseOpplysningerArbeidsuforhet}. */
    static final Namespace HELSEOPPLYSNINGER_ARBEIDSUFORHET =
            new Namespace("", "http://www.kith.no/xmlstds/HelseOpplysningerArbeidsuforhet/2013-10-01");
    /** KITH felleskomponent1: the {@code Ident}, {@code Address} and {@code TeleCom} types of the body. */
    static final Namespace FELLESKOMPONENT1 = new Namespace("fk1", "http://www.kith.no/xmlstds/felleskomponent1");
    /** KITH AppRec 1.0, NAV's application receipt. */
    static final String APPREC = "http://www.kith.no/xmlstds/apprec/2004-11-21";

    private NavNamespaces() {
    }
}
