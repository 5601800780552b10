package no.meldeport.gateway.validation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import no.meldeport.gateway.reporttype.Check;
import no.meldeport.gateway.reporttype.CodePrefix;
import no.meldeport.gateway.reporttype.FieldCondition;
import no.meldeport.gateway.reporttype.FieldRule;
import no.meldeport.gateway.reporttype.ReportTypeDefinition;
import no.meldeport.gateway.reporttype.Requirement;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.MessageTexts;
import no.meldeport.model.Coding;

/**
 * Applies one {@link FieldRule} to a part or to the clinical context: first whether the field is present as the rule
 * requires, then, for a present value, its code system, allowed codes, integer range and content checks.
 */
final class RuleChecker {

    private final ValidationRun run;
    private final ContentChecks content;

    RuleChecker(ValidationRun run) {
        this.run = run;
        this.content = new ContentChecks(run);
    }

    /**
     * Applies the rule to {@code root}.
     *
     * @param sourceId the part's source id, or null when {@code root} is the clinical context
     * @param root the part or the clinical context, where the rule's model path starts
     * @param part the part whose own dates the checks compare with, or null for the clinical context
     */
    void apply(ReportTypeDefinition definition, FieldRule rule, String sourceId, Object root, Object part) {
        for (ModelPaths.FieldValue field : ModelPaths.values(root, rule.modelPath())) {
            if (isMissing(field.value())) {
                checkRequirement(definition, rule, sourceId, field);
                continue;
            }
            FieldContext context = new FieldContext(definition, rule, sourceId, field.path(), part);
            checkCodes(context, field.value());
            checkRange(context, field.value());
            for (Check check : rule.checks()) {
                content.apply(check, context, field.value(), field.parent());
            }
        }
    }

    /** The place of a present value, with the rule and definition that apply to it. */
    record FieldContext(ReportTypeDefinition definition, FieldRule rule, String sourceId, String path, Object part) {

        /** Returns a term argument for the field's label. */
        String label() {
            return MessageTexts.term(definition.labelKey(rule.path()));
        }
    }

    private void checkRequirement(ReportTypeDefinition definition, FieldRule rule, String sourceId,
            ModelPaths.FieldValue field) {
        String report = MessageTexts.term(definition.nameKey());
        String label = MessageTexts.term(definition.labelKey(rule.path()));
        Requirement requirement = rule.requirement();
        FieldCondition condition = rule.requiredWhen();
        if (condition != null && conditionHolds(condition, field.parent())) {
            requirement = Requirement.REQUIRED;
        }
        switch (requirement) {
            case REQUIRED -> run.issues().error(IssueMessage.FIELD_REQUIRED, sourceId, field.path(), null, report, label);
            case REQUIRED_UNLESS_IN_TOKEN -> {
                if (!run.tokenNamesHealthProfessional()) {
                    run.issues().error(IssueMessage.FIELD_REQUIRED, sourceId, field.path(), null, report, label);
                }
            }
            case RECOMMENDED ->
                    run.issues().warning(IssueMessage.FIELD_RECOMMENDED, sourceId, field.path(), null, report, label);
            case OPTIONAL -> {
                // Nothing to report: the field may be left out.
            }
        }
    }

    private static boolean conditionHolds(FieldCondition condition, Object parent) {
        Object sibling = ModelPaths.read(parent, condition.siblingField());
        return sibling != null && condition.value().equals(sibling.toString());
    }

    private void checkCodes(FieldContext context, Object value) {
        FieldRule rule = context.rule();
        if (rule.codeSystems().isEmpty() && rule.allowedCodes().isEmpty()) {
            return;
        }
        forEachCoding(context, value, (path, coding) -> {
            if (!rule.codeSystems().isEmpty() && !rule.codeSystems().contains(coding.system())) {
                run.issues().error(IssueMessage.CODE_NOT_ALLOWED, context.sourceId(), path + ".system",
                        coding.system(), coding.system(), String.join(", ", rule.codeSystems()));
                return;
            }
            if (!rule.allowedCodes().isEmpty()
                    && rule.allowedCodes().stream().noneMatch(allowed -> allowed.matches(coding.system(), coding.code()))) {
                String registry = context.definition().registry() == null
                        ? "Meldeport" : context.definition().registry().displayName();
                run.issues().error(IssueMessage.CODE_NOT_IN_VALUE_SET, context.sourceId(), path + ".code",
                        coding.code(), context.label(), coding.code(), registry, describe(rule.allowedCodes()));
            }
        });
    }

    private void checkRange(FieldContext context, Object value) {
        if (context.rule().range() == null || !(value instanceof Integer number)) {
            return;
        }
        if (!context.rule().range().contains(number)) {
            run.issues().error(IssueMessage.VALUE_OUT_OF_RANGE, context.sourceId(), context.path(),
                    number.toString(), context.label(), number.toString(),
                    Integer.toString(context.rule().range().min()), Integer.toString(context.rule().range().max()));
        }
    }

    /** Calls {@code action} for the coding, or for each coding of a list, with its concrete path. */
    static void forEachCoding(FieldContext context, Object value, BiConsumer<String, Coding> action) {
        if (value instanceof Coding coding) {
            action.accept(context.path(), coding);
        } else if (value instanceof List<?> list) {
            for (int index = 0; index < list.size(); index++) {
                if (list.get(index) instanceof Coding coding) {
                    action.accept(context.path() + "[" + index + "]", coding);
                }
            }
        }
    }

    /** Lists allowed codes by code system, for example "E10, E11 (ICD-10); T90 (ICPC-2)". */
    private static String describe(List<CodePrefix> codes) {
        return codes.stream()
                .collect(Collectors.groupingBy(CodePrefix::name, LinkedHashMap::new,
                        Collectors.mapping(CodePrefix::prefix, Collectors.joining(", "))))
                .entrySet().stream()
                .map(entry -> entry.getValue() + " (" + entry.getKey() + ")")
                .collect(Collectors.joining("; "));
    }

    static boolean isMissing(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof String text) {
            return text.isBlank();
        }
        return value instanceof Collection<?> collection && collection.isEmpty();
    }
}
