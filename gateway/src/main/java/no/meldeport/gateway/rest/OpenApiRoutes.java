package no.meldeport.gateway.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import no.meldeport.gateway.ingress.ErrorCodes;
import no.meldeport.gateway.ingress.IngressPaths;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/**
 * Serves the OpenAPI description ({@code GET /openapi.yaml}, from the openapi module's classpath resource) and a
 * browsable page of it at {@code /docs}: Meldeport's own page and start script, with the Swagger UI files from the
 * {@code org.webjars:swagger-ui} jar. Nothing is loaded from outside the gateway. Only the files the page uses are
 * served, so no other classpath resource can be read through {@code /docs/{asset}}.
 */
public final class OpenApiRoutes extends RouteBuilder {

    /** The classpath resource of the description; the openapi module puts it at the classpath root. */
    public static final String OPENAPI_RESOURCE = "openapi.yaml";
    public static final String YAML = "application/yaml";

    private static final String OWN_DOCS = "no/meldeport/gateway/rest/docs/";
    private static final String WEBJAR_PROPERTIES = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
    private static final Map<String, String> SWAGGER_ASSETS = Map.of(
            "swagger-ui.css", "text/css",
            "swagger-ui-bundle.js", "text/javascript",
            "favicon-32x32.png", "image/png");
    private static final Map<String, String> OWN_ASSETS = Map.of("meldeport-docs.js", "text/javascript");

    private final byte[] openApi = read(OPENAPI_RESOURCE);
    private final byte[] page = read(OWN_DOCS + "index.html");
    private final String webjarDirectory = "META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";

    @Override
    public void configure() {
        from(IngressPaths.endpoint(ApiPaths.OPENAPI, "GET"))
                .routeId("openapi-yaml")
                .process(exchange -> respond(exchange.getMessage(), 200, YAML + "; charset=utf-8", openApi));
        from(IngressPaths.endpoint(ApiPaths.DOCS, "GET"))
                .routeId("api-docs")
                .process(exchange -> respond(exchange.getMessage(), 200, "text/html; charset=utf-8", page));
        from(IngressPaths.endpoint(ApiPaths.DOCS_ASSET, "GET"))
                .routeId("api-docs-asset")
                .process(this::asset);
    }

    private void asset(Exchange exchange) {
        Message message = exchange.getMessage();
        String name = message.getHeader("asset", String.class);
        if (SWAGGER_ASSETS.containsKey(name)) {
            respond(message, 200, SWAGGER_ASSETS.get(name), read(webjarDirectory + name));
        } else if (OWN_ASSETS.containsKey(name)) {
            respond(message, 200, OWN_ASSETS.get(name), read(OWN_DOCS + name));
        } else {
            ApiResponses.problem(message, 404, ErrorCodes.NOT_FOUND, "Not found",
                    "The API page has no file of that name.");
        }
    }

    private static void respond(Message message, int status, String contentType, byte[] body) {
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, contentType);
        message.setBody(body);
    }

    private static String webjarVersion() {
        Properties properties = new Properties();
        try (InputStream in = resource(WEBJAR_PROPERTIES)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + WEBJAR_PROPERTIES, e);
        }
        return properties.getProperty("version");
    }

    private static byte[] read(String name) {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the classpath resource " + name, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = OpenApiRoutes.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("The classpath resource " + name + " is missing; the gateway is built"
                    + " with the openapi module and org.webjars:swagger-ui");
        }
        return in;
    }
}
