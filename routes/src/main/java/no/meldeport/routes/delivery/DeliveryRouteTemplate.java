package no.meldeport.routes.delivery;

import java.io.IOException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.hc.core5.http.HttpException;

/**
 * The one template every per-registry delivery route is created from: poll the outbox, lease due deliveries, then
 * send them in parallel on the registry's own thread pool. Each one is mapped, guarded by the registry's bulkhead and
 * circuit breaker, sent with camel-http through the registry's own HTTP component, and its outcome recorded. The
 * shared processors are looked up by the bean names in {@link DeliveryRouteNames}; the route's registry travels as an
 * exchange property.
 *
 * <p>Only request failures (I/O and HTTP protocol errors: refused, reset, timed out, garbled) are caught as transient
 * faults. An exception from recording (the outbox is unreachable) ends the attempt unrecorded; its lease runs out and
 * the delivery is claimed again.
 *
 * <p>A batch holds at most one delivery per patient, because the outbox does not offer a patient's next delivery
 * while an earlier one is pending, so parallel sending keeps each patient's order.
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
                    .split(body()).parallelProcessing()
                            .executorService(DeliveryRouteNames.EXECUTOR_BEAN_PREFIX + "{{registry}}")
                        .process("#" + DeliveryRouteNames.PREPARE_BEAN).id("prepare-{{registry}}")
                        .filter(exchangeProperty(DeliveryRouteNames.PROPERTY_PERMIT).isNotNull())
                            .doTry()
                                .toD("${exchangeProperty." + DeliveryRouteNames.PROPERTY_TARGET_URL + "}"
                                        + "?throwExceptionOnFailure=false").id("send-{{registry}}")
                                .process("#" + DeliveryRouteNames.RECORD_BEAN).id("record-{{registry}}")
                            .doCatch(IOException.class, HttpException.class)
                                .process("#" + DeliveryRouteNames.FAILURE_BEAN).id("record-failure-{{registry}}")
                            .doFinally()
                                .process("#" + DeliveryRouteNames.FINISH_BEAN).id("finish-{{registry}}")
                            .end()
                        .end()
                    .end();
    }
}
