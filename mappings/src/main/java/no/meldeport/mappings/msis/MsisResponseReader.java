package no.meldeport.mappings.msis;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.meldeport.mappings.RegistryJson;
import no.meldeport.model.RegistryResponse;

/**
 * Reads MSIS's response: a 2xx carries {@code meldingsnummer}, a 4xx a {@code feil} list whose first {@code kode} is
 * the error code. The texts of an Unreadable never quote the body, which could hold personal data.
 */
final class MsisResponseReader {

    RegistryResponse read(int httpStatus, String body) {
        if (httpStatus >= 200 && httpStatus < 300) {
            return readSuccess(httpStatus, body);
        }
        if (httpStatus >= 400 && httpStatus < 500) {
            return readError(httpStatus, body);
        }
        return new RegistryResponse.Unreadable("MSIS responded with HTTP " + httpStatus
                + ", which the contract does not use");
    }

    private static RegistryResponse readSuccess(int httpStatus, String body) {
        Optional<String> meldingsnummer = RegistryJson.readTree(body)
                .flatMap(json -> RegistryJson.text(json, "meldingsnummer"));
        if (meldingsnummer.isEmpty()) {
            return new RegistryResponse.Unreadable("MSIS responded with HTTP " + httpStatus
                    + " without a meldingsnummer");
        }
        return new RegistryResponse.Accepted(meldingsnummer.get());
    }

    private static RegistryResponse readError(int httpStatus, String body) {
        JsonNode errors = RegistryJson.readTree(body).map(json -> json.path("feil")).orElse(null);
        Optional<String> firstCode = errors == null || !errors.isArray() || errors.isEmpty()
                ? Optional.empty()
                : RegistryJson.text(errors.get(0), "kode");
        if (firstCode.isEmpty()) {
            return new RegistryResponse.Unreadable("MSIS responded with HTTP " + httpStatus
                    + " without a feil list whose first entry has a kode");
        }
        return new RegistryResponse.Rejected(firstCode.get(), reason(errors));
    }

    /** Joins the errors as {@code felt: melding}, leaving out what an error lacks. */
    private static String reason(JsonNode errors) {
        List<String> texts = new ArrayList<>();
        for (JsonNode error : errors) {
            Optional<String> field = RegistryJson.text(error, "felt");
            Optional<String> message = RegistryJson.text(error, "melding");
            if (field.isPresent() && message.isPresent()) {
                texts.add(field.get() + ": " + message.get());
            } else {
                message.or(() -> field).ifPresent(texts::add);
            }
        }
        return texts.isEmpty() ? "MSIS gave no error text" : String.join("; ", texts);
    }
}
