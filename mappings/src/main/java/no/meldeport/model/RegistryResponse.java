package no.meldeport.model;

/**
 * What a registry answered to one delivery, as read by that registry's {@link RegistryMapper#readResponse}.
 * {@link Accepted} carries the registry's receipt id; {@link Rejected} a validation error that resending the same
 * message cannot fix; {@link Unreadable} an answer that could not be understood, which callers treat as transient.
 */
public sealed interface RegistryResponse {

    record Accepted(String receiptId) implements RegistryResponse {
    }

    /** {@code reason} is the registry's own error text, without patient data added by Meldeport. */
    record Rejected(String errorCode, String reason) implements RegistryResponse {
    }

    record Unreadable(String detail) implements RegistryResponse {
    }
}
