package no.meldeport.gateway.validation.identifiers;

/** The reason an identifier is invalid. */
public enum IdentifierProblem {
    /** The value has the wrong number of digits. */
    WRONG_LENGTH,
    /** The value contains something other than the digits 0-9. */
    NOT_DIGITS,
    /** A check digit does not match the other digits. */
    CHECK_DIGITS,
    /** The digits do not encode a real calendar date, or the individnummer gives no century for the year. */
    INVALID_DATE,
    /**
     * The digits belong to another kind of identifier than its system names, for example a D-number (day + 40) sent
     * with the fødselsnummer system.
     */
    WRONG_KIND,
    /** The first digit is not allowed for this kind, for example a felles hjelpenummer that starts with neither 8 nor 9. */
    WRONG_PREFIX,
    /** A DUF number whose first four digits are not a plausible registration year. */
    INVALID_YEAR
}
