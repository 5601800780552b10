package no.meldeport.gateway.ingress;

import no.meldeport.gateway.fhir.MeldeportFhir;

/**
 * Meldeport's stable error codes that are not about one field of a report (those live with the validation
 * messages). A code never changes meaning, so EPJ vendors can match on it and support can search for it.
 */
public final class ErrorCodes {

    /** The code system of Meldeport error codes in OperationOutcome {@code details.coding}. */
    public static final String SYSTEM = MeldeportFhir.ERROR_CODE_SYSTEM;

    public static final String INVALID_SUBMISSION_ID = "MP-0400";
    public static final String NOT_AUTHENTICATED = "MP-0401";
    public static final String FORBIDDEN = "MP-0403";
    public static final String NOT_FOUND = "MP-0404";
    public static final String IDEMPOTENCY_KEY_REUSED = "MP-0409";
    public static final String INVALID_IDEMPOTENCY_KEY = "MP-0410";
    public static final String INVALID_QUERY_PARAMETER = "MP-0411";
    public static final String RATE_LIMITED = "MP-0429";
    public static final String INTERNAL_ERROR = "MP-0500";
    public static final String AUTHENTICATION_UNAVAILABLE = "MP-0503";

    private ErrorCodes() {
    }
}
