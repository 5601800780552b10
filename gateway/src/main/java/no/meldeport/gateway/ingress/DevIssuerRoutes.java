package no.meldeport.gateway.ingress;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.meldeport.gateway.json.Json;
import no.meldeport.gateway.security.DevTokenEndpoint;
import no.meldeport.gateway.security.DevTokenIssuer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/**
 * The development issuer of embedded mode: {@code POST /dev/token} (OAuth2 client credentials, form encoded) and
 * {@code GET /dev/jwks.json}. Production mode never adds these routes.
 */
public final class DevIssuerRoutes extends RouteBuilder {

    public static final String TOKEN_PATH = "/dev/token";
    public static final String JWKS_PATH = "/dev/jwks.json";
    public static final String TOKEN_ROUTE_ID = "dev-token";
    public static final String JWKS_ROUTE_ID = "dev-jwks";

    private static final List<String> FORM_FIELDS =
            List.of("grant_type", "client_id", "scope", "client_assertion", "client_assertion_type");

    private final DevTokenIssuer issuer;
    private final DevTokenEndpoint endpoint;
    private final PublicAddress publicAddress;

    public DevIssuerRoutes(DevTokenIssuer issuer, DevTokenEndpoint endpoint, PublicAddress publicAddress) {
        this.issuer = issuer;
        this.endpoint = endpoint;
        this.publicAddress = publicAddress;
    }

    @Override
    public void configure() {
        from(IngressPaths.endpoint(TOKEN_PATH, "POST"))
                .routeId(TOKEN_ROUTE_ID)
                .routeConfigurationId(IngressErrorHandling.CONFIGURATION_ID)
                .process(this::token);

        from(IngressPaths.endpoint(JWKS_PATH, "GET"))
                .routeId(JWKS_ROUTE_ID)
                .process(exchange -> {
                    Message message = exchange.getMessage();
                    message.removeHeaders("*");
                    message.setHeader(Exchange.CONTENT_TYPE, "application/jwk-set+json");
                    message.setBody(issuer.jwksJson());
                });
    }

    private void token(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        String dpop = RequestFacts.header(message, RequestFacts.DPOP);
        Map<String, String> form = form(message);
        DevTokenEndpoint.Response response =
                endpoint.handle(form, dpop, RequestFacts.publicUri(message, publicAddress.baseUrl()));
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
        message.setHeader(Exchange.CONTENT_TYPE, IngressPaths.JSON);
        message.setHeader("Cache-Control", "no-store");
        message.setBody(Json.mapper().writeValueAsString(response.body()));
    }

    /**
     * Reads the OAuth2 form fields. For {@code application/x-www-form-urlencoded} platform-http has already decoded the
     * body into a map of fields; any other body is decoded here.
     */
    private static Map<String, String> form(Message message) {
        Object body = message.getBody();
        if (body instanceof Map<?, ?> fields) {
            Map<String, String> form = new HashMap<>();
            for (String field : FORM_FIELDS) {
                Object value = fields.get(field);
                if (value instanceof java.util.Collection<?> values) {
                    value = values.isEmpty() ? null : values.iterator().next();
                }
                if (value != null) {
                    form.put(field, value.toString());
                }
            }
            return form;
        }
        String text = message.getBody(String.class);
        return parseForm(text == null ? "" : text);
    }

    /** Decodes an {@code application/x-www-form-urlencoded} body; a repeated field keeps its first value. */
    static Map<String, String> parseForm(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            form.putIfAbsent(name, value);
        }
        return form;
    }
}
