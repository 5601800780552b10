package no.meldeport.mappings.nav;

/** Converts a phone number as an EPJ records it to the {@code tel:} URI of a KITH {@code TeleAddress}. */
final class TelephoneUris {

    private TelephoneUris() {
    }

    /**
     * Returns {@code tel:} followed by the number's digits, keeping a leading {@code +}. Spaces, dashes and
     * other separators are dropped. Returns null for a null number or one without digits.
     */
    static String of(String phone) {
        if (phone == null) {
            return null;
        }
        String trimmed = phone.strip();
        String digits = trimmed.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return null;
        }
        return "tel:" + (trimmed.startsWith("+") ? "+" : "") + digits;
    }
}
