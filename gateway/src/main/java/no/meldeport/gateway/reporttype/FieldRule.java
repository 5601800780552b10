package no.meldeport.gateway.reporttype;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rule for one field of a report type, on the internal model.
 *
 * <p>{@code path} names the field by its record components from the part (for example {@code occurrence},
 * {@code periods.gradePercent}), or from the shared clinical context when it starts with {@value #CONTEXT_PREFIX}
 * (for example {@code context.patient.identifier}). A path through a list applies to each element, and a rule on a
 * nested field applies only when its parent is present. The field's label is the message key
 * {@code field.<part>.<path>}.
 *
 * @param requirement how much the report type needs the field
 * @param requiredWhen when set, the field is required only if this condition holds, and optional otherwise
 * @param codeSystems for a coded field, the code-system URIs allowed; empty for any
 * @param allowedCodes for a coded field, the codes allowed; empty for any code of an allowed system
 * @param range for an integer field, the allowed values; null for any
 * @param checks the content checks that apply to the field's value when it is present
 */
public record FieldRule(
        String path,
        Requirement requirement,
        FieldCondition requiredWhen,
        List<String> codeSystems,
        List<CodePrefix> allowedCodes,
        IntegerRange range,
        Set<Check> checks) {

    /** The path prefix of fields of the shared clinical context. */
    public static final String CONTEXT_PREFIX = "context.";

    public FieldRule {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(requirement, "requirement");
        codeSystems = List.copyOf(codeSystems);
        allowedCodes = List.copyOf(allowedCodes);
        checks = checks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(checks));
    }

    public static FieldRule required(String path) {
        return of(path, Requirement.REQUIRED);
    }

    public static FieldRule recommended(String path) {
        return of(path, Requirement.RECOMMENDED);
    }

    public static FieldRule optional(String path) {
        return of(path, Requirement.OPTIONAL);
    }

    public static FieldRule of(String path, Requirement requirement) {
        return new FieldRule(path, requirement, null, List.of(), List.of(), null, Set.of());
    }

    /** Returns a copy that is required only when the sibling field has the value. */
    public FieldRule requiredWhen(String siblingField, String value) {
        return new FieldRule(path, Requirement.OPTIONAL, new FieldCondition(siblingField, value), codeSystems,
                allowedCodes, range, checks);
    }

    /** Returns a copy that accepts codings from these code systems only. */
    public FieldRule codeSystems(String... systems) {
        return new FieldRule(path, requirement, requiredWhen, List.of(systems), allowedCodes, range, checks);
    }

    /** Returns a copy that accepts these codes only. */
    public FieldRule allowedCodes(CodePrefix... codes) {
        return new FieldRule(path, requirement, requiredWhen, codeSystems, List.of(codes), range, checks);
    }

    /** Returns a copy whose integer value must lie in the range. */
    public FieldRule range(int min, int max) {
        return new FieldRule(path, requirement, requiredWhen, codeSystems, allowedCodes, new IntegerRange(min, max),
                checks);
    }

    /** Returns a copy with these content checks added. */
    public FieldRule checks(Check... added) {
        Set<Check> all = EnumSet.noneOf(Check.class);
        all.addAll(checks);
        all.addAll(List.of(added));
        return new FieldRule(path, requirement, requiredWhen, codeSystems, allowedCodes, range, all);
    }

    /** Reports whether the field belongs to the shared clinical context rather than to the part. */
    public boolean isContextField() {
        return path.startsWith(CONTEXT_PREFIX);
    }

    /** Returns the path below the part or below the clinical context, without {@value #CONTEXT_PREFIX}. */
    public String modelPath() {
        return isContextField() ? path.substring(CONTEXT_PREFIX.length()) : path;
    }
}
