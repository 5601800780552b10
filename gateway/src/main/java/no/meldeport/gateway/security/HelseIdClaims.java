package no.meldeport.gateway.security;

/**
 * Names of the access-token claims Meldeport reads: the registered JWT and OAuth claims and HelseID's own claim URIs.
 */
public final class HelseIdClaims {

    public static final String CLIENT_ID = "client_id";
    public static final String SCOPE = "scope";
    /** The confirmation claim of a sender-constrained token (RFC 7800); Meldeport reads its {@link #JKT} member. */
    public static final String CNF = "cnf";
    /** The base64url SHA-256 JWK thumbprint (RFC 7638) of the DPoP key a token is bound to (RFC 9449 section 6.1). */
    public static final String JKT = "jkt";

    /** Organisation number of the legal entity. */
    public static final String ORGNR_PARENT = "helseid://claims/client/claims/orgnr_parent";
    /** Organisation number of the point of care. */
    public static final String ORGNR_CHILD = "helseid://claims/client/claims/orgnr_child";
    /** Organisation number of the EPJ supplier in a multi-tenant setup. */
    public static final String ORGNR_SUPPLIER = "helseid://claims/client/claims/orgnr_supplier";
    public static final String CLIENT_NAME = "helseid://claims/client/client_name";
    /** HPR number of the health professional; present in user tokens only. */
    public static final String HPR_NUMBER = "helseid://claims/hpr/hpr_number";
    /**
     * The user's fødselsnummer. Meldeport never reads, stores or logs it. The constant exists so that tests can check
     * that it is dropped.
     */
    public static final String PID = "helseid://claims/identity/pid";

    private HelseIdClaims() {
    }
}
