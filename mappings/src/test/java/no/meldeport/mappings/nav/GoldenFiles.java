package no.meldeport.mappings.nav;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The expected NAV messages under {@code golden/nav/} on the test class path. Run the tests with
 * {@code -Dmeldeport.golden.update=true} to rewrite them in the source folder from the mapper's current output, and
 * review the diff before committing.
 */
final class GoldenFiles {

    static final String UPDATE_PROPERTY = "meldeport.golden.update";

    private static final String CLASS_PATH_FOLDER = "/golden/nav/";
    private static final String EXTENSION = ".xml";

    private GoldenFiles() {
    }

    static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    static String read(String name) {
        String resource = CLASS_PATH_FOLDER + name + EXTENSION;
        try (InputStream input = GoldenFiles.class.getResourceAsStream(resource)) {
            if (input == null) {
                throw new IllegalStateException("Golden file " + resource + " not found on the test class path."
                        + " Create it by running the tests with -D" + UPDATE_PROPERTY + "=true");
            }
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(String name, String xml) {
        Path file = NavTestPaths.goldenSourceDirectory().resolve(name + EXTENSION);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, xml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
