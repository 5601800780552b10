package no.meldeport.gateway.security;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The token endpoint of the development issuer ({@code POST /dev/token} in embedded mode) as a plain function from the
 * form parameters to an OAuth 2.0 token response (RFC 6749 sections 4.4 and 5). The caller serialises
 * {@link Response#body()} as JSON with {@code Cache-Control: no-store}.
 *
 * <p>Form: {@code grant_type=client_credentials}, {@code client_id} of a {@link DevClients} entry, and an optional
 * space-separated {@code scope} (default: every scope the client is allowed). No client secret is checked. With a
 * {@code DPoP} header the proof is validated for {@code POST} to the endpoint's URI and the token is bound to the
 * proof's key ({@code cnf.jkt}, {@code token_type} {@code DPoP}); without one the token is an unbound Bearer token.
 */
public final class DevTokenEndpoint {

    public static final String GRANT_CLIENT_CREDENTIALS = "client_credentials";

    private static final Logger LOG = LoggerFactory.getLogger(DevTokenEndpoint.class);

    private final DevTokenIssuer issuer;
    private final DevClients clients;
    private final DpopProofValidator proofValidator;

    public DevTokenEndpoint(DevTokenIssuer issuer, DevClients clients, DpopProofValidator proofValidator) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.proofValidator = Objects.requireNonNull(proofValidator, "proofValidator");
    }

    /**
     * Handles one token request.
     *
     * @param form the decoded form parameters
     * @param dpopHeader the {@code DPoP} header value, or null when absent
     * @param requestUri the endpoint's absolute URI as the client addressed it, compared with the proof's {@code htu}
     */
    public Response handle(Map<String, String> form, String dpopHeader, URI requestUri) {
        String grantType = form.get("grant_type");
        if (grantType == null || grantType.isBlank()) {
            return Response.error(400, "invalid_request", "grant_type is required");
        }
        if (!GRANT_CLIENT_CREDENTIALS.equals(grantType)) {
            return Response.error(400, "unsupported_grant_type", "Only grant_type=client_credentials is supported");
        }

        String clientId = form.get("client_id");
        if (clientId == null || clientId.isBlank()) {
            return Response.error(400, "invalid_request", "client_id is required");
        }
        DevClients.DevClient client = clients.find(clientId).orElse(null);
        if (client == null) {
            return Response.error(401, "invalid_client", "Unknown client_id; known dev clients: "
                    + String.join(" ", clients.all().stream().map(DevClients.DevClient::clientId).toList()));
        }

        Set<String> scopes = requestedScopes(form.get("scope"), client);
        Set<String> notAllowed = new TreeSet<>(scopes);
        notAllowed.removeAll(client.allowedScopes());
        if (!notAllowed.isEmpty()) {
            return Response.error(400, "invalid_scope", "Scope not allowed for " + clientId + ": "
                    + String.join(" ", notAllowed) + "; allowed: "
                    + String.join(" ", new TreeSet<>(client.allowedScopes())));
        }

        if (dpopHeader == null) {
            return issue(client, scopes, null);
        }
        try {
            return issue(client, scopes, proofValidator.validateForTokenRequest(dpopHeader, "POST", requestUri));
        } catch (InvalidDpopProofException e) {
            return Response.error(400, "invalid_dpop_proof", e.getMessage());
        } catch (ReplayCacheFullException e) {
            LOG.warn("Dev token request rejected clientId={} reason={}", clientId, e.getMessage());
            return Response.error(503, "temporarily_unavailable", "DPoP proofs cannot be checked; retry later");
        }
    }

    private Response issue(DevClients.DevClient client, Set<String> scopes, String thumbprint) {
        String token = issuer.issue(client.clientId(), scopes, thumbprint, client.helseIdClaims());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token);
        body.put("token_type", thumbprint != null ? AuthScheme.DPOP.headerName() : AuthScheme.BEARER.headerName());
        body.put("expires_in", issuer.tokenLifetime().toSeconds());
        body.put("scope", String.join(" ", new TreeSet<>(scopes)));
        LOG.info("Issued dev token clientId={} tokenType={} scope={}", client.clientId(), body.get("token_type"),
                body.get("scope"));
        return new Response(200, body);
    }

    private static Set<String> requestedScopes(String scopeParameter, DevClients.DevClient client) {
        if (scopeParameter == null || scopeParameter.isBlank()) {
            return client.allowedScopes();
        }
        return new LinkedHashSet<>(List.of(scopeParameter.trim().split("\\s+")));
    }

    /**
     * A token response or an OAuth error response.
     *
     * @param status 200, or 400, 401 or 503 for an error
     * @param body the JSON members: {@code access_token}, {@code token_type}, {@code expires_in}, {@code scope}; or
     *     {@code error} and {@code error_description}
     */
    public record Response(int status, Map<String, Object> body) {

        public Response {
            body = Map.copyOf(body);
        }

        static Response error(int status, String error, String description) {
            return new Response(status, Map.of("error", error, "error_description", description));
        }

        public boolean successful() {
            return status == 200;
        }
    }
}
