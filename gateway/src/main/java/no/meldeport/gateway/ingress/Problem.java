package no.meldeport.gateway.ingress;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document for the plain REST API. {@code code} is Meldeport's stable error code (for example
 * {@code MP-0404}); {@code errors} lists field problems, each with a JSON Pointer.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {

    public static final String TYPE_BASE = "https://meldeport.no/problems/";

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(TYPE_BASE + code, title, status, detail, code, List.of());
    }

    /** One problem with one field: where it is (a JSON Pointer), a stable code and a text for people. */
    public record FieldError(String pointer, String code, String detail) {
    }
}
