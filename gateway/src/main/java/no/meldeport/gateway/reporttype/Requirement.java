package no.meldeport.gateway.reporttype;

/** How much a report type needs a field. */
public enum Requirement {
    /** Missing is an error: the registry cannot take the report without it. */
    REQUIRED,
    /**
     * Missing is an error unless the access token names the health professional (HelseID claim
     * {@code helseid://claims/hpr/hpr_number}), whose HPR number then replaces the clinician's.
     */
    REQUIRED_UNLESS_IN_TOKEN,
    /** Missing is a warning: the registry accepts the report, but requests the field. */
    RECOMMENDED,
    /** The field may be left out. */
    OPTIONAL
}
