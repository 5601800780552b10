package no.meldeport.routes.delivery;

/** Route, template, bean and exchange-property names of the delivery flow, in one place. */
public final class DeliveryRouteNames {

    /** Id of the route template that every per-registry delivery route is created from. */
    public static final String TEMPLATE_ID = "registry-delivery";

    /** Template parameter: the registry id ({@code sysvak}, {@code msis}, {@code noklus}, {@code nav}). */
    public static final String PARAM_REGISTRY = "registry";

    /** Template parameter: milliseconds between two polls of the outbox. */
    public static final String PARAM_POLL_MILLIS = "pollMillis";

    /** Registry bean names of the shared processors. */
    public static final String CLAIM_BEAN = "deliveryClaimProcessor";
    public static final String PREPARE_BEAN = "deliveryPrepareProcessor";
    public static final String RECORD_BEAN = "deliveryRecordProcessor";
    public static final String FAILURE_BEAN = "deliveryFailureProcessor";
    public static final String FINISH_BEAN = "deliveryFinishProcessor";

    /** Registry bean name of the {@link RegistryGuards}, for health views and tests. */
    public static final String GUARDS_BEAN = "deliveryRegistryGuards";

    /** Prefix of the registry bean name of each registry's thread pool: {@code deliveryExecutor-<registry id>}. */
    public static final String EXECUTOR_BEAN_PREFIX = "deliveryExecutor-";

    /**
     * Prefix of the registry bean name of each registry's HTTP component: {@code http-<registry id>} (and
     * {@code https-<registry id>}), so the connection pool and timeouts are per registry.
     */
    public static final String HTTP_COMPONENT_PREFIX = "http-";
    public static final String HTTPS_COMPONENT_PREFIX = "https-";

    /** Exchange property (String): the registry id of the route. */
    public static final String PROPERTY_REGISTRY = "meldeportRegistry";

    /** Exchange property ({@link ClaimedDelivery}): the delivery of the current split exchange. */
    public static final String PROPERTY_DELIVERY = "meldeportDelivery";

    /** Exchange property (String): the full registry URL of the current request. */
    public static final String PROPERTY_TARGET_URL = "meldeportTargetUrl";

    /**
     * Exchange property ({@link RegistryGuard.Permit}): set when the delivery of the current split exchange may be
     * sent; absent when it was released, failed to map, or the node is stopping.
     */
    public static final String PROPERTY_PERMIT = "meldeportPermit";

    /** The HTTP header that carries the delivery id to the registry. */
    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    private DeliveryRouteNames() {
    }

    /** The route id of one registry's delivery route. */
    public static String routeId(String registryId) {
        return "delivery-" + registryId;
    }

    /** Returns the registry bean name of one registry's thread pool. */
    public static String executorBean(String registryId) {
        return EXECUTOR_BEAN_PREFIX + registryId;
    }
}
