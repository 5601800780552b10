package no.meldeport.gateway.reporttype;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/report-types.md} lists every rule of the catalogue: each field with its requirement under its report
 * type (or under the shared rules), and each measurement with its unit and possible range. When a definition changes,
 * this test points at the doc row to change with it.
 */
class ReportTypesDocTest {

    private static final String SHARED_HEADING = "### Rules every report type shares";

    private final ReportTypeCatalog catalog = ReportTypeCatalog.standard();
    private final String doc = read();

    @Test
    void everyFieldRuleIsDocumented() {
        for (ReportTypeDefinition definition : catalog.all()) {
            for (FieldRule rule : definition.fields()) {
                boolean shared = catalog.contextRules().contains(rule);
                String section = shared ? section(SHARED_HEADING) : section("### Rules of `" + definition.code() + "`");
                String row = row(section, "`" + rule.path() + "`");

                assertThat(row).as(definition.code() + " " + rule.path()).isNotNull();
                assertThat(row).as(definition.code() + " " + rule.path()).contains(requirement(rule));
            }
        }
    }

    @Test
    void everyValueRangeIsDocumented() {
        for (ReportTypeDefinition definition : catalog.all()) {
            for (ValueRange range : definition.valueRanges()) {
                String row = row(section("### Rules of `" + definition.code() + "`"), "`" + range.code() + "`");

                assertThat(row).as(range.code()).isNotNull();
                if (range.isChecked()) {
                    assertThat(row).as(range.code()).contains("`" + range.unit() + "`")
                            .contains(range.possibleMin().toPlainString() + "–" + range.possibleMax().toPlainString())
                            .contains(range.usualMin().toPlainString() + "–" + range.usualMax().toPlainString());
                }
                if (range.required()) {
                    assertThat(row).as(range.code()).contains("required");
                }
            }
        }
    }

    @Test
    void everyDefinitionNamesScopeAndLegalBasis() {
        for (ReportTypeDefinition definition : catalog.all()) {
            if (definition.registry() == null) {
                continue;
            }
            String section = section("### Rules of `" + definition.code() + "`");
            String flowing = section.replaceAll("\\s+", " ");

            assertThat(section).contains("`" + definition.scopes().get(0) + "`");
            assertThat(flowing).as(definition.code()).contains(definition.legalBasis().replaceAll("\\s+", " ")
                    .replace("med reservasjonsrett", "with the right to opt out"));
        }
    }

    private static String requirement(FieldRule rule) {
        if (rule.requiredWhen() != null) {
            return "required when";
        }
        return switch (rule.requirement()) {
            case REQUIRED -> "| required |";
            case REQUIRED_UNLESS_IN_TOKEN -> "required unless";
            case RECOMMENDED -> "recommended";
            case OPTIONAL -> "optional";
        };
    }

    /** Returns the text from the heading to the next heading of the same or a higher level. */
    private String section(String heading) {
        int start = doc.indexOf(heading);
        assertThat(start).as("heading " + heading).isNotNegative();
        int end = doc.indexOf("\n## ", start + heading.length());
        int nextSection = doc.indexOf("\n### ", start + heading.length());
        if (nextSection >= 0 && (end < 0 || nextSection < end)) {
            end = nextSection;
        }
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    /** Returns the first table row of the section whose first cell names {@code code}, or null. */
    private static String row(String section, String code) {
        List<String> rows = section.lines().filter(line -> line.startsWith("| ")).toList();
        for (String line : rows) {
            String firstCell = line.substring(2, line.indexOf(" |", 2));
            for (String name : firstCell.split(", ")) {
                if (name.equals(code) || name.startsWith(code + " ")) {
                    return line;
                }
            }
        }
        return null;
    }

    private static String read() {
        Path root = Path.of(System.getProperty("meldeport.repo.root", ".."));
        try {
            return Files.readString(root.resolve("docs/report-types.md"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read docs/report-types.md below " + root.toAbsolutePath(), e);
        }
    }
}
