package no.meldeport.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renders a page in a real headless Chromium (Debian's {@code chromium} package) and returns the DOM after its
 * scripts ran. The flags keep Chromium off the network except for the page's own loopback address.
 */
public final class HeadlessChromium {

    /** Where Debian installs Chromium; {@code CHROMIUM} in the environment overrides it. */
    static final String DEFAULT_BINARY = "/usr/bin/chromium";

    private HeadlessChromium() {
    }

    /** Loads {@code url}, lets its scripts run for up to {@code budgetMillis} of virtual time and returns the DOM. */
    public static String renderedDom(String url, int budgetMillis, Path workDir) throws IOException, InterruptedException {
        return renderedDom(url, budgetMillis, workDir, "en-US");
    }

    /** Renders as {@link #renderedDom(String, int, Path)} with the browser's {@code Accept-Language} set to {@code language}. */
    public static String renderedDom(String url, int budgetMillis, Path workDir, String language)
            throws IOException, InterruptedException {
        String binary = System.getenv().getOrDefault("CHROMIUM", DEFAULT_BINARY);
        if (!Files.isExecutable(Path.of(binary))) {
            throw new IllegalStateException("Chromium not found at " + binary
                    + "; install Debian's chromium package (see README) or set CHROMIUM");
        }
        Path profile = Files.createTempDirectory(workDir, "chromium-profile");
        Path output = workDir.resolve("dom-" + System.nanoTime() + ".html");
        Process process = new ProcessBuilder(List.of(binary,
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions",
                "--user-data-dir=" + profile,
                "--lang=" + language, "--accept-lang=" + language,
                "--virtual-time-budget=" + budgetMillis,
                "--dump-dom", url))
                .redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Chromium did not finish rendering " + url + " within 60 s");
        }
        return Files.readString(output, StandardCharsets.UTF_8);
    }
}
