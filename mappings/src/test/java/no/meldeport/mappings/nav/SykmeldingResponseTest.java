package no.meldeport.mappings.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.meldeport.model.RegistryResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading NAV's KITH AppRec 1.0 responses to a sykmelding. */
class SykmeldingResponseTest {

    private static final String XML_TYPE = "application/xml";
    private static final String ORIGINAL_MSG_ID = "0b6c6a52-3d2f-4a0e-9a57-1f2e3d4c5b01";
    private static final String RECEIPT_ID = "NAV-5f0c3a1e-8d4b-4c2a-9e7f-6b5a4c3d2e1f";

    private final SykmeldingMapper mapper = new SykmeldingMapper(NavTestEnvelopes.SYSTEM_VERSION);

    @Test
    void statusOkIsAcceptedWithAppRecId() {
        String body = appRec(RECEIPT_ID, "<Status V=\"1\" DN=\"OK\"/>");

        RegistryResponse response = mapper.readResponse(200, XML_TYPE, body);

        assertThat(response).isEqualTo(new RegistryResponse.Accepted(RECEIPT_ID));
    }

    @Test
    void statusOkWithNamespacePrefixIsAccepted() {
        String body = """
                <?xml version="1.0" encoding="UTF-8"?>
                <ar:AppRec xmlns:ar="http://www.kith.no/xmlstds/apprec/2004-11-21">
                  <ar:MsgType V="APPREC"/>
                  <ar:MIGversion>v1.0 2004-11-21</ar:MIGversion>
                  <ar:GenDate>2025-03-14T10:30:05</ar:GenDate>
                  <ar:Id>%s</ar:Id>
                  <ar:Status V="1" DN="OK"/>
                  <ar:OriginalMsgId><ar:MsgType V="SYKMELD"/><ar:IssueDate>2025-03-14T10:30:00</ar:IssueDate>
                    <ar:Id>%s</ar:Id></ar:OriginalMsgId>
                </ar:AppRec>
                """.formatted(RECEIPT_ID, ORIGINAL_MSG_ID);

        RegistryResponse response = mapper.readResponse(200, XML_TYPE, body);

        assertThat(response).isEqualTo(new RegistryResponse.Accepted(RECEIPT_ID));
    }

    @Test
    void statusRejectedGivesFirstCodeAndAllTexts() {
        String body = appRec("NAV-e1", """
                <Status V="2" DN="Avvist"/>
                <Error V="X99" S="2.16.578.1.12.4.1.1.8221" DN="Pasienten er ikke registrert i folkeregisteret"/>
                <Error V="E10" S="2.16.578.1.12.4.1.1.8221" DN="Perioden mangler"/>
                """);

        RegistryResponse response = mapper.readResponse(400, XML_TYPE, body);

        assertThat(response).isEqualTo(new RegistryResponse.Rejected("X99",
                "Pasienten er ikke registrert i folkeregisteret; Perioden mangler"));
    }

    @Test
    void statusRejectedWithoutErrorIsUnreadable() {
        String body = appRec("NAV-e2", "<Status V=\"2\" DN=\"Avvist\"/>");

        RegistryResponse response = mapper.readResponse(400, XML_TYPE, body);

        assertThat(response).isInstanceOf(RegistryResponse.Unreadable.class);
    }

    @Test
    void statusOkWithoutIdIsUnreadable() {
        String body = appRec("", "<Status V=\"1\" DN=\"OK\"/>");

        RegistryResponse response = mapper.readResponse(200, XML_TYPE, body);

        assertThat(response).isInstanceOf(RegistryResponse.Unreadable.class);
    }

    @Test
    void partlyAcceptedStatusIsUnreadable() {
        String body = appRec("NAV-e3", "<Status V=\"3\" DN=\"Delvis OK\"/>");

        RegistryResponse response = mapper.readResponse(200, XML_TYPE, body);

        assertThat(response).isInstanceOf(RegistryResponse.Unreadable.class);
    }

    @Test
    void statusContradictingHttpStatusIsUnreadable() {
        String rejected = appRec("NAV-e4", "<Status V=\"2\" DN=\"Avvist\"/><Error V=\"X99\" DN=\"Feil\"/>");
        String accepted = appRec(RECEIPT_ID, "<Status V=\"1\" DN=\"OK\"/>");

        RegistryResponse rejectedIn200 = mapper.readResponse(200, XML_TYPE, rejected);
        RegistryResponse acceptedIn400 = mapper.readResponse(400, XML_TYPE, accepted);

        assertThat(rejectedIn200).isInstanceOf(RegistryResponse.Unreadable.class);
        assertThat(acceptedIn400).isInstanceOf(RegistryResponse.Unreadable.class);
    }

    @Test
    void otherAppRecVersionIsUnreadable() {
        String body = appRec(RECEIPT_ID, "<Status V=\"1\" DN=\"OK\"/>")
                .replace("apprec/2004-11-21", "apprec/2012-02-15");

        RegistryResponse response = mapper.readResponse(200, XML_TYPE, body);

        assertThat(response).isInstanceOf(RegistryResponse.Unreadable.class);
    }

    @Test
    void nonXmlBodyIsUnreadable() {
        RegistryResponse response = mapper.readResponse(400, "text/html", "<html><body>Bad Request");

        assertThat(response).isInstanceOf(RegistryResponse.Unreadable.class);
    }

    @Test
    void emptyBodyIsUnreadable() {
        assertThat(mapper.readResponse(200, null, "")).isInstanceOf(RegistryResponse.Unreadable.class);
        assertThat(mapper.readResponse(200, null, null)).isInstanceOf(RegistryResponse.Unreadable.class);
    }

    @Test
    void doctypeWithExternalEntityIsUnreadable(@TempDir Path directory) throws IOException {
        String secret = "file-content-that-must-stay-unread";
        Path file = Files.writeString(directory.resolve("secret.txt"), secret);
        String body = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE AppRec [ <!ENTITY leak SYSTEM "%s"> ]>
                """.formatted(file.toUri())
                + appRec("NAV-e5", "<Status V=\"2\" DN=\"Avvist\"/><Error V=\"X99\" DN=\"&leak;\"/>")
                        .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "");

        RegistryResponse response = mapper.readResponse(400, XML_TYPE, body);

        assertThat(response).isInstanceOf(RegistryResponse.Unreadable.class);
        assertThat(((RegistryResponse.Unreadable) response).detail()).doesNotContain(secret);
    }

    @Test
    void doctypeWithNestedInternalEntitiesIsUnreadable() {
        String body = """
                <?xml version="1.0"?>
                <!DOCTYPE AppRec [
                  <!ENTITY a "aaaaaaaaaaaaaaaaaaaa">
                  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
                ]>
                <AppRec xmlns="http://www.kith.no/xmlstds/apprec/2004-11-21"><Id>&c;</Id><Status V="1"/></AppRec>
                """;

        RegistryResponse response = mapper.readResponse(200, XML_TYPE, body);

        assertThat(response).isInstanceOf(RegistryResponse.Unreadable.class);
    }

    @Test
    void xincludeIsNotProcessed(@TempDir Path directory) throws IOException {
        String secret = "NAV-from-included-file";
        Path file = Files.writeString(directory.resolve("id.txt"), secret);
        String body = """
                <AppRec xmlns="http://www.kith.no/xmlstds/apprec/2004-11-21"
                        xmlns:xi="http://www.w3.org/2001/XInclude">
                  <Id><xi:include href="%s" parse="text"/></Id>
                  <Status V="1" DN="OK"/>
                </AppRec>
                """.formatted(file.toUri());

        RegistryResponse response = mapper.readResponse(200, XML_TYPE, body);

        assertThat(response).isInstanceOf(RegistryResponse.Unreadable.class);
        assertThat(response.toString()).doesNotContain(secret);
    }

    /** Returns an AppRec 1.0 response to the sykmelding with the given {@code Id} and status elements. */
    private static String appRec(String id, String statusElements) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <AppRec xmlns="http://www.kith.no/xmlstds/apprec/2004-11-21">
                  <MsgType V="APPREC" DN="Applikasjonskvittering"/>
                  <MIGversion>v1.0 2004-11-21</MIGversion>
                  <GenDate>2025-03-14T10:30:05</GenDate>
                  <Id>%s</Id>
                  <Sender><Role V="SENDER"/><HCP><Inst><Name>NAV</Name><Id>79768</Id></Inst></HCP></Sender>
                  <Receiver><HCP><Inst><Name>Fjordbyen legesenter</Name><Id>8094866</Id></Inst></HCP></Receiver>
                  %s
                  <OriginalMsgId>
                    <MsgType V="SYKMELD" DN="Medisinsk vurdering av arbeidsmulighet ved sykdom, sykmelding"/>
                    <IssueDate>2025-03-14T10:30:00</IssueDate>
                    <Id>%s</Id>
                  </OriginalMsgId>
                </AppRec>
                """.formatted(id, statusElements, ORIGINAL_MSG_ID);
    }
}
