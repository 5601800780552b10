package no.meldeport.mappings;

import no.meldeport.model.DeliveryEnvelope;
import no.meldeport.model.Organization;
import no.meldeport.model.Practitioner;
import no.meldeport.model.ReportContent;
import no.meldeport.model.Reporter;

/** Reads the facts that every registry mapping takes from a delivery envelope, with the same fallbacks for all. */
public final class Envelopes {

    private Envelopes() {
    }

    /**
     * Returns the content as the type a mapper handles.
     *
     * @throws IllegalArgumentException when the content is of another kind, so it belongs to another registry
     */
    public static <T extends ReportContent> T content(DeliveryEnvelope envelope, Class<T> type) {
        ReportContent content = envelope.content();
        if (!type.isInstance(content)) {
            throw new IllegalArgumentException("Delivery " + envelope.deliveryId() + " contains "
                    + content.getClass().getSimpleName() + " for " + content.registry().displayName()
                    + ", but this mapper expects " + type.getSimpleName());
        }
        return type.cast(content);
    }

    /**
     * Returns the HPR number of the clinician of record, or else of the health professional in the access token.
     * Returns null when neither is known.
     */
    public static String hprNumber(DeliveryEnvelope envelope) {
        Practitioner clinician = envelope.context().clinician();
        if (clinician != null && clinician.hprNumber() != null) {
            return clinician.hprNumber();
        }
        Reporter reporter = envelope.reporter();
        return reporter == null ? null : reporter.hprNumber();
    }

    /** Returns the clinician's given and family name joined by a space, or null when the report names neither. */
    public static String clinicianName(DeliveryEnvelope envelope) {
        Practitioner clinician = envelope.context().clinician();
        if (clinician == null) {
            return null;
        }
        return joinNames(clinician.givenName(), clinician.familyName());
    }

    /**
     * Returns the organisation number of the point of care in the report, or else of the reporting organisation in the
     * access token. Returns null when neither is known.
     */
    public static String organisationNumber(DeliveryEnvelope envelope) {
        Organization organization = envelope.context().organization();
        if (organization != null && organization.organisationNumber() != null) {
            return organization.organisationNumber();
        }
        Reporter reporter = envelope.reporter();
        return reporter == null ? null : reporter.reportingOrganisation();
    }

    /** Returns the name of the point of care in the report, or null. */
    public static String organisationName(DeliveryEnvelope envelope) {
        Organization organization = envelope.context().organization();
        return organization == null ? null : organization.name();
    }

    /** Joins the non-blank parts with single spaces, or returns null when every part is null or blank. */
    public static String joinNames(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (part == null || part.isBlank()) {
                continue;
            }
            if (!joined.isEmpty()) {
                joined.append(' ');
            }
            joined.append(part.strip());
        }
        return joined.isEmpty() ? null : joined.toString();
    }
}
