package no.meldeport.mappings.nav;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the folders the NAV tests read and write outside the class path: the NAV XSDs, which live beside the
 * repository in {@code ../shared/schemas/nav/} and are never copied into it, and the golden files' source folder.
 */
final class NavTestPaths {

    /** The surefire system property with the repository root. */
    static final String REPO_ROOT_PROPERTY = "meldeport.repo.root";

    private static final Path SCHEMAS_FROM_REPO_ROOT = Path.of("..", "shared", "schemas", "nav");
    private static final Path GOLDEN_FROM_REPO_ROOT = Path.of("mappings", "src", "test", "resources", "golden", "nav");

    private NavTestPaths() {
    }

    /**
     * Returns {@code ../shared/schemas/nav} from the repository root that {@value #REPO_ROOT_PROPERTY} names, or, when
     * the property is unset or that folder is missing, from the nearest ancestor of the working directory that has
     * it.
     */
    static Path navSchemaDirectory() {
        String repoRoot = System.getProperty(REPO_ROOT_PROPERTY);
        if (repoRoot != null && !repoRoot.isBlank()) {
            Path candidate = Path.of(repoRoot).resolve(SCHEMAS_FROM_REPO_ROOT).toAbsolutePath().normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        for (Path directory = workingDirectory(); directory != null; directory = directory.getParent()) {
            Path candidate = directory.resolve(SCHEMAS_FROM_REPO_ROOT).normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("NAV XSD folder not found: looked for " + SCHEMAS_FROM_REPO_ROOT
                + " from the repository root (system property " + REPO_ROOT_PROPERTY + "=" + repoRoot
                + ") and from every ancestor of " + workingDirectory());
    }

    /**
     * Returns the source folder of the golden files, for regenerating them: below the repository root that
     * {@value #REPO_ROOT_PROPERTY} names, or below the nearest ancestor of the working directory that has it.
     */
    static Path goldenSourceDirectory() {
        String repoRoot = System.getProperty(REPO_ROOT_PROPERTY);
        if (repoRoot != null && !repoRoot.isBlank()) {
            Path candidate = Path.of(repoRoot).resolve(GOLDEN_FROM_REPO_ROOT).toAbsolutePath().normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        for (Path directory = workingDirectory(); directory != null; directory = directory.getParent()) {
            if (Files.isDirectory(directory.resolve(GOLDEN_FROM_REPO_ROOT))) {
                return directory.resolve(GOLDEN_FROM_REPO_ROOT);
            }
        }
        throw new IllegalStateException("Golden file folder " + GOLDEN_FROM_REPO_ROOT + " not found from "
                + workingDirectory() + "; set the system property " + REPO_ROOT_PROPERTY);
    }

    private static Path workingDirectory() {
        return Path.of("").toAbsolutePath();
    }
}
