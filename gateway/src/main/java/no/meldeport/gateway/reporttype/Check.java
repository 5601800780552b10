package no.meldeport.gateway.reporttype;

/**
 * A content check that a {@link FieldRule} switches on for its field. The validator implements each check once, and the
 * definitions name where it applies.
 */
public enum Check {
    /** A date or point in time that must not lie in the future (five minutes of clock skew allowed). */
    NOT_IN_FUTURE,
    /** A date that must not lie before the patient's birth date. */
    NOT_BEFORE_BIRTH,
    /**
     * A Norwegian person identifier: check digits, the date it encodes, its kind against its system, synthetic test
     * numbers only where configuration allows them, and an assigner for an H-number.
     */
    PERSON_IDENTIFIER,
    /** A birth date that must agree with the one the person identifier encodes (a warning when it does not). */
    MATCHES_IDENTIFIER,
    /** An HPR number: 1 to 9 digits, no leading zero; fewer than 7 digits is a warning. */
    HPR_NUMBER,
    /** An organisation number: 9 digits with a mod-11 check digit. */
    ORGANISATION_NUMBER,
    /** A kommunenummer: 4 digits. */
    MUNICIPALITY_CODE,
    /** A country code: 2 capital letters (ISO 3166-1 alpha-2). */
    COUNTRY_CODE,
    /** A coding whose code must have the form of its code system (ICD-10, ICPC-2, SYSVAK, ATC). */
    CODE_FORMAT,
    /** A SYSVAK code whose ATC code must be the one the catalogue lists for it (a warning when it differs). */
    VACCINE_MATCHES_ATC,
    /** An ATC code that should be in the vaccine group J07 (a warning when it is not). */
    VACCINE_ATC,
    /** Measurements: unit and value against the catalogue's value ranges, and the measurements the type requires. */
    MEASUREMENT_RANGES,
    /** A year that must lie between the patient's birth year and the year of the report's own date. */
    YEAR_WITHIN_LIFETIME,
    /** Sick-leave periods: each ends on or after its start, and they are in time order without overlap. */
    PERIODS_IN_ORDER,
    /** A number of treatment days that must fit in its period. */
    TREATMENT_DAYS_WITHIN_PERIOD
}
