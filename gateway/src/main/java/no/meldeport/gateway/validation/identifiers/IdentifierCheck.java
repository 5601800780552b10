package no.meldeport.gateway.validation.identifiers;

import java.time.LocalDate;

/**
 * The outcome of checking one identifier. {@code problem} is null for a valid identifier. {@code birthDate} is the date
 * a valid fødselsnummer, D-number or H-number encodes, null for other identifiers. {@code synthetic} names the
 * test-number range of a synthetic number, null for a real one.
 */
public record IdentifierCheck(IdentifierProblem problem, LocalDate birthDate, SyntheticRange synthetic) {

    static IdentifierCheck valid() {
        return new IdentifierCheck(null, null, null);
    }

    static IdentifierCheck valid(LocalDate birthDate, SyntheticRange synthetic) {
        return new IdentifierCheck(null, birthDate, synthetic);
    }

    static IdentifierCheck invalid(IdentifierProblem problem) {
        return new IdentifierCheck(problem, null, null);
    }

    public boolean isValid() {
        return problem == null;
    }

    public boolean isSynthetic() {
        return synthetic != null;
    }
}
