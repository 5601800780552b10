package no.meldeport.gateway.ingress;

import org.apache.camel.builder.RouteConfigurationBuilder;

/** The route configuration every ingress route uses: any exception is handled by the {@link ErrorResponder}. */
public final class IngressErrorHandling extends RouteConfigurationBuilder {

    public static final String CONFIGURATION_ID = "ingress-errors";
    public static final String RESPONDER_BEAN = "ingressErrorResponder";

    @Override
    public void configuration() {
        routeConfiguration(CONFIGURATION_ID)
                .onException(Exception.class)
                    .handled(true)
                    .process("#" + RESPONDER_BEAN);
    }
}
