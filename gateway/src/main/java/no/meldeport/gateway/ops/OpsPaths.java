package no.meldeport.gateway.ops;

/** The operator API paths under {@code /ops/api}. Every one needs the scope {@code meldeport:ops}. */
public final class OpsPaths {

    /** {@code GET}: deliveries in one status ({@code ?status=dead|failed|pending|delivered&registry=&limit=}). */
    public static final String DELIVERIES = "/ops/api/deliveries";
    /** {@code GET}: one delivery with its attempt history and its replay audit. */
    public static final String DELIVERY = "/ops/api/deliveries/{id}";
    /** {@code POST}: replay one dead letter or failed delivery. */
    public static final String REPLAY_DELIVERY = "/ops/api/deliveries/{id}/replay";
    /** {@code POST}: replay every dead letter ({@code ?status=failed}: every failed delivery) of one registry. */
    public static final String REPLAY_REGISTRY = "/ops/api/registries/{registry}/replay";

    private OpsPaths() {
    }
}
