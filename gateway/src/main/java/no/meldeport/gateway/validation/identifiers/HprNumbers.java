package no.meldeport.gateway.validation.identifiers;

/**
 * Checks HPR numbers (Helsepersonellregisteret). The register publishes no check digit, so only the form is checked:
 * digits without a leading zero, at most nine. Numbers in use have seven to nine digits, and
 * {@link #isUnusuallyShort} detects a shorter one, which is more likely a typo than a real number.
 */
public final class HprNumbers {

    static final int MAX_LENGTH = 9;
    static final int USUAL_MIN_LENGTH = 7;

    private HprNumbers() {
    }

    public static IdentifierCheck check(String value) {
        if (!Digits.allDigits(value)) {
            return IdentifierCheck.invalid(IdentifierProblem.NOT_DIGITS);
        }
        if (value.length() > MAX_LENGTH) {
            return IdentifierCheck.invalid(IdentifierProblem.WRONG_LENGTH);
        }
        if (value.charAt(0) == '0') {
            return IdentifierCheck.invalid(IdentifierProblem.WRONG_PREFIX);
        }
        return IdentifierCheck.valid();
    }

    /** Reports whether a valid HPR number has fewer than seven digits. */
    public static boolean isUnusuallyShort(String value) {
        return value.length() < USUAL_MIN_LENGTH;
    }
}
