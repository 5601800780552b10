package no.meldeport.gateway.submission;

/** The kind of an issue, with its code from the FHIR IssueType value set ({@code OperationOutcome.issue.code}). */
public enum IssueCode {
    /** The content could not be parsed, or has the wrong shape. */
    STRUCTURE("structure"),
    /** A required element or resource is missing. */
    REQUIRED("required"),
    /** An element has a value that is not allowed here. */
    VALUE("value"),
    /** A code or code system is unknown, or not allowed here. */
    CODE_INVALID("code-invalid"),
    /** A media type, resource type or feature that this endpoint does not support. */
    NOT_SUPPORTED("not-supported"),
    /** A reference that points to nothing in the Bundle. */
    NOT_FOUND("not-found"),
    /** The content breaks a rule of the report type. */
    BUSINESS_RULE("business-rule"),
    /** The request exceeds a limit on size, depth or count that protects the gateway. */
    TOO_COSTLY("too-costly"),
    /** A value is longer than Meldeport can store. */
    TOO_LONG("too-long"),
    /** Not a problem: a note such as "no problems found". */
    INFORMATIONAL("informational");

    private final String code;

    IssueCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
