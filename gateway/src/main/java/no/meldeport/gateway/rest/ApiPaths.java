package no.meldeport.gateway.rest;

/** The HTTP paths of the plain REST face and the FHIR read endpoints, beside those in {@code IngressPaths}. */
public final class ApiPaths {

    public static final String REPORTS = "/api/v1/reports";
    public static final String REPORTS_VALIDATE = "/api/v1/reports/validate";
    public static final String SUBMISSIONS = "/api/v1/submissions";
    public static final String SUBMISSION_RECEIPT = "/api/v1/submissions/{id}/receipt";
    public static final String REPORT_TYPES = "/api/v1/report-types";
    public static final String REGISTRIES = "/api/v1/registries";
    public static final String OPENAPI = "/openapi.yaml";
    public static final String DOCS = "/docs";
    public static final String DOCS_ASSET = "/docs/{asset}";
    public static final String FHIR_METADATA = "/fhir/metadata";
    public static final String FHIR_TASK_SEARCH = "/fhir/Task";
    public static final String FHIR_TASK = "/fhir/Task/{id}";
    public static final String FHIR_DOCUMENT_REFERENCE = "/fhir/DocumentReference/{id}";
    public static final String FHIR_MESSAGE_DEFINITIONS = "/fhir/MessageDefinition";

    /** Returns the URL of one submission's status, as {@code Location} names it. */
    public static String submission(String baseUrl, String submissionId) {
        return baseUrl + SUBMISSIONS + "/" + submissionId;
    }

    private ApiPaths() {
    }
}
