package no.meldeport.gateway.submission;

/** The severity of an issue, with its FHIR {@code OperationOutcome.issue.severity} code. */
public enum IssueSeverity {
    FATAL("fatal"),
    ERROR("error"),
    WARNING("warning"),
    INFORMATION("information");

    private final String code;

    IssueSeverity(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
