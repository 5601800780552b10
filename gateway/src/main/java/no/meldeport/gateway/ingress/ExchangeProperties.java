package no.meldeport.gateway.ingress;

/** Exchange properties the ingress routes set, with their types. */
final class ExchangeProperties {

    /** {@link no.meldeport.gateway.security.AuthenticatedClient}: the caller, once authenticated. */
    static final String CLIENT = "meldeportClient";

    /** {@code byte[]}: the request body as received. */
    static final String BODY = "meldeportRequestBody";

    private ExchangeProperties() {
    }
}
