package no.meldeport.gateway.fhir;

import java.util.Locale;
import java.util.Optional;

/** The two FHIR encodings a submission may use, with the media types accepted for each. */
public enum FhirFormat {
    JSON("application/fhir+json"),
    XML("application/fhir+xml");

    private final String mediaType;

    FhirFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** Returns the FHIR media type, for example {@code application/fhir+json}. */
    public String mediaType() {
        return mediaType;
    }

    /**
     * Finds the format of a {@code Content-Type} header value. Parameters such as {@code charset} or
     * {@code fhirVersion} are ignored; {@code application/json} and {@code application/xml} are accepted as aliases.
     */
    public static Optional<FhirFormat> fromContentType(String contentType) {
        String mediaType = baseMediaType(contentType);
        return switch (mediaType) {
            case "application/fhir+json", "application/json" -> Optional.of(JSON);
            case "application/fhir+xml", "application/xml" -> Optional.of(XML);
            default -> Optional.empty();
        };
    }

    /**
     * Returns the value of the {@code fhirVersion} media-type parameter (for example {@code 4.0}), or null when the
     * {@code Content-Type} has none.
     */
    static String fhirVersionParameter(String contentType) {
        if (contentType == null) {
            return null;
        }
        String[] parts = contentType.split(";");
        for (int index = 1; index < parts.length; index++) {
            String parameter = parts[index].trim();
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("fhirVersion")) {
                return parameter.substring(equals + 1).trim().replace("\"", "");
            }
        }
        return null;
    }

    /** Returns the media type without parameters, in lower case, or an empty string for {@code null}. */
    static String baseMediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        String base = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return base.trim().toLowerCase(Locale.ROOT);
    }
}
