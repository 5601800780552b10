package no.meldeport.routes.delivery;

import org.apache.camel.builder.RouteBuilder;

/**
 * The one template every per-registry delivery route is created from: poll the outbox, lease due deliveries, then
 * for each one map it, send it with camel-http and record the outcome. The shared processors are looked up by the
 * bean names in {@link DeliveryRouteNames}; the route's registry travels as an exchange property.
 */
public final class DeliveryRouteTemplate extends RouteBuilder {

    @Override
    public void configure() {
        routeTemplate(DeliveryRouteNames.TEMPLATE_ID)
                .templateParameter(DeliveryRouteNames.PARAM_REGISTRY)
                .templateParameter(DeliveryRouteNames.PARAM_POLL_MILLIS)
                .from("timer:delivery-{{registry}}?period={{pollMillis}}&delay={{pollMillis}}")
                    .setProperty(DeliveryRouteNames.PROPERTY_REGISTRY, constant("{{registry}}"))
                    .process("#" + DeliveryRouteNames.CLAIM_BEAN).id("claim-{{registry}}")
                    .split(body())
                        .process("#" + DeliveryRouteNames.PREPARE_BEAN).id("prepare-{{registry}}")
                        .doTry()
                            .toD("${exchangeProperty." + DeliveryRouteNames.PROPERTY_TARGET_URL + "}"
                                    + "?throwExceptionOnFailure=false").id("send-{{registry}}")
                            .process("#" + DeliveryRouteNames.RECORD_BEAN).id("record-{{registry}}")
                        .doCatch(Exception.class)
                            .process("#" + DeliveryRouteNames.FAILURE_BEAN).id("record-failure-{{registry}}")
                        .end()
                    .end();
    }
}
