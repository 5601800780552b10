package no.meldeport.gateway.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import no.meldeport.model.CodeSystems;
import no.meldeport.model.DiabetesAnnualControl.SmokingStatus;
import no.meldeport.model.PersonIdentifierType;
import no.meldeport.model.Sex;
import no.meldeport.model.SickLeavePeriod;

/**
 * The code values of the REST report documents and what they mean in the internal model. Maps keep the documented
 * order, which messages and the report-type catalogue list.
 */
public final class RestCodes {

    /** {@code pasient.identifikator.type}: the short names Norwegian registers use. */
    public static final Map<String, PersonIdentifierType> IDENTIFIER_TYPES = ordered(
            "FNR", PersonIdentifierType.FODSELSNUMMER,
            "DNR", PersonIdentifierType.D_NUMBER,
            "DUF", PersonIdentifierType.DUF_NUMBER,
            "FHN", PersonIdentifierType.FELLES_HJELPENUMMER,
            "HNR", PersonIdentifierType.H_NUMBER);

    /** {@code pasient.kjonn}. */
    public static final Map<String, Sex> SEXES = ordered(
            "kvinne", Sex.FEMALE,
            "mann", Sex.MALE,
            "annet", Sex.OTHER,
            "ukjent", Sex.UNKNOWN);

    /** {@code kodeverk} of a diagnosis: the name and the Volven OID it is stored with. */
    public static final Map<String, String> DIAGNOSIS_SYSTEMS = ordered(
            "ICD-10", CodeSystems.ICD10,
            "ICPC-2", CodeSystems.ICPC2);

    /** {@code kodeverk} of a measurement. */
    public static final Map<String, String> MEASUREMENT_SYSTEMS = ordered(
            "NLK", CodeSystems.NLK,
            "LOINC", CodeSystems.LOINC);

    /** {@code kodeverk} of the target disease of a vaccination. */
    public static final Map<String, String> DISEASE_SYSTEMS = ordered(
            "SNOMED-CT", "http://snomed.info/sct",
            "ICD-10", CodeSystems.ICD10,
            "ICPC-2", CodeSystems.ICPC2);

    /** HL7 v3 ActSite, the code system of {@code injeksjonssted} (for example {@code LA}, left arm). */
    public static final String SITE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ActSite";
    /** HL7 v3 RouteOfAdministration, the code system of {@code administrasjonsvei} (for example {@code IM}). */
    public static final String ROUTE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-RouteOfAdministration";

    /** {@code royking}, with the answers of the Noklus form. */
    public static final Map<String, SmokingStatus> SMOKING = ordered(
            "aldri", SmokingStatus.NEVER,
            "tidligere", SmokingStatus.FORMER,
            "daglig", SmokingStatus.DAILY,
            "av-og-til", SmokingStatus.OCCASIONAL);

    /** {@code perioder[].type}, the kinds of activity period on a sykmelding. */
    public static final Map<String, SickLeavePeriod.Kind> PERIOD_KINDS = ordered(
            "avventende", SickLeavePeriod.Kind.WAITING,
            "gradert", SickLeavePeriod.Kind.GRADED,
            "aktivitet-ikke-mulig", SickLeavePeriod.Kind.ACTIVITY_NOT_POSSIBLE,
            "behandlingsdager", SickLeavePeriod.Kind.TREATMENT_DAYS,
            "reisetilskudd", SickLeavePeriod.Kind.TRAVEL_GRANT);

    private RestCodes() {
    }

    /** Lists the codes of a map for messages, for example {@code FNR, DNR, DUF}. */
    public static String list(Map<String, ?> codes) {
        return String.join(", ", codes.keySet());
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
