package no.meldeport.gateway.validation;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import no.meldeport.gateway.submission.MessageTexts;
import no.meldeport.model.PersonIdentifierType;

/** Term arguments that name a kind of person identifier in the response language. */
final class IdentifierTerms {

    private IdentifierTerms() {
    }

    /** Returns the kind as the subject of a sentence, for example "Fødselsnummeret" or "The D-number". */
    static String kind(PersonIdentifierType type) {
        return MessageTexts.term("identifier." + key(type));
    }

    /** Returns the kind by name inside a sentence, for example "D-nummer". */
    static String name(PersonIdentifierType type) {
        return MessageTexts.term("identifier-name." + key(type));
    }

    /** Returns the kinds by name, joined by commas, in the order of {@link PersonIdentifierType}. */
    static String names(Collection<PersonIdentifierType> types) {
        List<String> keys = Arrays.stream(PersonIdentifierType.values())
                .filter(types::contains)
                .map(type -> "identifier-name." + key(type))
                .toList();
        return MessageTexts.terms(keys);
    }

    /** Returns how many digits the kind has. */
    static String expectedLength(PersonIdentifierType type) {
        return type == PersonIdentifierType.DUF_NUMBER ? "12" : "11";
    }

    private static String key(PersonIdentifierType type) {
        return switch (type) {
            case FODSELSNUMMER -> "fodselsnummer";
            case D_NUMBER -> "d-number";
            case H_NUMBER -> "h-number";
            case FELLES_HJELPENUMMER -> "felles-hjelpenummer";
            case DUF_NUMBER -> "duf-number";
        };
    }
}
