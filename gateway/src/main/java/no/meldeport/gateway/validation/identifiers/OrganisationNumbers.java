package no.meldeport.gateway.validation.identifiers;

/**
 * Checks organisation numbers of the Central Coordinating Register for Legal Entities (Enhetsregisteret): nine digits,
 * the last a mod-11 check digit over the first eight with the weights 3, 2, 7, 6, 5, 4, 3, 2. The check digit is
 * 11 − (sum mod 11), where 11 becomes 0 and 10 makes the number invalid.
 */
public final class OrganisationNumbers {

    static final int LENGTH = 9;
    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private OrganisationNumbers() {
    }

    public static IdentifierCheck check(String value) {
        if (!Digits.allDigits(value)) {
            return IdentifierCheck.invalid(IdentifierProblem.NOT_DIGITS);
        }
        if (value.length() != LENGTH) {
            return IdentifierCheck.invalid(IdentifierProblem.WRONG_LENGTH);
        }
        int[] digits = Digits.of(value);
        int check = 11 - Digits.weightedSum(digits, WEIGHTS) % 11;
        if (check == 11) {
            check = 0;
        }
        return check == digits[8] ? IdentifierCheck.valid() : IdentifierCheck.invalid(IdentifierProblem.CHECK_DIGITS);
    }
}
