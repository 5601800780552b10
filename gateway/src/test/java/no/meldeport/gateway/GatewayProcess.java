package no.meldeport.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The gateway as a separate operating-system process started from the test classpath, for kill and restart tests. */
public final class GatewayProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private GatewayProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@link MeldeportMain} with the given variables on a free port and waits until {@code /health} is UP. */
    public static GatewayProcess start(Map<String, String> variables, int port, Path logFile) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), MeldeportMain.class.getName()));
        builder.environment().keySet().removeIf(name -> name.startsWith("MELDEPORT_"));
        builder.environment().putAll(variables);
        builder.environment().put("MELDEPORT_PORT", Integer.toString(port));
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        GatewayProcess gateway = new GatewayProcess(builder.start(), port);
        gateway.awaitHealthy(Duration.ofSeconds(60));
        return gateway;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Kills the process at once (SIGKILL): no shutdown hook, no clean close. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private void awaitHealthy(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The gateway process exited with " + process.exitValue());
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/health")).timeout(Duration.ofSeconds(1)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // The server is still starting.
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The gateway process did not become healthy within " + timeout);
    }

    /**
     * Sends SIGTERM and waits up to {@code timeout} for the process to exit; returns its exit code.
     *
     * @throws IllegalStateException when it is still running after the timeout (it is then killed)
     */
    public int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The gateway process did not stop within " + timeout + " after SIGTERM");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
