package no.meldeport.gateway.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import no.meldeport.gateway.ingress.IngressPaths;
import no.meldeport.gateway.ingress.RequestFacts;
import no.meldeport.gateway.submission.MessageLanguage;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code GET /ops}: the operators' page, in bokmål unless {@code Accept-Language} prefers English. The page itself
 * carries no data; its script reads {@code /api/v1/registries} and {@code /ops/api/deliveries} with the operator's
 * token and replays dead letters through {@code /ops/api}.
 */
public final class OpsPageRoutes extends RouteBuilder {

    public static final String ROUTE_ID = "ops-page";
    public static final String PATH = "/ops";
    private static final String RESOURCE = "ops/index.html";

    private final String template = readTemplate();

    @Override
    public void configure() {
        from(IngressPaths.endpoint(PATH, "GET"))
                .routeId(ROUTE_ID)
                .process(this::page);
    }

    private void page(Exchange exchange) {
        Message message = exchange.getMessage();
        MessageLanguage language = RequestFacts.language(message);
        message.removeHeaders("*");
        message.setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        message.setHeader("Content-Language", language.tag());
        message.setHeader("Cache-Control", "no-store");
        message.setHeader("Content-Security-Policy",
                "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'");
        message.setBody(template.replace("{{LANG}}", language.tag()));
    }

    private static String readTemplate() {
        try (InputStream page = OpsPageRoutes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (page == null) {
                throw new IllegalStateException("The operator page " + RESOURCE + " is missing from the classpath");
            }
            return new String(page.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the operator page " + RESOURCE, e);
        }
    }
}
