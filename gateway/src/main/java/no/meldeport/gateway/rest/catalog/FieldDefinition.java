package no.meldeport.gateway.rest.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One field of a REST report document. {@code pointer} is a JSON Pointer template in which a segment {@code &#42;}
 * stands for any array index (for example /vaksinasjoner/&#42;/sysvakKode); {@code required} holds when its parent object is
 * present. {@code codeSystem} names the code system of a coded field and {@code codes} its allowed values, when fixed.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldDefinition(
        String pointer,
        String type,
        boolean required,
        String codeSystem,
        List<String> codes,
        String description) {

    public FieldDefinition {
        codes = codes == null ? List.of() : List.copyOf(codes);
    }

    static FieldDefinition required(String pointer, String type, String description) {
        return new FieldDefinition(pointer, type, true, null, List.of(), description);
    }

    static FieldDefinition optional(String pointer, String type, String description) {
        return new FieldDefinition(pointer, type, false, null, List.of(), description);
    }

    FieldDefinition codedIn(String system) {
        return new FieldDefinition(pointer, type, required, system, codes, description);
    }

    FieldDefinition oneOf(java.util.Collection<String> allowed) {
        return new FieldDefinition(pointer, type, required, codeSystem, List.copyOf(allowed), description);
    }
}
