package no.meldeport.gateway.submission;

import java.util.List;
import java.util.Locale;

/**
 * Every issue Meldeport reports about a submission. Each message has a stable error code (searchable in docs and
 * logs), a message key ({@code submission.} plus the lower-case name with dashes) whose texts are in the message
 * bundles read by {@link MessageTexts}, its FHIR issue code, the HTTP status of a submission rejected with it, and the
 * retry strategy that names what the sender should do next.
 *
 * <p>Codes MP-10xx are about reading a FHIR request, MP-11xx about reading a REST request, and MP-12xx about the
 * content rules of the report types.
 */
public enum IssueMessage {
    VALIDATION_PASSED("MP-1000", IssueCode.INFORMATIONAL, 200, null),

    MEDIA_TYPE_NOT_SUPPORTED("MP-1001", IssueCode.NOT_SUPPORTED, 415),
    BODY_EMPTY("MP-1002", IssueCode.REQUIRED, 400),
    BODY_NOT_UTF8("MP-1003", IssueCode.STRUCTURE, 400),
    BODY_NOT_FHIR("MP-1004", IssueCode.STRUCTURE, 400),
    XML_DOCTYPE_NOT_ALLOWED("MP-1005", IssueCode.STRUCTURE, 400),
    UNKNOWN_ELEMENT("MP-1006", IssueCode.STRUCTURE, 400),
    UNKNOWN_ATTRIBUTE("MP-1007", IssueCode.STRUCTURE, 400),
    INVALID_VALUE("MP-1008", IssueCode.VALUE, 400),
    WRONG_JSON_TYPE("MP-1009", IssueCode.STRUCTURE, 400),
    ELEMENT_REPEATED("MP-1010", IssueCode.STRUCTURE, 400),
    PARSER_REQUIRED_ELEMENT("MP-1011", IssueCode.REQUIRED, 400),
    EXTENSION_VALUE_AND_CHILDREN("MP-1012", IssueCode.STRUCTURE, 400),
    CONTAINED_WITHOUT_ID("MP-1013", IssueCode.REQUIRED, 400),
    BODY_TOO_LARGE("MP-1014", IssueCode.TOO_COSTLY, 413),
    NESTING_TOO_DEEP("MP-1015", IssueCode.TOO_COSTLY, 400),
    DUPLICATE_JSON_PROPERTY("MP-1016", IssueCode.STRUCTURE, 400),
    ARRAY_TOO_LONG("MP-1017", IssueCode.TOO_COSTLY, 413),
    BUNDLE_TOO_MANY_ENTRIES("MP-1018", IssueCode.TOO_COSTLY, 413),
    FHIR_VERSION_NOT_SUPPORTED("MP-1019", IssueCode.NOT_SUPPORTED, 400),

    NOT_A_BUNDLE("MP-1020", IssueCode.NOT_SUPPORTED, 400),
    BUNDLE_NOT_MESSAGE("MP-1021", IssueCode.VALUE, 422),
    BUNDLE_EMPTY("MP-1022", IssueCode.REQUIRED, 422),
    FIRST_ENTRY_NOT_MESSAGE_HEADER("MP-1023", IssueCode.STRUCTURE, 422),
    MESSAGE_ID_MISSING("MP-1024", IssueCode.REQUIRED, 422),
    ENTRY_WITHOUT_RESOURCE("MP-1025", IssueCode.REQUIRED, 422),
    DUPLICATE_FULL_URL("MP-1026", IssueCode.VALUE, 422),
    FHIR_VERSION_PARAMETER_NOT_SUPPORTED("MP-1027", IssueCode.NOT_SUPPORTED, 415),
    MESSAGE_ID_TOO_LONG("MP-1028", IssueCode.TOO_LONG, 422),

    EVENT_CODING_MISSING("MP-1030", IssueCode.REQUIRED, 422),
    EVENT_SYSTEM_UNKNOWN("MP-1031", IssueCode.CODE_INVALID, 422),
    EVENT_CODE_UNKNOWN("MP-1032", IssueCode.CODE_INVALID, 422),

    REFERENCE_NOT_FOUND("MP-1040", IssueCode.NOT_FOUND, 422),
    REFERENCE_WRONG_TYPE("MP-1041", IssueCode.VALUE, 422),

    PATIENT_MISSING("MP-1050", IssueCode.REQUIRED, 422),
    PATIENT_NOT_UNIQUE("MP-1051", IssueCode.NOT_SUPPORTED, 422),
    PATIENT_IDENTIFIER_MISSING("MP-1052", IssueCode.REQUIRED, 422),
    PRACTITIONER_NOT_UNIQUE("MP-1053", IssueCode.REQUIRED, 422),
    PRACTITIONER_HPR_MISSING("MP-1054", IssueCode.REQUIRED, 422),
    ORGANIZATION_NUMBER_MISSING("MP-1055", IssueCode.REQUIRED, 422),

    REPORT_RESOURCE_MISSING("MP-1060", IssueCode.REQUIRED, 422),
    FOCUS_NOT_FOR_REPORT_TYPE("MP-1061", IssueCode.VALUE, 422),
    ELEMENT_REQUIRED("MP-1062", IssueCode.REQUIRED, 422),
    CODING_REQUIRED("MP-1063", IssueCode.REQUIRED, 422),
    DIAGNOSIS_NOT_CODED("MP-1064", IssueCode.CODE_INVALID, 422),
    CODE_NOT_ALLOWED("MP-1065", IssueCode.CODE_INVALID, 422),
    UNIT_NOT_UCUM("MP-1066", IssueCode.VALUE, 422),

    DIAGNOSIS_NOT_NOTIFIABLE("MP-1070", IssueCode.CODE_INVALID, 422),
    CONTENT_FOR_OTHER_REGISTRY("MP-1071", IssueCode.BUSINESS_RULE, 422),
    NO_CONTENT_FOR_REGISTRY("MP-1072", IssueCode.REQUIRED, 422),

    PERSON_IDENTIFIER_NOT_DIGITS("MP-1200", IssueCode.VALUE, 422),
    PERSON_IDENTIFIER_WRONG_LENGTH("MP-1201", IssueCode.VALUE, 422),
    PERSON_IDENTIFIER_CHECK_DIGITS("MP-1202", IssueCode.VALUE, 422),
    PERSON_IDENTIFIER_INVALID_DATE("MP-1203", IssueCode.VALUE, 422),
    PERSON_IDENTIFIER_WRONG_KIND("MP-1204", IssueCode.VALUE, 422),
    PERSON_IDENTIFIER_SYNTHETIC("MP-1205", IssueCode.BUSINESS_RULE, 422),
    FELLES_HJELPENUMMER_WRONG_PREFIX("MP-1206", IssueCode.VALUE, 422),
    DUF_NUMBER_INVALID_YEAR("MP-1207", IssueCode.VALUE, 422),
    H_NUMBER_ASSIGNER_MISSING("MP-1208", IssueCode.REQUIRED, 422),
    PERSON_IDENTIFIER_NOT_ACCEPTED("MP-1209", IssueCode.BUSINESS_RULE, 422),
    BIRTH_DATE_MISMATCH("MP-1210", IssueCode.VALUE, 422),
    HPR_NUMBER_INVALID("MP-1211", IssueCode.VALUE, 422),
    HPR_NUMBER_UNUSUAL("MP-1212", IssueCode.VALUE, 422),
    ORGANISATION_NUMBER_INVALID("MP-1213", IssueCode.VALUE, 422),
    ORGANISATION_NUMBER_CHECK_DIGIT("MP-1214", IssueCode.VALUE, 422),
    MUNICIPALITY_CODE_INVALID("MP-1216", IssueCode.VALUE, 422),
    COUNTRY_CODE_INVALID("MP-1217", IssueCode.VALUE, 422),

    DIAGNOSIS_CODE_INVALID("MP-1220", IssueCode.CODE_INVALID, 422),
    CODE_NOT_IN_VALUE_SET("MP-1221", IssueCode.CODE_INVALID, 422),
    VACCINE_CODE_INVALID("MP-1222", IssueCode.CODE_INVALID, 422),
    ATC_CODE_INVALID("MP-1223", IssueCode.CODE_INVALID, 422),
    ATC_CODE_NOT_VACCINE("MP-1224", IssueCode.CODE_INVALID, 422),
    VACCINE_CODES_MISMATCH("MP-1225", IssueCode.CODE_INVALID, 422),
    MEASUREMENT_UNIT_WRONG("MP-1226", IssueCode.VALUE, 422),
    MEASUREMENT_OUT_OF_RANGE("MP-1227", IssueCode.VALUE, 422),
    MEASUREMENT_UNUSUAL("MP-1228", IssueCode.VALUE, 422),
    MEASUREMENT_CODE_UNKNOWN("MP-1229", IssueCode.CODE_INVALID, 422),
    VALUE_OUT_OF_RANGE("MP-1230", IssueCode.VALUE, 422),

    DATE_IN_FUTURE("MP-1240", IssueCode.VALUE, 422),
    DATE_BEFORE_BIRTH("MP-1241", IssueCode.VALUE, 422),
    DATE_ORDER("MP-1242", IssueCode.VALUE, 422),
    PERIOD_END_BEFORE_START("MP-1243", IssueCode.VALUE, 422),
    PERIODS_OVERLAP("MP-1244", IssueCode.VALUE, 422),
    PERIODS_NOT_IN_ORDER("MP-1245", IssueCode.VALUE, 422),

    FIELD_REQUIRED("MP-1250", IssueCode.REQUIRED, 422),
    FIELD_RECOMMENDED("MP-1251", IssueCode.REQUIRED, 422),

    REST_MEDIA_TYPE_NOT_SUPPORTED("MP-1101", IssueCode.NOT_SUPPORTED, 415),
    REST_BODY_EMPTY("MP-1102", IssueCode.REQUIRED, 400),
    REST_BODY_NOT_JSON("MP-1103", IssueCode.STRUCTURE, 400),
    REST_UNKNOWN_FIELD("MP-1104", IssueCode.STRUCTURE, 400),
    REST_INVALID_VALUE("MP-1105", IssueCode.VALUE, 422),
    REST_PART_MISSING("MP-1106", IssueCode.REQUIRED, 422),
    REST_DUPLICATE_ID("MP-1107", IssueCode.VALUE, 422);

    private final String errorCode;
    private final IssueCode issueCode;
    private final int httpStatus;
    private final RetryStrategy retryStrategy;

    IssueMessage(String errorCode, IssueCode issueCode, int httpStatus) {
        this(errorCode, issueCode, httpStatus, RetryStrategy.FIX_AND_RESEND);
    }

    IssueMessage(String errorCode, IssueCode issueCode, int httpStatus, RetryStrategy retryStrategy) {
        this.errorCode = errorCode;
        this.issueCode = issueCode;
        this.httpStatus = httpStatus;
        this.retryStrategy = retryStrategy;
    }

    /** Returns the stable Meldeport error code, for example {@code MP-1021}. */
    public String errorCode() {
        return errorCode;
    }

    /** Returns the key of this message in the message bundles, for example {@code submission.bundle-not-message}. */
    public String messageKey() {
        return "submission." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public IssueCode issueCode() {
        return issueCode;
    }

    /** Returns the HTTP status for a submission rejected with this issue: 400, 413, 415 or 422 (200 for information). */
    public int httpStatus() {
        return httpStatus;
    }

    /** Returns what the sender should do about this issue, or null for an information message. */
    public RetryStrategy retryStrategy() {
        return retryStrategy;
    }

    /** Formats the text in {@code language} with the given arguments. */
    public String text(MessageLanguage language, List<String> arguments) {
        return MessageTexts.format(language, messageKey(), arguments);
    }

}
