package no.meldeport.gateway.reporttype;

import static no.meldeport.gateway.reporttype.Check.CODE_FORMAT;
import static no.meldeport.gateway.reporttype.Check.COUNTRY_CODE;
import static no.meldeport.gateway.reporttype.Check.HPR_NUMBER;
import static no.meldeport.gateway.reporttype.Check.MATCHES_IDENTIFIER;
import static no.meldeport.gateway.reporttype.Check.MEASUREMENT_RANGES;
import static no.meldeport.gateway.reporttype.Check.MUNICIPALITY_CODE;
import static no.meldeport.gateway.reporttype.Check.NOT_BEFORE_BIRTH;
import static no.meldeport.gateway.reporttype.Check.NOT_IN_FUTURE;
import static no.meldeport.gateway.reporttype.Check.ORGANISATION_NUMBER;
import static no.meldeport.gateway.reporttype.Check.PERIODS_IN_ORDER;
import static no.meldeport.gateway.reporttype.Check.PERSON_IDENTIFIER;
import static no.meldeport.gateway.reporttype.Check.TREATMENT_DAYS_WITHIN_PERIOD;
import static no.meldeport.gateway.reporttype.Check.VACCINE_ATC;
import static no.meldeport.gateway.reporttype.Check.VACCINE_MATCHES_ATC;
import static no.meldeport.gateway.reporttype.Check.YEAR_WITHIN_LIFETIME;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import no.meldeport.gateway.security.Scopes;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.Coding;
import no.meldeport.model.DiabetesAnnualControl;
import no.meldeport.model.Klinikermelding;
import no.meldeport.model.PersonIdentifierType;
import no.meldeport.model.Registry;
import no.meldeport.model.ReportContent;
import no.meldeport.model.ReportType;
import no.meldeport.model.Sykmelding;
import no.meldeport.model.Vaccination;

/**
 * The five report types as data: one {@link ReportTypeDefinition} each, the context rules every report shares, the
 * forms of the code systems, and the SYSVAK vaccine codes Meldeport lists. {@code docs/report-types.md} lists the same
 * rules for people, and a test keeps the two in step.
 *
 * <p>Required fields follow what each registry's contract rejects without: SYSVAK the vaccine's SYSVAK and ATC codes
 * and the date, MSIS the diagnosis, the diagnosis date and the notifying physician's HPR number, NOKLUS the control
 * date, the diabetes diagnosis and an HbA1c, NAV the periods, the main diagnosis, the assessment date and the names of
 * patient and physician.
 */
public final class ReportTypeCatalog {

    private static final List<String> ICD10 = List.of(CodeSystems.ICD10, CodeSystems.ICD10_FHIR);
    private static final List<String> ICPC2 = List.of(CodeSystems.ICPC2, CodeSystems.ICPC2_FHIR);
    private static final List<String> ATC = List.of(CodeSystems.ATC, CodeSystems.ATC_WHO);
    private static final String[] DIAGNOSIS_SYSTEMS = {
        CodeSystems.ICD10, CodeSystems.ICD10_FHIR, CodeSystems.ICPC2, CodeSystems.ICPC2_FHIR};

    /**
     * Code forms. ICD-10: a letter, two digits, and an optional subdivision of one or two characters after an optional
     * dot (Norwegian systems write both {@code A04.5} and {@code A045}). ICPC-2: a chapter letter and two digits. SYSVAK:
     * two or three capital letters and two digits. ATC: the substance level, a letter, two digits, two letters and two
     * digits.
     */
    private static final List<CodeSystemFormat> CODE_SYSTEM_FORMATS = List.of(
            new CodeSystemFormat("ICD-10", ICD10, Pattern.compile("[A-Z][0-9]{2}(\\.?[0-9A-Z]{1,2})?"), "A04.5"),
            new CodeSystemFormat("ICPC-2", ICPC2, Pattern.compile("[ABDFHKLNPRSTUWXYZ][0-9]{2}"), "R71"),
            new CodeSystemFormat("SYSVAK", List.of(Vaccination.SYSVAK_SYSTEM), Pattern.compile("[A-Z]{2,3}[0-9]{2}"),
                    "AII02"),
            new CodeSystemFormat("ATC", ATC, Pattern.compile("[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}"), "J07BB02"));

    /** SYSVAK codes with the ATC code each is derived from, as FHI lists them. */
    private static final List<KnownVaccine> KNOWN_VACCINES = List.of(
            new KnownVaccine("AII02", "J07BB02", "Fluad"),
            new KnownVaccine("BCG01", "J07AN01", "BCG"),
            new KnownVaccine("DIF01", "J07AF01", "Difteri"),
            new KnownVaccine("DT51", "J07AM51", "Difteri-tetanus"),
            new KnownVaccine("BNT03", "J07BN01", "Comirnaty"));

    /** Rules on the shared clinical context that hold for every report type. */
    private static final List<FieldRule> CONTEXT_RULES = List.of(
            FieldRule.required("context.patient.identifier").checks(PERSON_IDENTIFIER),
            FieldRule.optional("context.patient.birthDate").checks(NOT_IN_FUTURE, MATCHES_IDENTIFIER),
            FieldRule.optional("context.patient.municipalityCode").checks(MUNICIPALITY_CODE),
            FieldRule.optional("context.clinician.hprNumber").checks(HPR_NUMBER),
            FieldRule.optional("context.organization.organisationNumber").checks(ORGANISATION_NUMBER),
            FieldRule.optional("context.encounterDate").checks(NOT_IN_FUTURE, NOT_BEFORE_BIRTH));

    private static final ReportTypeCatalog STANDARD = new ReportTypeCatalog(List.of(
            encounterReport(), vaccination(), klinikermelding(), diabetesAnnualControl(), sykmelding()));

    private final List<ReportTypeDefinition> definitions;

    ReportTypeCatalog(List<ReportTypeDefinition> definitions) {
        this.definitions = List.copyOf(definitions);
    }

    /** Returns the catalogue Meldeport ships with. */
    public static ReportTypeCatalog standard() {
        return STANDARD;
    }

    /** Returns every definition, the encounter report first. */
    public List<ReportTypeDefinition> all() {
        return definitions;
    }

    public ReportTypeDefinition definition(ReportType type) {
        return definitions.stream()
                .filter(definition -> definition.type() == type)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No definition for report type " + type.code()));
    }

    /** Returns the definition of the registry report type whose part {@code content} is. */
    public ReportTypeDefinition forContent(ReportContent content) {
        return definitions.stream()
                .filter(definition -> definition.contentType() != null && definition.contentType().isInstance(content))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "No definition for content " + content.getClass().getSimpleName()));
    }

    /** Returns the rules on the clinical context that every report type shares. */
    public List<FieldRule> contextRules() {
        return CONTEXT_RULES;
    }

    /** Returns the form of a code system's codes, if Meldeport checks it. */
    public Optional<CodeSystemFormat> codeSystemFormat(String system) {
        return CODE_SYSTEM_FORMATS.stream().filter(format -> format.appliesTo(system)).findFirst();
    }

    public List<CodeSystemFormat> codeSystemFormats() {
        return CODE_SYSTEM_FORMATS;
    }

    public List<KnownVaccine> knownVaccines() {
        return KNOWN_VACCINES;
    }

    /** Returns the value range of a measurement code in any definition, if one is known. */
    public Optional<ValueRange> valueRange(Coding code) {
        return definitions.stream()
                .flatMap(definition -> definition.valueRanges().stream())
                .filter(range -> range.matches(code.system(), code.code()))
                .findFirst();
    }

    private static ReportTypeDefinition encounterReport() {
        return new ReportTypeDefinition(
                ReportType.ENCOUNTER_REPORT,
                null,
                null,
                List.of(Scopes.SYSVAK, Scopes.MSIS, Scopes.NOKLUS, Scopes.NAV),
                null,
                EnumSet.allOf(PersonIdentifierType.class),
                CONTEXT_RULES,
                List.of(),
                List.of());
    }

    private static ReportTypeDefinition vaccination() {
        List<FieldRule> fields = withContextRules(
                FieldRule.required("sysvakCode").codeSystems(Vaccination.SYSVAK_SYSTEM)
                        .checks(CODE_FORMAT, VACCINE_MATCHES_ATC),
                FieldRule.required("atcCode").codeSystems(CodeSystems.ATC, CodeSystems.ATC_WHO)
                        .checks(CODE_FORMAT, VACCINE_ATC),
                FieldRule.required("occurrence").checks(NOT_IN_FUTURE, NOT_BEFORE_BIRTH),
                FieldRule.recommended("lotNumber"),
                FieldRule.optional("doseNumber").range(1, 20),
                FieldRule.optional("targetDisease"),
                FieldRule.optional("site"),
                FieldRule.optional("route"),
                FieldRule.optional("consent"));
        return new ReportTypeDefinition(
                ReportType.VACCINATION,
                Registry.SYSVAK,
                Vaccination.class,
                List.of(Scopes.SYSVAK),
                "SYSVAK-registerforskriften (forskrift om innsamling og behandling av helseopplysninger i Nasjonalt"
                        + " vaksinasjonsregister)",
                EnumSet.of(PersonIdentifierType.FODSELSNUMMER, PersonIdentifierType.D_NUMBER,
                        PersonIdentifierType.DUF_NUMBER),
                fields,
                List.of(),
                List.of());
    }

    private static ReportTypeDefinition klinikermelding() {
        List<FieldRule> fields = withContextRules(
                FieldRule.recommended("context.patient.municipalityCode").checks(MUNICIPALITY_CODE),
                FieldRule.of("context.clinician", Requirement.REQUIRED_UNLESS_IN_TOKEN),
                FieldRule.required("diagnosis").codeSystems(DIAGNOSIS_SYSTEMS).checks(CODE_FORMAT),
                FieldRule.required("diagnosisDate").checks(NOT_IN_FUTURE, NOT_BEFORE_BIRTH),
                FieldRule.optional("symptomOnsetDate").checks(NOT_IN_FUTURE, NOT_BEFORE_BIRTH),
                FieldRule.optional("infectionMunicipality").checks(MUNICIPALITY_CODE),
                FieldRule.optional("infectionCountry").checks(COUNTRY_CODE),
                FieldRule.optional("exposureSetting"),
                FieldRule.optional("transmissionRoute"),
                FieldRule.optional("closeContactConfirmed"),
                FieldRule.optional("testingReason"),
                FieldRule.optional("vaccinationStatus"),
                FieldRule.optional("hospitalised"),
                FieldRule.optional("note"));
        return new ReportTypeDefinition(
                ReportType.KLINIKERMELDING,
                Registry.MSIS,
                Klinikermelding.class,
                List.of(Scopes.MSIS),
                "MSIS-forskriften (forskrift om Meldingssystem for smittsomme sykdommer)",
                EnumSet.allOf(PersonIdentifierType.class),
                fields,
                List.of(),
                List.of(new DateOrder("symptomOnsetDate", "diagnosisDate", false)));
    }

    private static ReportTypeDefinition diabetesAnnualControl() {
        List<FieldRule> fields = withContextRules(
                FieldRule.required("controlDate").checks(NOT_IN_FUTURE, NOT_BEFORE_BIRTH),
                FieldRule.required("diabetesDiagnosis").codeSystems(DIAGNOSIS_SYSTEMS)
                        .allowedCodes(
                                new CodePrefix("ICD-10", ICD10, "E10"),
                                new CodePrefix("ICD-10", ICD10, "E11"),
                                new CodePrefix("ICD-10", ICD10, "E12"),
                                new CodePrefix("ICD-10", ICD10, "E13"),
                                new CodePrefix("ICD-10", ICD10, "E14"),
                                new CodePrefix("ICPC-2", ICPC2, "T89"),
                                new CodePrefix("ICPC-2", ICPC2, "T90"))
                        .checks(CODE_FORMAT),
                FieldRule.optional("yearOfDiagnosis").checks(YEAR_WITHIN_LIFETIME),
                FieldRule.required("measurements").checks(MEASUREMENT_RANGES),
                FieldRule.optional("measurements.effectiveDate").checks(NOT_IN_FUTURE, NOT_BEFORE_BIRTH),
                FieldRule.optional("footExaminationDone"),
                FieldRule.optional("monofilamentSensationReduced"),
                FieldRule.optional("eyeExaminationDone"),
                FieldRule.optional("retinopathy"),
                FieldRule.optional("smoking"),
                FieldRule.optional("medications").codeSystems(CodeSystems.ATC, CodeSystems.ATC_WHO)
                        .checks(CODE_FORMAT),
                FieldRule.optional("complications").codeSystems(DIAGNOSIS_SYSTEMS).checks(CODE_FORMAT));
        return new ReportTypeDefinition(
                ReportType.DIABETES_ANNUAL_CONTROL,
                Registry.NOKLUS,
                DiabetesAnnualControl.class,
                List.of(Scopes.NOKLUS),
                "Forskrift om medisinske kvalitetsregistre (Norsk diabetesregister for voksne, med reservasjonsrett)",
                EnumSet.of(PersonIdentifierType.FODSELSNUMMER, PersonIdentifierType.D_NUMBER),
                fields,
                noklusValueRanges(),
                List.of(new DateOrder("measurements.effectiveDate", "controlDate", false)));
    }

    /**
     * Returns the measurements of the Noklus diabetesskjema. NOTE: Noklus publishes no value limits, so both ranges are
     * Meldeport's own estimates: the possible range excludes what cannot be a measured value in an adult, the usual
     * range what is rare enough to deserve a second look. The unit and range of height are not checked, because the
     * UCUM unit of NPU03794 is not confirmed.
     */
    private static List<ValueRange> noklusValueRanges() {
        return List.of(
                ValueRange.of(CodeSystems.NLK, "NPU27300", "mmol/mol", "15", "200", "20", "130").asRequired(),
                ValueRange.of(CodeSystems.LOINC, "8480-6", "mm[Hg]", "50", "300", "80", "220"),
                ValueRange.of(CodeSystems.LOINC, "8462-4", "mm[Hg]", "20", "200", "40", "130"),
                ValueRange.of(CodeSystems.NLK, "NPU01568", "mmol/L", "0.1", "20", "0.5", "8"),
                ValueRange.of(CodeSystems.NLK, "NPU04998", "umol/L", "10", "2000", "30", "500"),
                ValueRange.of(CodeSystems.NLK, "NOR25909", "mL/min/{1.73_m2}", "1", "200", "5", "150"),
                ValueRange.of(CodeSystems.NLK, "NOR15260", "mg/mmol", "0", "3000", "0", "100"),
                ValueRange.of(CodeSystems.NLK, "NPU27281", "kg/m2", "10", "100", "16", "60"),
                ValueRange.unchecked(CodeSystems.NLK, "NPU03794"),
                ValueRange.of(CodeSystems.LOINC, "29463-7", "kg", "20", "400", "35", "250"),
                ValueRange.of(CodeSystems.LOINC, "8280-0", "cm", "40", "250", "60", "160"));
    }

    private static ReportTypeDefinition sykmelding() {
        List<FieldRule> fields = withContextRules(
                FieldRule.required("context.patient.givenName"),
                FieldRule.required("context.patient.familyName"),
                FieldRule.required("context.clinician"),
                FieldRule.required("context.clinician.givenName"),
                FieldRule.required("context.clinician.familyName"),
                FieldRule.required("mainDiagnosis").codeSystems(DIAGNOSIS_SYSTEMS).checks(CODE_FORMAT),
                FieldRule.optional("secondaryDiagnoses").codeSystems(DIAGNOSIS_SYSTEMS).checks(CODE_FORMAT),
                FieldRule.required("periods").checks(PERIODS_IN_ORDER),
                FieldRule.required("periods.from"),
                FieldRule.required("periods.to"),
                FieldRule.required("periods.kind"),
                FieldRule.optional("periods.gradePercent").requiredWhen("kind", "GRADED").range(1, 99),
                FieldRule.optional("periods.treatmentDays").requiredWhen("kind", "TREATMENT_DAYS").range(1, 366)
                        .checks(TREATMENT_DAYS_WITHIN_PERIOD),
                FieldRule.optional("periods.waitingInfo").requiredWhen("kind", "WAITING"),
                FieldRule.optional("periods.medicalReasons"),
                FieldRule.required("treatedAt").checks(NOT_IN_FUTURE, NOT_BEFORE_BIRTH),
                FieldRule.optional("contactDate").checks(NOT_IN_FUTURE, NOT_BEFORE_BIRTH),
                FieldRule.optional("employer"),
                FieldRule.optional("employer.organisationNumber").checks(ORGANISATION_NUMBER),
                FieldRule.optional("employer.positionPercent").range(1, 100),
                FieldRule.optional("returnToWorkExpected"),
                FieldRule.optional("prognosis"));
        return new ReportTypeDefinition(
                ReportType.SYKMELDING,
                Registry.NAV,
                Sykmelding.class,
                List.of(Scopes.NAV),
                "Folketrygdloven § 8-7 (dokumentasjon av arbeidsuførhet)",
                EnumSet.of(PersonIdentifierType.FODSELSNUMMER, PersonIdentifierType.D_NUMBER),
                fields,
                List.of(),
                List.of(new DateOrder("contactDate", "treatedAt", true)));
    }

    /**
     * Returns the context rules followed by the type's own rules, where a type's rule for a context field replaces the
     * shared rule for that field.
     */
    private static List<FieldRule> withContextRules(FieldRule... own) {
        List<FieldRule> rules = new ArrayList<>();
        for (FieldRule shared : CONTEXT_RULES) {
            boolean replaced = List.of(own).stream().anyMatch(rule -> rule.path().equals(shared.path()));
            if (!replaced) {
                rules.add(shared);
            }
        }
        rules.addAll(List.of(own));
        return rules;
    }

    /** Returns every check any definition uses, for tests that make sure each is implemented. */
    static Set<Check> usedChecks(ReportTypeCatalog catalog) {
        Set<Check> used = EnumSet.noneOf(Check.class);
        catalog.all().forEach(definition -> definition.fields().forEach(rule -> used.addAll(rule.checks())));
        return used;
    }
}
