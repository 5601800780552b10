package no.meldeport.mappings.nav;

/** Checks for values the NAV format requires, failing with the field's path and never its content. */
final class RequiredValues {

    private RequiredValues() {
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw missing(field);
        }
        return value;
    }

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw missing(field);
        }
        return value;
    }

    private static SykmeldingMappingException missing(String field) {
        return new SykmeldingMappingException("Cannot map the sykmelding to NAV's format: " + field
                + " is missing, and NAV requires it. Correct the submission and send it again.");
    }
}
