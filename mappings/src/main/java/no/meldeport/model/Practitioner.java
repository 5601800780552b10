package no.meldeport.model;

/** A health professional: the clinician of record named in the report. Any field may be null except the HPR number. */
public record Practitioner(String hprNumber, String givenName, String familyName, String phone) {

    @Override
    public String toString() {
        return "Practitioner[hprNumber=" + hprNumber + "]";
    }
}
