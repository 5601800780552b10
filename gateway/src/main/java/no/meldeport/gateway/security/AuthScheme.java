package no.meldeport.gateway.security;

/** The HTTP authentication schemes for access tokens: RFC 6750 {@code Bearer} and RFC 9449 {@code DPoP}. */
public enum AuthScheme {
    BEARER("Bearer"),
    DPOP("DPoP");

    private final String headerName;

    AuthScheme(String headerName) {
        this.headerName = headerName;
    }

    /** The scheme as written in {@code Authorization} and {@code WWW-Authenticate}. */
    public String headerName() {
        return headerName;
    }
}
