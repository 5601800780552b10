package no.meldeport.gateway.submission;

/**
 * The next step of the sending system after an error response, so the EPJ can tell the GP whether to correct the form or
 * only wait. The code is the value of the retry-strategy extension on an OperationOutcome issue and of the
 * {@code retryStrategy} member of a problem document.
 */
public enum RetryStrategy {
    /** The request is wrong: correct it and send it again. Sending it unchanged gives the same response. */
    FIX_AND_RESEND("fix-and-resend"),
    /** A passing condition on Meldeport's side: send the same request again later, after {@code Retry-After}. */
    RETRY_LATER("retry-later"),
    /** Neither the sender nor time can fix it, for example missing access rights: contact Meldeport support. */
    CONTACT_SUPPORT("contact-support");

    private final String code;

    RetryStrategy(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
