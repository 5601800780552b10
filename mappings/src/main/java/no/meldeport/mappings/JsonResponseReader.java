package no.meldeport.mappings;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.meldeport.model.RegistryResponse;

/**
 * Reads the response of a registry with a Meldeport-defined JSON contract. A 2xx carries the receipt id in
 * {@code receiptField}; a 4xx carries a list {@code errorListField} whose first entry's {@code codeField} is the error
 * code, and the reason joins every entry as {@code field: message}. Any other response is Unreadable, and its text
 * never quotes the body, which could hold personal data.
 *
 * @param registryName the registry's name in Unreadable texts
 */
public record JsonResponseReader(
        String registryName,
        String receiptField,
        String errorListField,
        String codeField,
        String fieldField,
        String messageField) {

    /** Reads one response; {@code body} may be null or empty. */
    public RegistryResponse read(int httpStatus, String body) {
        if (httpStatus >= 200 && httpStatus < 300) {
            return readSuccess(httpStatus, body);
        }
        if (httpStatus >= 400 && httpStatus < 500) {
            return readError(httpStatus, body);
        }
        return unreadable(httpStatus, ", which the contract does not use");
    }

    private RegistryResponse readSuccess(int httpStatus, String body) {
        Optional<String> receiptId = RegistryJson.readTree(body).flatMap(json -> RegistryJson.text(json, receiptField));
        if (receiptId.isEmpty()) {
            return unreadable(httpStatus, " without a receipt id in field '" + receiptField + "'");
        }
        return new RegistryResponse.Accepted(receiptId.get());
    }

    private RegistryResponse readError(int httpStatus, String body) {
        Optional<JsonNode> errors = RegistryJson.readTree(body)
                .map(json -> json.path(errorListField))
                .filter(list -> list.isArray() && !list.isEmpty());
        Optional<String> firstCode = errors.flatMap(list -> RegistryJson.text(list.get(0), codeField));
        if (firstCode.isEmpty()) {
            return unreadable(httpStatus, " without a coded error in field '" + errorListField + "'");
        }
        return new RegistryResponse.Rejected(firstCode.get(), reason(errors.get()));
    }

    /** Joins the errors as {@code field: message}, leaving out what an error lacks. */
    private String reason(JsonNode errors) {
        List<String> texts = new ArrayList<>();
        for (JsonNode error : errors) {
            Optional<String> field = RegistryJson.text(error, fieldField);
            Optional<String> message = RegistryJson.text(error, messageField);
            if (field.isPresent() && message.isPresent()) {
                texts.add(field.get() + ": " + message.get());
            } else {
                message.or(() -> field).ifPresent(texts::add);
            }
        }
        return texts.isEmpty() ? registryName + " gave no error text" : String.join("; ", texts);
    }

    private RegistryResponse unreadable(int httpStatus, String problem) {
        return new RegistryResponse.Unreadable(registryName + " responded with HTTP " + httpStatus + problem);
    }
}
