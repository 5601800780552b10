package no.meldeport.gateway.ingress;

/** The HTTP paths the gateway serves, and the platform-http endpoint URIs built from them. */
public final class IngressPaths {

    public static final String PROCESS_MESSAGE = "/fhir/$process-message";
    /** The dry run of {@link #PROCESS_MESSAGE}: the same checks, nothing stored or delivered. */
    public static final String VALIDATE = "/fhir/$validate";
    public static final String SUBMISSION = "/api/v1/submissions/{id}";
    public static final String HEALTH = "/health";
    public static final String METRICS = "/metrics";

    /** Media types. */
    public static final String FHIR_JSON = "application/fhir+json";
    public static final String FHIR_XML = "application/fhir+xml";
    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";

    private IngressPaths() {
    }

    /** Returns the platform-http endpoint URI for a path, limited to the given HTTP methods. */
    public static String endpoint(String path, String methods) {
        return "platform-http:" + path + "?httpMethodRestrict=" + methods;
    }
}
