package no.meldeport.mappings.msis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.meldeport.mappings.RegistryCodes;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.NotifiableDisease;
import no.meldeport.model.NotifiableDiseaseCatalog;

/**
 * The table of diseases that a physician must notify to MSIS, keyed by ICD-10 and ICPC-2 code. The table is data in
 * {@value #RESOURCE} next to this class, which also explains which codes are left out and why.
 *
 * <p>Codes are compared without dots, spaces and case, because Norwegian systems write ICD-10 codes both as
 * {@code A04.5} and as {@code A045}. An ICD-10 code matches its own row first, then the row of its three-character
 * category, so {@code A02.1} finds salmonellosis under {@code A02}, while {@code B17.0} finds nothing because only
 * {@code B17.1} and {@code B17.2} are in the table. ICPC-2 codes match exactly.
 */
public final class NotifiableDiseases implements NotifiableDiseaseCatalog {

    static final String RESOURCE = "notifiable-diseases.csv";

    private static final String COLUMN_SEPARATOR = ";";
    private static final int COLUMNS = 4;
    private static final int ICD10_CATEGORY_LENGTH = 3;
    private static final Set<String> MSIS_GROUPS = Set.of("A", "B", "C");

    private static final NotifiableDiseases STANDARD = loadResource();

    private final Map<String, NotifiableDisease> icd10;
    private final Map<String, NotifiableDisease> icpc2;

    private NotifiableDiseases(Map<String, NotifiableDisease> icd10, Map<String, NotifiableDisease> icpc2) {
        this.icd10 = Map.copyOf(icd10);
        this.icpc2 = Map.copyOf(icpc2);
    }

    /** Returns the table shipped with Meldeport, loaded once. */
    public static NotifiableDiseases standard() {
        return STANDARD;
    }

    /**
     * Finds the notifiable disease that a diagnosis names, or empty when the diagnosis is not notifiable or is coded
     * in a system other than ICD-10 or ICPC-2. Both the OID and the hl7.org URI of each code system are accepted.
     */
    public Optional<NotifiableDisease> lookup(Coding diagnosis) {
        String code = normalise(diagnosis.code());
        if (CodeSystems.isIcd10(diagnosis.system())) {
            return lookupIcd10(code);
        }
        if (CodeSystems.isIcpc2(diagnosis.system())) {
            return Optional.ofNullable(icpc2.get(code));
        }
        return Optional.empty();
    }

    /** Same as {@link #lookup(Coding)}, under the name of the {@link NotifiableDiseaseCatalog} interface. */
    @Override
    public Optional<NotifiableDisease> find(Coding diagnosis) {
        return lookup(diagnosis);
    }

    /** Returns how many codes the table holds, ICD-10 and ICPC-2 together. */
    public int size() {
        return icd10.size() + icpc2.size();
    }

    private Optional<NotifiableDisease> lookupIcd10(String code) {
        NotifiableDisease exact = icd10.get(code);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (code.length() > ICD10_CATEGORY_LENGTH) {
            return Optional.ofNullable(icd10.get(code.substring(0, ICD10_CATEGORY_LENGTH)));
        }
        return Optional.empty();
    }

    private static String normalise(String code) {
        return code.replace(".", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static NotifiableDiseases loadResource() {
        try (InputStream in = NotifiableDiseases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + RESOURCE + " is missing from the classpath next to "
                        + NotifiableDiseases.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    /**
     * Parses the table's lines. Blank lines and lines starting with {@code #} are skipped.
     *
     * @throws IllegalArgumentException naming the line number when a line is malformed or a code appears twice
     */
    static NotifiableDiseases parse(List<String> lines) {
        Map<String, NotifiableDisease> icd10 = new HashMap<>();
        Map<String, NotifiableDisease> icpc2 = new HashMap<>();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int lineNumber = index + 1;
            String[] columns = line.split(COLUMN_SEPARATOR, -1);
            if (columns.length != COLUMNS) {
                throw invalidLine(lineNumber, "has " + columns.length + " columns; expected " + COLUMNS
                        + ": code system;code;disease;group");
            }
            String codeSystem = columns[0].strip();
            String code = normalise(columns[1].strip());
            String disease = columns[2].strip();
            String group = columns[3].strip();
            if (code.isEmpty() || disease.isEmpty()) {
                throw invalidLine(lineNumber, "has an empty code or disease name");
            }
            if (!MSIS_GROUPS.contains(group)) {
                throw invalidLine(lineNumber, "has MSIS group '" + group + "'; expected A, B or C");
            }
            Map<String, NotifiableDisease> target = switch (codeSystem) {
                case RegistryCodes.ICD10 -> icd10;
                case RegistryCodes.ICPC2 -> icpc2;
                default -> throw invalidLine(lineNumber, "has code system '" + codeSystem
                        + "'; expected " + RegistryCodes.ICD10 + " or " + RegistryCodes.ICPC2);
            };
            if (target.putIfAbsent(code, new NotifiableDisease(disease, group)) != null) {
                throw invalidLine(lineNumber, "repeats " + codeSystem + " code " + columns[1].strip());
            }
        }
        return new NotifiableDiseases(icd10, icpc2);
    }

    private static IllegalArgumentException invalidLine(int lineNumber, String problem) {
        return new IllegalArgumentException("Invalid notifiable-disease table: line " + lineNumber + " " + problem);
    }
}
