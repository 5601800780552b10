package no.meldeport.gateway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./meldeport demo} delivers every sample and then submits every sample a second time: the second round
 * gets 200 with the first submission ids, and the registry simulators count no new request.
 */
class DemoRunTest {

    @TempDir
    Path dataDir;

    @Test
    void demoDeliversOnceAndResubmissionDeliversNothing() throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        int exitCode = DemoMain.run(Map.of("MELDEPORT_DATA_DIR", dataDir.toString()),
                new PrintStream(output, true, StandardCharsets.UTF_8));

        String printed = output.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).as(printed).isZero();
        assertThat(printed).contains("same submission ids, no new registry requests");
        assertThat(printed).contains("Demo OK.");
    }
}
