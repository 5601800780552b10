package no.meldeport.model;

/**
 * Maps one delivery to a registry's own format and reads the registry's response. Implementations are pure: no I/O, no
 * clock, no randomness, so the same input always yields the same output.
 */
public interface RegistryMapper {

    Registry registry();

    /** Builds the registry message, or throws {@link IllegalArgumentException} when the content is not for this registry. */
    RegistryMessage map(DeliveryEnvelope envelope);

    /**
     * Reads the registry's response to a message. Only called for responses that are not transient by status (so not for
     * 429 or 5xx): a 2xx with a receipt id is {@link RegistryResponse.Accepted}, a 4xx carrying the registry's error is
     * {@link RegistryResponse.Rejected}, anything else {@link RegistryResponse.Unreadable}.
     *
     * @param contentType the answer's {@code Content-Type}, may be null
     * @param body the answer's body, may be empty
     */
    RegistryResponse readResponse(int httpStatus, String contentType, String body);
}
