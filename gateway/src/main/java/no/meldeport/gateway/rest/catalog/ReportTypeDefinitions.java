package no.meldeport.gateway.rest.catalog;

import static no.meldeport.gateway.rest.catalog.FieldDefinition.optional;
import static no.meldeport.gateway.rest.catalog.FieldDefinition.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.meldeport.gateway.rest.RestCodes;
import no.meldeport.gateway.rest.RestFields;
import no.meldeport.gateway.security.Scopes;
import no.meldeport.model.Registry;
import no.meldeport.model.ReportType;

/**
 * The report types of the REST face as data: the fields each document part has, which are required, their code
 * systems and allowed codes, and the registries with legal basis and scope. {@code GET /api/v1/report-types} serves
 * them, and a test checks the {@code RestReportReader} against them field by field, so the two cannot drift apart.
 *
 * <p>These describe the REST document's shape (pointers, JSON types, names). The rules the validator enforces come
 * from {@code ReportTypeCatalog} and are published beside them by {@link ValidationRulesView}.
 * NOTE: the {@code required} flags here are the REST reader's; {@code CatalogMatchesReaderTest} checks them against
 * the reader, but nothing yet derives them from the validator's field rules.
 */
public final class ReportTypeDefinitions {

    static final String STRING = "string";
    static final String DATE = "date";
    static final String DATE_TIME = "date-time";
    static final String INTEGER = "integer";
    static final String NUMBER = "number";
    static final String BOOLEAN = "boolean";
    static final String OBJECT = "object";
    static final String ARRAY = "array";

    private static final Map<Registry, ReportTypeDefinition.RegistryDefinition> REGISTRIES = Map.of(
            Registry.SYSVAK, registry(Registry.SYSVAK,
                    "Forskrift om innsamling og behandling av helseopplysninger i Nasjonalt vaksinasjonsregister"
                            + " (SYSVAK-registerforskriften)"),
            Registry.MSIS, registry(Registry.MSIS,
                    "Forskrift om Meldingssystem for smittsomme sykdommer (MSIS-forskriften)"),
            Registry.NOKLUS, registry(Registry.NOKLUS,
                    "Forskrift om medisinske kvalitetsregistre (Norsk diabetesregister for voksne; pasienten kan"
                            + " reservere seg)"),
            Registry.NAV, registry(Registry.NAV,
                    "Lov om folketrygd (folketrygdloven) § 8-7, dokumentasjon av arbeidsuførhet"));

    private static final List<ReportTypeDefinition> ALL = List.of(
            new ReportTypeDefinition(ReportType.VACCINATION, "Vaksinasjon", List.of(REGISTRIES.get(Registry.SYSVAK)),
                    RestFields.VACCINATIONS, "Immunization", withCommon(vaccinationFields()),
                    "vaccination-influenza"),
            new ReportTypeDefinition(ReportType.KLINIKERMELDING, "Klinikermelding",
                    List.of(REGISTRIES.get(Registry.MSIS)), RestFields.KLINIKERMELDINGER, "Condition",
                    withCommon(klinikermeldingFields()), "klinikermelding-campylobacteriosis"),
            new ReportTypeDefinition(ReportType.DIABETES_ANNUAL_CONTROL, "Diabetes årskontroll",
                    List.of(REGISTRIES.get(Registry.NOKLUS)), RestFields.DIABETES_CONTROLS, "Observation",
                    withCommon(diabetesFields()), "diabetes-annual-control"),
            new ReportTypeDefinition(ReportType.SYKMELDING, "Sykmelding", List.of(REGISTRIES.get(Registry.NAV)),
                    RestFields.SYKMELDINGER, "Composition", withCommon(sykmeldingFields()), "sykmelding-one-period"),
            new ReportTypeDefinition(ReportType.ENCOUNTER_REPORT, "Konsultasjonsrapport",
                    List.of(REGISTRIES.get(Registry.SYSVAK), REGISTRIES.get(Registry.MSIS),
                            REGISTRIES.get(Registry.NOKLUS), REGISTRIES.get(Registry.NAV)),
                    null, "Encounter", withCommon(encounterFields()), "encounter-three-registries"));

    private ReportTypeDefinitions() {
    }

    public static List<ReportTypeDefinition> all() {
        return ALL;
    }

    private static ReportTypeDefinition.RegistryDefinition registry(Registry registry, String legalBasis) {
        return new ReportTypeDefinition.RegistryDefinition(registry.id(), registry.displayName(), legalBasis,
                Scopes.forRegistry(registry));
    }

    /** Returns the fields every report document has, before the report type's own. */
    static List<FieldDefinition> commonFields() {
        return List.of(
                required(ptr(RestFields.MESSAGE_ID), STRING, "Avsenders unike id for meldingen, for eksempel en UUID"),
                required(ptr(RestFields.REPORT_TYPE), STRING, "Rapporttypen")
                        .oneOf(List.of("vaccination", "klinikermelding", "diabetes-annual-control", "sykmelding",
                                "encounter-report")),
                required(ptr(RestFields.PATIENT), OBJECT, "Pasienten"),
                required(ptr(RestFields.PATIENT, RestFields.IDENTIFIER), OBJECT, "Pasientens identifikator"),
                required(ptr(RestFields.PATIENT, RestFields.IDENTIFIER, RestFields.IDENTIFIER_TYPE), STRING,
                        "FNR fødselsnummer, DNR D-nummer, DUF DUF-nummer, FHN felles hjelpenummer, HNR H-nummer")
                        .oneOf(RestCodes.IDENTIFIER_TYPES.keySet()),
                required(ptr(RestFields.PATIENT, RestFields.IDENTIFIER, RestFields.IDENTIFIER_VALUE), STRING,
                        "Nummeret: 11 siffer, 12 for DUF-nummer"),
                optional(ptr(RestFields.PATIENT, RestFields.IDENTIFIER, RestFields.IDENTIFIER_ASSIGNER), STRING,
                        "Organisasjonsnummeret som utstedte H-nummeret; påkrevd for HNR"),
                optional(ptr(RestFields.PATIENT, RestFields.GIVEN_NAME), STRING, "Fornavn"),
                optional(ptr(RestFields.PATIENT, RestFields.MIDDLE_NAME), STRING, "Mellomnavn"),
                optional(ptr(RestFields.PATIENT, RestFields.FAMILY_NAME), STRING, "Etternavn"),
                optional(ptr(RestFields.PATIENT, RestFields.BIRTH_DATE), DATE, "Fødselsdato"),
                optional(ptr(RestFields.PATIENT, RestFields.SEX), STRING, "Kjønn").oneOf(RestCodes.SEXES.keySet()),
                optional(ptr(RestFields.PATIENT, RestFields.MUNICIPALITY), STRING, "Bostedskommune, fire siffer")
                        .codedIn("kommunenummer"),
                optional(ptr(RestFields.CLINICIAN), OBJECT, "Ansvarlig behandler"),
                required(ptr(RestFields.CLINICIAN, RestFields.HPR_NUMBER), STRING, "HPR-nummer").codedIn("HPR"),
                optional(ptr(RestFields.CLINICIAN, RestFields.GIVEN_NAME), STRING, "Fornavn"),
                optional(ptr(RestFields.CLINICIAN, RestFields.FAMILY_NAME), STRING, "Etternavn"),
                optional(ptr(RestFields.CLINICIAN, RestFields.PHONE), STRING, "Telefon"),
                optional(ptr(RestFields.ORGANIZATION), OBJECT, "Behandlingsstedet"),
                required(ptr(RestFields.ORGANIZATION, RestFields.ORGANISATION_NUMBER), STRING,
                        "Organisasjonsnummer, ni siffer").codedIn("Enhetsregisteret"),
                optional(ptr(RestFields.ORGANIZATION, RestFields.NAME), STRING, "Navn"),
                optional(ptr(RestFields.ORGANIZATION, RestFields.HER_ID), STRING, "HER-id i Adresseregisteret"),
                optional(ptr(RestFields.ENCOUNTER), OBJECT, "Konsultasjonen"),
                optional(ptr(RestFields.ENCOUNTER, RestFields.PART_ID), STRING, "EPJ-ens id for konsultasjonen"),
                optional(ptr(RestFields.ENCOUNTER, RestFields.ENCOUNTER_DATE), DATE, "Konsultasjonsdato"));
    }

    static List<FieldDefinition> vaccinationFields() {
        String part = RestFields.VACCINATIONS;
        return List.of(
                required(ptr(part), ARRAY, "Vaksinasjonene, minst én"),
                optional(ptr(part, "*", RestFields.PART_ID), STRING, "EPJ-ens id for vaksinasjonen"),
                required(ptr(part, "*", RestFields.SYSVAK_CODE), STRING, "SYSVAK-kode, for eksempel AII02")
                        .codedIn("SYSVAK"),
                optional(ptr(part, "*", RestFields.VACCINE_NAME), STRING, "Vaksinens handelsnavn"),
                required(ptr(part, "*", RestFields.ATC_CODE), STRING, "ATC-kode, for eksempel J07BB02")
                        .codedIn("ATC"),
                required(ptr(part, "*", RestFields.VACCINATION_TIME), DATE_TIME, "Når vaksinen ble satt"),
                optional(ptr(part, "*", RestFields.LOT_NUMBER), STRING, "Batchnummer"),
                optional(ptr(part, "*", RestFields.DOSE_NUMBER), INTEGER, "Dosenummer"),
                optional(ptr(part, "*", RestFields.TARGET_DISEASE), OBJECT, "Sykdommen vaksinen beskytter mot"),
                required(ptr(part, "*", RestFields.TARGET_DISEASE, RestFields.CODE_SYSTEM), STRING, "Kodeverk")
                        .oneOf(RestCodes.DISEASE_SYSTEMS.keySet()),
                required(ptr(part, "*", RestFields.TARGET_DISEASE, RestFields.CODE), STRING, "Kode"),
                optional(ptr(part, "*", RestFields.TARGET_DISEASE, RestFields.CODE_TEXT), STRING, "Tekst"),
                optional(ptr(part, "*", RestFields.SITE), STRING, "Injeksjonssted, for eksempel LA (venstre arm)")
                        .codedIn(RestCodes.SITE_SYSTEM),
                optional(ptr(part, "*", RestFields.ROUTE), STRING, "Administrasjonsvei, for eksempel IM")
                        .codedIn(RestCodes.ROUTE_SYSTEM),
                optional(ptr(part, "*", RestFields.CONSENT), BOOLEAN,
                        "Samtykke; utelates der programmet ikke krever samtykke"));
    }

    static List<FieldDefinition> klinikermeldingFields() {
        String part = RestFields.KLINIKERMELDINGER;
        List<FieldDefinition> fields = new ArrayList<>(List.of(
                required(ptr(part), ARRAY, "Klinikermeldingene, minst én"),
                optional(ptr(part, "*", RestFields.PART_ID), STRING, "EPJ-ens id for diagnosen")));
        fields.addAll(coding(ptr(part, "*", RestFields.DIAGNOSIS), true, "Diagnosen, i ICD-10 eller ICPC-2",
                RestCodes.DIAGNOSIS_SYSTEMS.keySet()));
        fields.addAll(List.of(
                optional(ptr(part, "*", RestFields.DIAGNOSIS_DATE), DATE,
                        "Diagnosedato; uten den gjelder konsultasjonsdatoen, og en av dem er påkrevd"),
                optional(ptr(part, "*", RestFields.SYMPTOM_ONSET), DATE, "Symptomdebut"),
                optional(ptr(part, "*", RestFields.INFECTION_MUNICIPALITY), STRING, "Antatt smittested, kommune")
                        .codedIn("kommunenummer"),
                optional(ptr(part, "*", RestFields.INFECTION_COUNTRY), STRING, "Antatt smittested, land")
                        .codedIn("ISO 3166-1 alpha-2"),
                optional(ptr(part, "*", RestFields.EXPOSURE_SETTING), STRING, "Smittesituasjon"),
                optional(ptr(part, "*", RestFields.TRANSMISSION_ROUTE), STRING, "Smittemåte"),
                optional(ptr(part, "*", RestFields.CLOSE_CONTACT_CONFIRMED), BOOLEAN, "Kjent smittekilde"),
                optional(ptr(part, "*", RestFields.TESTING_REASON), STRING, "Årsak til prøvetaking"),
                optional(ptr(part, "*", RestFields.VACCINATION_STATUS), STRING, "Vaksinasjonsstatus"),
                optional(ptr(part, "*", RestFields.HOSPITALISED), BOOLEAN, "Innlagt på sykehus"),
                optional(ptr(part, "*", RestFields.NOTE), STRING, "Merknad")));
        return fields;
    }

    static List<FieldDefinition> diabetesFields() {
        String part = RestFields.DIABETES_CONTROLS;
        List<FieldDefinition> fields = new ArrayList<>(List.of(
                required(ptr(part), ARRAY, "Årskontrollene, minst én"),
                optional(ptr(part, "*", RestFields.PART_ID), STRING, "EPJ-ens id for kontrollen"),
                required(ptr(part, "*", RestFields.CONTROL_DATE), DATE, "Kontrolldato")));
        fields.addAll(coding(ptr(part, "*", RestFields.DIABETES_DIAGNOSIS), true,
                "Diabetesdiagnosen, for eksempel E11 eller T90", RestCodes.DIAGNOSIS_SYSTEMS.keySet()));
        fields.addAll(List.of(
                optional(ptr(part, "*", RestFields.YEAR_OF_DIAGNOSIS), INTEGER, "Året diagnosen ble stilt"),
                optional(ptr(part, "*", RestFields.MEASUREMENTS), ARRAY, "Målinger"),
                required(ptr(part, "*", RestFields.MEASUREMENTS, "*", RestFields.CODE_SYSTEM), STRING, "Kodeverk")
                        .oneOf(RestCodes.MEASUREMENT_SYSTEMS.keySet()),
                required(ptr(part, "*", RestFields.MEASUREMENTS, "*", RestFields.CODE), STRING,
                        "Kode, for eksempel NPU27300 (HbA1c)"),
                required(ptr(part, "*", RestFields.MEASUREMENTS, "*", RestFields.MEASUREMENT_VALUE), NUMBER, "Verdi"),
                required(ptr(part, "*", RestFields.MEASUREMENTS, "*", RestFields.MEASUREMENT_UNIT), STRING,
                        "Enhet i UCUM, for eksempel mmol/mol").codedIn("UCUM"),
                optional(ptr(part, "*", RestFields.MEASUREMENTS, "*", RestFields.MEASUREMENT_DATE), DATE,
                        "Dato for målingen; uten den gjelder kontrolldatoen"),
                optional(ptr(part, "*", RestFields.FOOT_EXAMINATION), BOOLEAN, "Fotundersøkelse utført"),
                optional(ptr(part, "*", RestFields.MONOFILAMENT_REDUCED), BOOLEAN, "Nedsatt monofilamentsensibilitet"),
                optional(ptr(part, "*", RestFields.EYE_EXAMINATION), BOOLEAN, "Øyeundersøkelse utført"),
                optional(ptr(part, "*", RestFields.RETINOPATHY), BOOLEAN, "Retinopati"),
                optional(ptr(part, "*", RestFields.SMOKING), STRING, "Røyking").oneOf(RestCodes.SMOKING.keySet()),
                optional(ptr(part, "*", RestFields.MEDICATIONS), ARRAY, "Faste legemidler"),
                required(ptr(part, "*", RestFields.MEDICATIONS, "*", RestFields.ATC_CODE), STRING, "ATC-kode")
                        .codedIn("ATC"),
                optional(ptr(part, "*", RestFields.MEDICATIONS, "*", RestFields.NAME), STRING, "Navn"),
                optional(ptr(part, "*", RestFields.COMPLICATIONS), ARRAY, "Komplikasjoner")));
        fields.addAll(coding(ptr(part, "*", RestFields.COMPLICATIONS, "*"), false, "Komplikasjonen",
                RestCodes.DIAGNOSIS_SYSTEMS.keySet()).subList(1, 4));
        return fields;
    }

    static List<FieldDefinition> sykmeldingFields() {
        String part = RestFields.SYKMELDINGER;
        List<FieldDefinition> fields = new ArrayList<>(List.of(
                required(ptr(part), ARRAY, "Sykmeldingene, minst én"),
                optional(ptr(part, "*", RestFields.PART_ID), STRING, "EPJ-ens id for sykmeldingen")));
        fields.addAll(coding(ptr(part, "*", RestFields.MAIN_DIAGNOSIS), true, "Hoveddiagnosen",
                RestCodes.DIAGNOSIS_SYSTEMS.keySet()));
        fields.add(optional(ptr(part, "*", RestFields.SECONDARY_DIAGNOSES), ARRAY, "Bidiagnoser"));
        fields.addAll(coding(ptr(part, "*", RestFields.SECONDARY_DIAGNOSES, "*"), false, "Bidiagnosen",
                RestCodes.DIAGNOSIS_SYSTEMS.keySet()).subList(1, 4));
        String period = ptr(part, "*", RestFields.PERIODS, "*");
        fields.addAll(List.of(
                required(ptr(part, "*", RestFields.PERIODS), ARRAY, "Aktivitetsperiodene, minst én"),
                required(period + "/" + RestFields.PERIOD_FROM, DATE, "Fra og med"),
                required(period + "/" + RestFields.PERIOD_TO, DATE, "Til og med"),
                required(period + "/" + RestFields.PERIOD_KIND, STRING, "Type periode")
                        .oneOf(RestCodes.PERIOD_KINDS.keySet()),
                optional(period + "/" + RestFields.GRADE_PERCENT, INTEGER, "Grad i prosent; påkrevd for gradert"),
                optional(period + "/" + RestFields.TREATMENT_DAYS, INTEGER,
                        "Antall behandlingsdager; påkrevd for behandlingsdager"),
                optional(period + "/" + RestFields.MEDICAL_REASONS, STRING, "Medisinske årsaker"),
                optional(period + "/" + RestFields.WAITING_INFO, STRING,
                        "Innspill til arbeidsgiver om tilrettelegging, for avventende"),
                optional(ptr(part, "*", RestFields.EMPLOYER), OBJECT, "Arbeidsgiver"),
                optional(ptr(part, "*", RestFields.EMPLOYER, RestFields.NAME), STRING, "Navn"),
                optional(ptr(part, "*", RestFields.EMPLOYER, RestFields.ORGANISATION_NUMBER), STRING,
                        "Organisasjonsnummer").codedIn("Enhetsregisteret"),
                optional(ptr(part, "*", RestFields.EMPLOYER, RestFields.OCCUPATION), STRING, "Yrke"),
                optional(ptr(part, "*", RestFields.EMPLOYER, RestFields.POSITION_PERCENT), INTEGER,
                        "Stillingsprosent"),
                required(ptr(part, "*", RestFields.TREATED_AT), DATE_TIME,
                        "Når pasienten ble vurdert (BehandletDato)"),
                optional(ptr(part, "*", RestFields.CONTACT_DATE), DATE, "Første kontakt om denne sykdommen"),
                optional(ptr(part, "*", RestFields.RETURN_TO_WORK_EXPECTED), BOOLEAN,
                        "Forventes tilbake i arbeid etter perioden"),
                optional(ptr(part, "*", RestFields.PROGNOSIS), STRING, "Prognose")));
        return fields;
    }

    /** Returns the fields of an encounter report: any of the four parts, each array optional. */
    static List<FieldDefinition> encounterFields() {
        List<FieldDefinition> fields = new ArrayList<>();
        for (List<FieldDefinition> part : List.of(vaccinationFields(), klinikermeldingFields(), diabetesFields(),
                sykmeldingFields())) {
            FieldDefinition array = part.get(0);
            fields.add(new FieldDefinition(array.pointer(), array.type(), false, null, List.of(),
                    array.description().replace(", minst én", "")));
            fields.addAll(part.subList(1, part.size()));
        }
        return fields;
    }

    private static List<FieldDefinition> withCommon(List<FieldDefinition> own) {
        List<FieldDefinition> fields = new ArrayList<>(commonFields());
        fields.addAll(own);
        return fields;
    }

    /** The fields of a coded value: the object, {@code kodeverk}, {@code kode} and {@code tekst}. */
    private static List<FieldDefinition> coding(String pointer, boolean required, String description,
            java.util.Collection<String> systems) {
        return List.of(
                new FieldDefinition(pointer, OBJECT, required, null, List.of(), description),
                required(pointer + "/" + RestFields.CODE_SYSTEM, STRING, "Kodeverk").oneOf(systems),
                required(pointer + "/" + RestFields.CODE, STRING, "Kode"),
                optional(pointer + "/" + RestFields.CODE_TEXT, STRING, "Tekst"));
    }

    private static String ptr(String... segments) {
        return "/" + String.join("/", segments);
    }
}
