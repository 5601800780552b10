package no.meldeport.gateway.rest;

/**
 * The JSON field names of the REST report documents ({@code POST /api/v1/reports}). They are Norwegian, as in the
 * forms and registers Norwegian EPJ developers work with; the report-type codes stay the same as on the FHIR face.
 */
public final class RestFields {

    // The document
    public static final String MESSAGE_ID = "meldingId";
    public static final String REPORT_TYPE = "meldingstype";
    public static final String PATIENT = "pasient";
    public static final String CLINICIAN = "behandler";
    public static final String ORGANIZATION = "virksomhet";
    public static final String ENCOUNTER = "konsultasjon";
    public static final String VACCINATIONS = "vaksinasjoner";
    public static final String KLINIKERMELDINGER = "klinikermeldinger";
    public static final String DIABETES_CONTROLS = "diabeteskontroller";
    public static final String SYKMELDINGER = "sykmeldinger";

    /** Every part: the sender's own id of the part, optional. */
    public static final String PART_ID = "id";

    // pasient
    public static final String IDENTIFIER = "identifikator";
    public static final String IDENTIFIER_TYPE = "type";
    public static final String IDENTIFIER_VALUE = "verdi";
    public static final String IDENTIFIER_ASSIGNER = "utsteder";
    public static final String GIVEN_NAME = "fornavn";
    public static final String MIDDLE_NAME = "mellomnavn";
    public static final String FAMILY_NAME = "etternavn";
    public static final String BIRTH_DATE = "fodselsdato";
    public static final String SEX = "kjonn";
    public static final String MUNICIPALITY = "kommunenummer";

    // behandler
    public static final String HPR_NUMBER = "hprNummer";
    public static final String PHONE = "telefon";

    // virksomhet and arbeidsgiver
    public static final String ORGANISATION_NUMBER = "organisasjonsnummer";
    public static final String NAME = "navn";
    public static final String HER_ID = "herId";

    // konsultasjon
    public static final String ENCOUNTER_DATE = "dato";

    // codings
    public static final String CODE_SYSTEM = "kodeverk";
    public static final String CODE = "kode";
    public static final String CODE_TEXT = "tekst";

    // vaksinasjoner
    public static final String SYSVAK_CODE = "sysvakKode";
    public static final String VACCINE_NAME = "vaksinenavn";
    public static final String ATC_CODE = "atcKode";
    public static final String VACCINATION_TIME = "tidspunkt";
    public static final String LOT_NUMBER = "batchnummer";
    public static final String DOSE_NUMBER = "dosenummer";
    public static final String TARGET_DISEASE = "sykdom";
    public static final String SITE = "injeksjonssted";
    public static final String ROUTE = "administrasjonsvei";
    public static final String CONSENT = "samtykke";

    // klinikermeldinger
    public static final String DIAGNOSIS = "diagnose";
    public static final String DIAGNOSIS_DATE = "diagnosedato";
    public static final String SYMPTOM_ONSET = "symptomdebut";
    public static final String INFECTION_MUNICIPALITY = "smittestedKommune";
    public static final String INFECTION_COUNTRY = "smittestedLand";
    public static final String EXPOSURE_SETTING = "smittesituasjon";
    public static final String TRANSMISSION_ROUTE = "smittemate";
    public static final String CLOSE_CONTACT_CONFIRMED = "kjentSmittekilde";
    public static final String TESTING_REASON = "provetakingsarsak";
    public static final String VACCINATION_STATUS = "vaksinasjonsstatus";
    public static final String HOSPITALISED = "innlagtPaSykehus";
    public static final String NOTE = "merknad";

    // diabeteskontroller
    public static final String CONTROL_DATE = "kontrolldato";
    public static final String DIABETES_DIAGNOSIS = "diabetesdiagnose";
    public static final String YEAR_OF_DIAGNOSIS = "diagnosear";
    public static final String MEASUREMENTS = "malinger";
    public static final String MEASUREMENT_VALUE = "verdi";
    public static final String MEASUREMENT_UNIT = "enhet";
    public static final String MEASUREMENT_DATE = "dato";
    public static final String FOOT_EXAMINATION = "fotundersokelse";
    public static final String MONOFILAMENT_REDUCED = "nedsattMonofilament";
    public static final String EYE_EXAMINATION = "oyeundersokelse";
    public static final String RETINOPATHY = "retinopati";
    public static final String SMOKING = "royking";
    public static final String MEDICATIONS = "legemidler";
    public static final String COMPLICATIONS = "komplikasjoner";

    // sykmeldinger
    public static final String MAIN_DIAGNOSIS = "hoveddiagnose";
    public static final String SECONDARY_DIAGNOSES = "bidiagnoser";
    public static final String PERIODS = "perioder";
    public static final String PERIOD_FROM = "fom";
    public static final String PERIOD_TO = "tom";
    public static final String PERIOD_KIND = "type";
    public static final String GRADE_PERCENT = "grad";
    public static final String TREATMENT_DAYS = "behandlingsdager";
    public static final String MEDICAL_REASONS = "medisinskeArsaker";
    public static final String WAITING_INFO = "innspillTilArbeidsgiver";
    public static final String EMPLOYER = "arbeidsgiver";
    public static final String OCCUPATION = "yrke";
    public static final String POSITION_PERCENT = "stillingsprosent";
    public static final String TREATED_AT = "behandletTidspunkt";
    public static final String CONTACT_DATE = "kontaktdato";
    public static final String RETURN_TO_WORK_EXPECTED = "forventetTilbakeIArbeid";
    public static final String PROGNOSIS = "prognose";

    private RestFields() {
    }
}
