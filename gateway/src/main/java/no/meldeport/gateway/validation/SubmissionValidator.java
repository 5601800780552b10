package no.meldeport.gateway.validation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.meldeport.gateway.reporttype.Check;
import no.meldeport.gateway.reporttype.DateOrder;
import no.meldeport.gateway.reporttype.FieldRule;
import no.meldeport.gateway.reporttype.ReportTypeCatalog;
import no.meldeport.gateway.reporttype.ReportTypeDefinition;
import no.meldeport.gateway.reporttype.Requirement;
import no.meldeport.gateway.submission.IssueMessage;
import no.meldeport.gateway.submission.MessageTexts;
import no.meldeport.gateway.submission.ParsedSubmission;
import no.meldeport.model.ClinicalContext;
import no.meldeport.model.PersonIdentifierType;
import no.meldeport.model.ReportContent;
import no.meldeport.model.Reporter;

/**
 * Validates a submission read into the internal model against the report-type definitions of a
 * {@link ReportTypeCatalog}, and collects every issue instead of stopping at the first. It works on
 * {@link ParsedSubmission}, not on FHIR, so every face of the API shares it: the face passes an {@link IssueLocator}
 * that turns model paths into its own location syntax.
 *
 * <p>The rules of the clinical context are those of the submission's own report type and of every part's report type,
 * where for each field the strictest requirement wins, so a field two parts check is reported once. Each part is then
 * checked against its own type's field rules, value ranges and date orders. Instances are thread-safe.
 */
public final class SubmissionValidator {

    /** The zone of "today" for date-only values: Meldeport serves Norwegian health services. */
    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    /** How far a point in time may lie in the future before it counts as future: clock skew between systems. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final ReportTypeCatalog catalog;
    private final boolean allowSyntheticIds;
    private final Clock clock;

    /**
     * @param allowSyntheticIds whether synthetic test numbers (Tenor, NAV, FHI) pass as patient identifiers
     */
    public SubmissionValidator(ReportTypeCatalog catalog, boolean allowSyntheticIds, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.allowSyntheticIds = allowSyntheticIds;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Validates the submission and returns every issue found, errors and warnings. Nothing is thrown for invalid
     * content; call {@link ValidationReport#throwIfInvalid()} to reject.
     *
     * @param reporter who submitted, from the access token, or null when unknown. Its HPR number can replace a
     *     missing clinician where a registry allows it.
     * @param locator turns model paths into the face's locations
     */
    public ValidationReport validate(ParsedSubmission submission, Reporter reporter, IssueLocator locator) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, NORWAY);
        ValidationIssues issues = new ValidationIssues(locator);
        ClinicalContext context = submission.context();
        ValidationRun run = ValidationRun.start(issues, catalog, allowSyntheticIds, today, now, context, reporter);
        RuleChecker checker = new RuleChecker(run);

        List<ReportTypeDefinition> partDefinitions = partDefinitions(submission);
        for (Map.Entry<FieldRule, ReportTypeDefinition> entry : contextRules(submission, partDefinitions).entrySet()) {
            checker.apply(entry.getValue(), entry.getKey(), null, context, null);
        }
        checkIdentifierAccepted(run, context, partDefinitions);

        for (ReportContent part : submission.contents()) {
            ReportTypeDefinition definition = catalog.forContent(part);
            for (FieldRule rule : definition.fields()) {
                if (!rule.isContextField()) {
                    checker.apply(definition, rule, part.sourceId(), part, part);
                }
            }
            for (DateOrder order : definition.dateOrders()) {
                checkDateOrder(run, definition, order, part);
            }
        }
        return issues.report();
    }

    /** Returns the distinct definitions of the parts' report types, in the order the parts come. */
    private List<ReportTypeDefinition> partDefinitions(ParsedSubmission submission) {
        Set<ReportTypeDefinition> definitions = new LinkedHashSet<>();
        for (ReportContent part : submission.contents()) {
            definitions.add(catalog.forContent(part));
        }
        return List.copyOf(definitions);
    }

    /**
     * Merges the context rules of the submission's type and of the parts' types: one rule per field, with the strictest
     * requirement and the union of the checks, paired with the definition that made it strictest (whose name the
     * message uses).
     */
    private Map<FieldRule, ReportTypeDefinition> contextRules(
            ParsedSubmission submission, List<ReportTypeDefinition> partDefinitions) {
        List<ReportTypeDefinition> definitions = new ArrayList<>();
        definitions.add(catalog.definition(submission.type()));
        definitions.addAll(partDefinitions);

        Map<String, FieldRule> strictest = new LinkedHashMap<>();
        Map<String, ReportTypeDefinition> owners = new LinkedHashMap<>();
        Map<String, Set<Check>> checks = new LinkedHashMap<>();
        for (ReportTypeDefinition definition : definitions) {
            for (FieldRule rule : definition.fields()) {
                if (!rule.isContextField()) {
                    continue;
                }
                checks.computeIfAbsent(rule.path(), path -> EnumSet.noneOf(Check.class)).addAll(rule.checks());
                FieldRule current = strictest.get(rule.path());
                if (current == null || strictness(rule.requirement()) > strictness(current.requirement())) {
                    strictest.put(rule.path(), rule);
                    owners.put(rule.path(), definition);
                }
            }
        }
        Map<FieldRule, ReportTypeDefinition> merged = new LinkedHashMap<>();
        for (Map.Entry<String, FieldRule> entry : strictest.entrySet()) {
            FieldRule rule = entry.getValue();
            FieldRule withAllChecks = new FieldRule(rule.path(), rule.requirement(), rule.requiredWhen(),
                    rule.codeSystems(), rule.allowedCodes(), rule.range(), checks.get(entry.getKey()));
            merged.put(withAllChecks, owners.get(entry.getKey()));
        }
        return merged;
    }

    private static int strictness(Requirement requirement) {
        return switch (requirement) {
            case OPTIONAL -> 0;
            case RECOMMENDED -> 1;
            case REQUIRED_UNLESS_IN_TOKEN -> 2;
            case REQUIRED -> 3;
        };
    }

    /** Reports each registry that does not accept the kind of identifier the patient has. */
    private static void checkIdentifierAccepted(
            ValidationRun run, ClinicalContext context, List<ReportTypeDefinition> partDefinitions) {
        PersonIdentifierType type = context.patient().identifier().type();
        for (ReportTypeDefinition definition : partDefinitions) {
            if (!definition.acceptedPatientIdentifiers().contains(type)) {
                run.issues().error(IssueMessage.PERSON_IDENTIFIER_NOT_ACCEPTED, null, "patient.identifier", null,
                        definition.registry().displayName(), IdentifierTerms.name(type),
                        IdentifierTerms.names(definition.acceptedPatientIdentifiers()));
            }
        }
    }

    private static void checkDateOrder(
            ValidationRun run, ReportTypeDefinition definition, DateOrder order, ReportContent part) {
        List<ModelPaths.FieldValue> later = ModelPaths.values(part, order.later());
        if (later.size() != 1 || later.get(0).value() == null) {
            return;
        }
        LocalDate laterDate = ContentChecks.localDate(later.get(0).value());
        for (ModelPaths.FieldValue earlier : ModelPaths.values(part, order.earlier())) {
            if (earlier.value() != null && ContentChecks.localDate(earlier.value()).isAfter(laterDate)) {
                run.issues().add(order.blocking(), IssueMessage.DATE_ORDER, part.sourceId(), earlier.path(), null,
                        MessageTexts.term(definition.labelKey(order.earlier())), earlier.value().toString(),
                        MessageTexts.term(definition.labelKey(order.later())), later.get(0).value().toString());
            }
        }
    }
}
