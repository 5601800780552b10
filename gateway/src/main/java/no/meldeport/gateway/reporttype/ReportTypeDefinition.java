package no.meldeport.gateway.reporttype;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.meldeport.model.PersonIdentifierType;
import no.meldeport.model.Registry;
import no.meldeport.model.ReportContent;
import no.meldeport.model.ReportType;

/**
 * Everything Meldeport defines for one report type, as data that the validator, the catalogue endpoint and the docs
 * read: the registry it goes to, the part of the internal model it produces, the OAuth scopes a client needs, the legal
 * basis of the registry, which patient identifiers the registry accepts, a rule per field, the value ranges of its
 * measurements and the order its dates must have.
 *
 * <p>The encounter report has no registry and no part of its own: its parts follow the definitions of the four
 * registry report types, and its own rules cover only the shared clinical context.
 *
 * @param registry the registry, or null for the encounter report
 * @param contentType the model class of the report's part, or null for the encounter report
 * @param scopes the scopes a client needs for this report type, whichever registries its parts go to
 * @param legalBasis the Norwegian law or regulation the registry collects data under, by its own title; null for
 *     the encounter report, whose parts each fall under their registry's
 */
public record ReportTypeDefinition(
        ReportType type,
        Registry registry,
        Class<? extends ReportContent> contentType,
        List<String> scopes,
        String legalBasis,
        Set<PersonIdentifierType> acceptedPatientIdentifiers,
        List<FieldRule> fields,
        List<ValueRange> valueRanges,
        List<DateOrder> dateOrders) {

    public ReportTypeDefinition {
        Objects.requireNonNull(type, "type");
        scopes = List.copyOf(scopes);
        acceptedPatientIdentifiers = Set.copyOf(EnumSet.copyOf(acceptedPatientIdentifiers));
        fields = List.copyOf(fields);
        valueRanges = List.copyOf(valueRanges);
        dateOrders = List.copyOf(dateOrders);
    }

    /** Returns the type's code, which is also its part's key in message keys, for example {@code sykmelding}. */
    public String code() {
        return type.code();
    }

    public Optional<Registry> registryIfAny() {
        return Optional.ofNullable(registry);
    }

    /** Returns the rule of the field at {@code path}, if the definition has one. */
    public Optional<FieldRule> field(String path) {
        return fields.stream().filter(rule -> rule.path().equals(path)).findFirst();
    }

    /** Returns the message key of this type's name as the subject of a sentence, for example {@code report.sykmelding}. */
    public String nameKey() {
        return "report." + code();
    }

    /**
     * Returns the message key of a field's label: {@code field.context.<path>} for a context field, else
     * {@code field.<type code>.<path>}, with list indices removed ({@code periods[1].from} becomes
     * {@code periods.from}).
     */
    public String labelKey(String path) {
        String withoutIndices = path.replaceAll("\\[\\d+]", "");
        if (withoutIndices.startsWith(FieldRule.CONTEXT_PREFIX)) {
            return "field." + withoutIndices;
        }
        return "field." + code() + "." + withoutIndices;
    }
}
