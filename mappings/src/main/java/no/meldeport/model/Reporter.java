package no.meldeport.model;

/**
 * The submitter, taken from the access token rather than from the report.
 * {@code orgnrParent} is the legal entity, {@code orgnrChild} the point of care, {@code orgnrSupplier} the EPJ
 * supplier in a multi-tenant setup; {@code hprNumber} is present in user tokens only. Any field but the client id may be
 * null.
 */
public record Reporter(
        String clientId,
        String clientName,
        String orgnrParent,
        String orgnrChild,
        String orgnrSupplier,
        String hprNumber) {

    /** Returns the organisation that reported: the point of care if the token names one, else the legal entity. */
    public String reportingOrganisation() {
        return orgnrChild != null ? orgnrChild : orgnrParent;
    }
}
