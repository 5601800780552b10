package no.meldeport.gateway.ingress;

/**
 * The base URL clients use to reach the gateway, for {@code Location} headers and DPoP {@code htu} checks. It is the
 * configured {@code MELDEPORT_PUBLIC_BASE_URL}, or else built from the bind host and the port the server actually
 * listens on, which is known only after start when port 0 was asked for.
 */
public final class PublicAddress {

    private final String configuredBaseUrl;
    private final String host;
    private volatile int port;

    public PublicAddress(String configuredBaseUrl, String bindHost, int configuredPort) {
        this.configuredBaseUrl = configuredBaseUrl == null ? null : stripTrailingSlash(configuredBaseUrl);
        this.host = "0.0.0.0".equals(bindHost) || "::".equals(bindHost) ? "localhost" : bindHost;
        this.port = configuredPort;
    }

    /** Records the port the HTTP server listens on. */
    public void listeningOn(int actualPort) {
        this.port = actualPort;
    }

    public String baseUrl() {
        return configuredBaseUrl != null ? configuredBaseUrl : "http://" + host + ":" + port;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
