package no.meldeport.mappings.nav;

/**
 * Thrown when a sykmelding lacks a value the NAV format requires and no default fits, or contains a value the format
 * cannot carry. Resending the same delivery cannot succeed. The message names the field, never its personal data.
 */
public class SykmeldingMappingException extends IllegalArgumentException {

    public SykmeldingMappingException(String message) {
        super(message);
    }
}
