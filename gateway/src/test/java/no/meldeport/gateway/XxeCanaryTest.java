package no.meldeport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import no.meldeport.fixtures.samples.Samples;
import no.meldeport.gateway.security.DevClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No XML payload makes the gateway read a file or fetch a URL. Three canaries watch. A WireMock server on the loopback
 * interface must receive no request. A named pipe (FIFO) has a writer waiting on it, which notices when anyone opens
 * the pipe for reading. A plain file's content must appear in no response. Each payload goes to both
 * {@code $process-message} and {@code $validate}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class XxeCanaryTest {

    private static final String CANARY = "CANARY-3b9d7c1f-must-never-leak";

    @TempDir
    static Path dir;

    private RunningGateway running;
    private String token;
    private WireMockServer canaryServer;
    private Path canaryFile;
    private Path canaryPipe;
    private final AtomicBoolean pipeOpenedByGateway = new AtomicBoolean();
    private final AtomicBoolean closing = new AtomicBoolean();
    private Thread pipeWatcher;

    @BeforeAll
    void start() throws Exception {
        canaryServer = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        canaryServer.start();
        canaryServer.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.ok(CANARY)));
        canaryFile = dir.resolve("canary.txt");
        Files.writeString(canaryFile, CANARY);
        canaryPipe = dir.resolve("canary.pipe");
        watchPipe();
        running = RunningGateway.start(dir.resolve("gateway"));
        token = running.token(DevClients.GP_OFFICE, "meldeport:sysvak meldeport:msis meldeport:noklus meldeport:nav");
    }

    @AfterAll
    void stop() throws Exception {
        running.close();
        canaryServer.stop();
        releasePipeWatcher();
    }

    Stream<Arguments> payloads() throws IOException {
        String url = "http://127.0.0.1:" + canaryServer.port() + "/canary";
        String file = canaryFile.toUri().toString();
        String pipe = canaryPipe.toUri().toString();
        // The sample with Bundle.type collection, so a payload that got past every guard would still be rejected.
        String sample = Samples.byName("vaccination-d-number").text()
                .replace("<type value=\"message\"/>", "<type value=\"collection\"/>");
        String body = sample.substring(sample.indexOf("?>") + 2);
        String declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        String lot = "<lotNumber value=\"GH7302\"/>";
        return Stream.of(
                Arguments.of("entity reads file", declaration + "<!DOCTYPE Bundle [<!ENTITY c SYSTEM \"" + file + "\">]>"
                        + body.replace(lot, "<lotNumber value=\"&c;\"/>")),
                Arguments.of("entity reads pipe", declaration + "<!DOCTYPE Bundle [<!ENTITY c SYSTEM \"" + pipe + "\">]>"
                        + body.replace(lot, "<lotNumber value=\"&c;\"/>")),
                Arguments.of("entity fetches URL", declaration + "<!DOCTYPE Bundle [<!ENTITY c SYSTEM \"" + url + "\">]>"
                        + body.replace(lot, "<lotNumber value=\"&c;\"/>")),
                Arguments.of("entity in attribute", declaration + "<!DOCTYPE Bundle [<!ENTITY c SYSTEM \"" + file
                        + "\">]>" + body.replace("<type value=\"collection\"/>", "<type value=\"&c;\"/>")),
                Arguments.of("external DTD", declaration + "<!DOCTYPE Bundle SYSTEM \"" + url + "\">" + body),
                Arguments.of("public DTD", declaration + "<!DOCTYPE Bundle PUBLIC \"-//X//Y//EN\" \"" + url + "\">"
                        + body),
                Arguments.of("parameter entity", declaration + "<!DOCTYPE Bundle [<!ENTITY % r SYSTEM \"" + url
                        + "\"> %r;]>" + body),
                Arguments.of("parameter entity from pipe", declaration + "<!DOCTYPE Bundle [<!ENTITY % r SYSTEM \""
                        + pipe + "\"> %r;]>" + body),
                Arguments.of("XInclude", declaration + body.replace(lot, lot
                        + "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + file
                        + "\" parse=\"text\"/><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + url
                        + "\" parse=\"text\"/>")),
                Arguments.of("stylesheet instruction", declaration + "<?xml-stylesheet type=\"text/xsl\" href=\"" + url
                        + "\"?>" + body),
                Arguments.of("schema location", declaration + body.replaceFirst("<Bundle xmlns=\"http://hl7.org/fhir\"",
                        "<Bundle xmlns=\"http://hl7.org/fhir\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                                + " xsi:schemaLocation=\"http://hl7.org/fhir " + url + "\"")));
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void payloadReadsNoFileAndFetchesNoUrl(String name, String payload) throws Exception {
        long submissions = running.countRows("submission");

        List<HttpResponse<String>> responses = List.of(
                running.post("/fhir/$process-message", token, "application/fhir+xml",
                        payload.getBytes(StandardCharsets.UTF_8), Map.of()),
                running.post("/fhir/$validate", token, "application/fhir+xml",
                        payload.getBytes(StandardCharsets.UTF_8), Map.of()));

        for (HttpResponse<String> response : responses) {
            assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
            assertThat(response.body()).contains("OperationOutcome").doesNotContain(CANARY);
        }
        assertThat(canaryServer.getAllServeEvents()).as("requests to the canary URL").isEmpty();
        assertThat(pipeOpenedByGateway).as("the canary pipe was opened").isFalse();
        assertThat(running.countRows("submission")).isEqualTo(submissions);
    }

    /** Proves the canaries would notice: runs last, because it trips both. */
    @Order(2)
    @Test
    void canariesNoticeAccess() throws Exception {
        try (InputStream in = Files.newInputStream(canaryPipe)) {
            in.readAllBytes();
        }
        pipeWatcher.join(Duration.ofSeconds(5).toMillis());
        HttpResponse<String> fetched = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + canaryServer.port() + "/canary")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(pipeOpenedByGateway).isTrue();
        assertThat(fetched.body()).isEqualTo(CANARY);
        assertThat(canaryServer.getAllServeEvents()).hasSize(1);
    }

    /**
     * Creates the canary pipe and a thread that opens it for writing, which blocks until someone opens it for reading.
     * Only the gateway or this test's own release can do that.
     */
    private void watchPipe() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", canaryPipe.toString()).start();
        if (!mkfifo.waitFor(5, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
            throw new IllegalStateException("mkfifo failed; the pipe canary needs a POSIX system");
        }
        pipeWatcher = new Thread(() -> {
            try (OutputStream out = new FileOutputStream(canaryPipe.toFile())) {
                if (!closing.get()) {
                    pipeOpenedByGateway.set(true);
                }
                out.write(CANARY.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The reader went away; what matters is whether the open succeeded, recorded above.
            }
        }, "canary-pipe-watcher");
        pipeWatcher.setDaemon(true);
        pipeWatcher.start();
    }

    /** Opens the pipe for reading so the watcher's open returns, marked as this test's own doing. */
    private void releasePipeWatcher() throws Exception {
        if (!pipeWatcher.isAlive()) {
            return;
        }
        closing.set(true);
        try (InputStream in = Files.newInputStream(canaryPipe)) {
            in.readAllBytes();
        }
        pipeWatcher.join(Duration.ofSeconds(5).toMillis());
    }
}
