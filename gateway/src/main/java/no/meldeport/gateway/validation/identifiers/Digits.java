package no.meldeport.gateway.validation.identifiers;

/** Shared helpers for identifiers made of decimal digits. */
final class Digits {

    private Digits() {
    }

    static boolean allDigits(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static int[] of(String value) {
        int[] digits = new int[value.length()];
        for (int i = 0; i < value.length(); i++) {
            digits[i] = value.charAt(i) - '0';
        }
        return digits;
    }

    /** Returns the sum of {@code digits[i] * weights[i]} over the weights' length. */
    static int weightedSum(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[i] * weights[i];
        }
        return sum;
    }

    /** Returns the two-digit number at {@code position}. */
    static int twoDigits(int[] digits, int position) {
        return digits[position] * 10 + digits[position + 1];
    }
}
