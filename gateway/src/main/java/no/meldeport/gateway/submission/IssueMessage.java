package no.meldeport.gateway.submission;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Every issue Meldeport reports about a submission. Each message has a stable error code (searchable in docs and
 * logs), a message key for translated texts ({@code submission.} plus the lower-case name with dashes), its FHIR issue
 * code, the HTTP status class it belongs to, and an English {@link MessageFormat} pattern whose arguments never carry
 * personal data.
 */
public enum IssueMessage {
    MEDIA_TYPE_NOT_SUPPORTED("MP-1001", IssueCode.NOT_SUPPORTED, 415,
            "The media type {0} is not supported. Send application/fhir+json or application/fhir+xml."),
    BODY_EMPTY("MP-1002", IssueCode.REQUIRED, 400,
            "The request body is empty. Send a FHIR Bundle of type message."),
    BODY_NOT_UTF8("MP-1003", IssueCode.STRUCTURE, 400,
            "The request body is not valid UTF-8, which FHIR requires."),
    BODY_NOT_FHIR("MP-1004", IssueCode.STRUCTURE, 400,
            "The request body could not be parsed as FHIR {0}. The diagnostics give the reason from the parser."),
    XML_DOCTYPE_NOT_ALLOWED("MP-1005", IssueCode.STRUCTURE, 400,
            "The XML body contains a DOCTYPE declaration, which is not allowed. Remove the DOCTYPE and every entity"
                    + " declaration."),
    UNKNOWN_ELEMENT("MP-1006", IssueCode.STRUCTURE, 400,
            "The element {0} is not defined in FHIR R4 at this place. Remove it or move its content to an extension."),
    UNKNOWN_ATTRIBUTE("MP-1007", IssueCode.STRUCTURE, 400,
            "The XML attribute {0} is not defined in FHIR R4 at this place."),
    INVALID_VALUE("MP-1008", IssueCode.VALUE, 400,
            "The value of {0} is invalid. The diagnostics give the reason from the parser."),
    WRONG_JSON_TYPE("MP-1009", IssueCode.STRUCTURE, 400,
            "The JSON property {0} has the wrong type: expected {1}, found {2}."),
    ELEMENT_REPEATED("MP-1010", IssueCode.STRUCTURE, 400,
            "The element {0} occurs more than once but may occur only once."),
    PARSER_REQUIRED_ELEMENT("MP-1011", IssueCode.REQUIRED, 400,
            "The element {0} is required."),
    EXTENSION_VALUE_AND_CHILDREN("MP-1012", IssueCode.STRUCTURE, 400,
            "An extension has both a value and nested extensions. Give it one or the other."),
    CONTAINED_WITHOUT_ID("MP-1013", IssueCode.REQUIRED, 400,
            "A contained resource has no id, so nothing can refer to it."),

    NOT_A_BUNDLE("MP-1020", IssueCode.NOT_SUPPORTED, 400,
            "The body is a {0}, but $process-message accepts only a Bundle of type message."),
    BUNDLE_NOT_MESSAGE("MP-1021", IssueCode.VALUE, 422,
            "The Bundle type is {0}, but it must be message."),
    BUNDLE_EMPTY("MP-1022", IssueCode.REQUIRED, 422,
            "The Bundle has no entries. The first entry must be a MessageHeader."),
    FIRST_ENTRY_NOT_MESSAGE_HEADER("MP-1023", IssueCode.STRUCTURE, 422,
            "The first entry is a {0}, but it must be a MessageHeader."),
    MESSAGE_ID_MISSING("MP-1024", IssueCode.REQUIRED, 422,
            "The Bundle has neither identifier.value nor id. Give every message a unique Bundle.identifier, for"
                    + " example a urn:uuid."),
    ENTRY_WITHOUT_RESOURCE("MP-1025", IssueCode.REQUIRED, 422,
            "The entry has no resource."),
    DUPLICATE_FULL_URL("MP-1026", IssueCode.VALUE, 422,
            "The fullUrl {0} occurs in more than one entry."),

    EVENT_CODING_MISSING("MP-1030", IssueCode.REQUIRED, 422,
            "MessageHeader.eventCoding is missing. Name the report type with system {0} and one of the codes {1}."),
    EVENT_SYSTEM_UNKNOWN("MP-1031", IssueCode.CODE_INVALID, 422,
            "The event code system {0} is unknown. Use {1}."),
    EVENT_CODE_UNKNOWN("MP-1032", IssueCode.CODE_INVALID, 422,
            "The report type {0} is unknown. Known report types: {1}."),

    REFERENCE_NOT_FOUND("MP-1040", IssueCode.NOT_FOUND, 422,
            "The reference {0} does not resolve to any entry of the Bundle. Add the resource with that fullUrl or"
                    + " correct the reference."),
    REFERENCE_WRONG_TYPE("MP-1041", IssueCode.VALUE, 422,
            "The reference {0} points to a {1}, but it must point to a {2}."),

    PATIENT_MISSING("MP-1050", IssueCode.REQUIRED, 422,
            "The Bundle has no Patient. Every report needs exactly one Patient."),
    PATIENT_NOT_UNIQUE("MP-1051", IssueCode.NOT_SUPPORTED, 422,
            "The Bundle has {0} Patients, but one submission is about exactly one patient."),
    PATIENT_IDENTIFIER_MISSING("MP-1052", IssueCode.REQUIRED, 422,
            "The Patient has no identifier from a Norwegian person identifier system. Use one of {0}."),
    PRACTITIONER_NOT_UNIQUE("MP-1053", IssueCode.REQUIRED, 422,
            "The Bundle has {0} Practitioners. Name the clinician of record in MessageHeader.author."),
    PRACTITIONER_HPR_MISSING("MP-1054", IssueCode.REQUIRED, 422,
            "The Practitioner has no HPR number (identifier system {0})."),
    ORGANIZATION_NUMBER_MISSING("MP-1055", IssueCode.REQUIRED, 422,
            "The Organization has no organisation number (identifier system {0})."),

    REPORT_RESOURCE_MISSING("MP-1060", IssueCode.REQUIRED, 422,
            "A {0} report needs {1} in the Bundle."),
    FOCUS_NOT_FOR_REPORT_TYPE("MP-1061", IssueCode.VALUE, 422,
            "MessageHeader.focus points to a {0}, which a {1} report cannot contain. Point it to {2}."),
    ELEMENT_REQUIRED("MP-1062", IssueCode.REQUIRED, 422,
            "{0} is required."),
    CODING_REQUIRED("MP-1063", IssueCode.REQUIRED, 422,
            "{0} needs a coding with system {1}."),
    DIAGNOSIS_NOT_CODED("MP-1064", IssueCode.CODE_INVALID, 422,
            "The Condition code has no ICD-10 or ICPC-2 coding. Add a coding with system {0} or {1}."),
    CODE_NOT_ALLOWED("MP-1065", IssueCode.CODE_INVALID, 422,
            "The code {0} is not allowed here. Allowed codes: {1}."),
    UNIT_NOT_UCUM("MP-1066", IssueCode.VALUE, 422,
            "The quantity needs a value and a UCUM unit code (system http://unitsofmeasure.org)."),

    DIAGNOSIS_NOT_NOTIFIABLE("MP-1070", IssueCode.CODE_INVALID, 422,
            "The diagnosis is not a notifiable disease, so it cannot be sent as a klinikermelding. Correct the code,"
                    + " or send the consultation as an encounter-report."),
    CONTENT_FOR_OTHER_REGISTRY("MP-1071", IssueCode.BUSINESS_RULE, 422,
            "A {0} report is delivered to {1} only, but this part belongs to {2}. Send it as an encounter-report."),
    NO_CONTENT_FOR_REGISTRY("MP-1072", IssueCode.REQUIRED, 422,
            "A {0} report must contain a part for {1}."),

    REST_MEDIA_TYPE_NOT_SUPPORTED("MP-1101", IssueCode.NOT_SUPPORTED, 415,
            "The media type {0} is not supported. Send application/json."),
    REST_BODY_EMPTY("MP-1102", IssueCode.REQUIRED, 400,
            "The request body is empty. Send one report document as JSON."),
    REST_BODY_NOT_JSON("MP-1103", IssueCode.STRUCTURE, 400,
            "The request body is not a JSON object. The diagnostics give the reason from the parser."),
    REST_UNKNOWN_FIELD("MP-1104", IssueCode.STRUCTURE, 400,
            "The field {0} is not defined here. Remove it or correct its name; GET /api/v1/report-types lists every"
                    + " field."),
    REST_INVALID_VALUE("MP-1105", IssueCode.VALUE, 422,
            "The value of {0} is invalid: expected {1}."),
    REST_PART_MISSING("MP-1106", IssueCode.REQUIRED, 422,
            "A {0} report needs at least one entry in {1}."),
    REST_DUPLICATE_ID("MP-1107", IssueCode.VALUE, 422,
            "The id {0} is used by more than one part of the report. Give every part its own id, or leave the ids"
                    + " out.");

    private final String errorCode;
    private final IssueCode issueCode;
    private final int httpStatus;
    private final String englishPattern;

    IssueMessage(String errorCode, IssueCode issueCode, int httpStatus, String englishPattern) {
        this.errorCode = errorCode;
        this.issueCode = issueCode;
        this.httpStatus = httpStatus;
        this.englishPattern = englishPattern;
    }

    /** Returns the stable Meldeport error code, for example {@code MP-1021}. */
    public String errorCode() {
        return errorCode;
    }

    /** Returns the key of this message in translated message bundles, for example {@code submission.bundle-not-message}. */
    public String messageKey() {
        return "submission." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public IssueCode issueCode() {
        return issueCode;
    }

    /** Returns the HTTP status for a submission rejected with this issue: 400, 415 or 422. */
    public int httpStatus() {
        return httpStatus;
    }

    public String englishPattern() {
        return englishPattern;
    }

    /** Formats the English text with the given arguments. */
    public String english(Object... arguments) {
        return new MessageFormat(englishPattern, Locale.ROOT).format(arguments);
    }
}
