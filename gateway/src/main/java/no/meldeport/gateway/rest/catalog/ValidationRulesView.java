package no.meldeport.gateway.rest.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import no.meldeport.gateway.reporttype.FieldRule;
import no.meldeport.gateway.reporttype.ReportTypeDefinition;

/**
 * The validator's own definition of a report type, as the catalogue shows it: built from the same
 * {@link ReportTypeDefinition} the validator reads, so the published rules are the enforced ones. Field paths are
 * paths in the internal model ({@code periods.gradePercent}); the face-specific locations come with each error.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ValidationRulesView(
        String legalBasis,
        List<String> scopes,
        List<String> acceptedPatientIdentifiers,
        List<Rule> rules,
        List<Range> valueRanges,
        List<Order> dateOrders) {

    static ValidationRulesView of(ReportTypeDefinition definition, List<FieldRule> contextRules) {
        List<Rule> rules = new java.util.ArrayList<>();
        contextRules.forEach(rule -> rules.add(Rule.of("context." + rule.path(), rule)));
        definition.fields().forEach(rule -> rules.add(Rule.of(rule.path(), rule)));
        return new ValidationRulesView(
                definition.legalBasis(),
                definition.scopes(),
                definition.acceptedPatientIdentifiers().stream().map(type -> type.name()).sorted().toList(),
                rules,
                definition.valueRanges().stream()
                        .map(range -> new Range(range.code(), range.systems(), range.unit(), range.possibleMin(),
                                range.possibleMax(), range.usualMin(), range.usualMax(), range.required()))
                        .toList(),
                definition.dateOrders().stream()
                        .map(order -> new Order(order.earlier(), order.later(), order.blocking()))
                        .toList());
    }

    /** One field: how much the registry needs it, and what a value must satisfy. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Rule(
            String path,
            String requirement,
            String requiredWhen,
            List<String> codeSystems,
            List<String> allowedCodes,
            Integer min,
            Integer max,
            List<String> checks) {

        static Rule of(String path, FieldRule rule) {
            return new Rule(
                    path,
                    rule.requirement().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    rule.requiredWhen() == null ? null
                            : rule.requiredWhen().siblingField() + "=" + rule.requiredWhen().value(),
                    rule.codeSystems(),
                    rule.allowedCodes().stream().map(code -> code.prefix() + "*").toList(),
                    rule.range() == null ? null : rule.range().min(),
                    rule.range() == null ? null : rule.range().max(),
                    rule.checks().stream().map(check -> check.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                            .sorted().toList());
        }
    }

    /** A measurement's plausible values: outside possible is an error, outside usual a warning. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Range(String code, List<String> systems, String unit, BigDecimal possibleMin,
            BigDecimal possibleMax, BigDecimal usualMin, BigDecimal usualMax, boolean required) {
    }

    /** Two dates that must come in this order; a non-blocking order only warns. */
    public record Order(String earlier, String later, boolean blocking) {
    }
}
