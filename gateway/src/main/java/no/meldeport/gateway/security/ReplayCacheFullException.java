package no.meldeport.gateway.security;

/** The DPoP jti replay cache contains its maximum number of unexpired entries, so a new proof cannot be checked. */
public final class ReplayCacheFullException extends RuntimeException {

    public ReplayCacheFullException(int maxEntries) {
        super("DPoP jti replay cache is full (" + maxEntries + " unexpired entries)");
    }
}
