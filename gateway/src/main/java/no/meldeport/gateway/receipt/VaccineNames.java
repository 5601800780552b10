package no.meldeport.gateway.receipt;

import java.util.Map;
import java.util.Optional;

/**
 * Norwegian names of vaccines by ATC group (the first five characters of a J07 ATC code), for journal texts. The
 * groups follow the WHO ATC index for J07; a code outside them has no name here and the text falls back to the code.
 */
final class VaccineNames {

    private static final Map<String, String> BY_ATC_GROUP = Map.ofEntries(
            Map.entry("J07AE", "koleravaksine"),
            Map.entry("J07AF", "difterivaksine"),
            Map.entry("J07AG", "Hib-vaksine"),
            Map.entry("J07AH", "meningokokkvaksine"),
            Map.entry("J07AJ", "kikhostevaksine"),
            Map.entry("J07AL", "pneumokokkvaksine"),
            Map.entry("J07AM", "stivkrampevaksine"),
            Map.entry("J07AN", "tuberkulosevaksine (BCG)"),
            Map.entry("J07AP", "tyfoidvaksine"),
            Map.entry("J07BA", "skogflåttencefalittvaksine"),
            Map.entry("J07BB", "influensavaksine"),
            Map.entry("J07BC", "hepatittvaksine"),
            Map.entry("J07BD", "meslingvaksine"),
            Map.entry("J07BF", "poliovaksine"),
            Map.entry("J07BG", "rabiesvaksine"),
            Map.entry("J07BH", "rotavirusvaksine"),
            Map.entry("J07BJ", "rubellavaksine"),
            Map.entry("J07BK", "vannkoppevaksine"),
            Map.entry("J07BL", "gulfebervaksine"),
            Map.entry("J07BM", "HPV-vaksine"),
            Map.entry("J07BN", "covid-19-vaksine"),
            Map.entry("J07BX", "mpox-vaksine"),
            Map.entry("J07CA", "kombinasjonsvaksine"));

    private VaccineNames() {
    }

    /** Returns the Norwegian name of the vaccine group of an ATC code, if the code is in a known J07 group. */
    static Optional<String> forAtc(String atcCode) {
        if (atcCode == null || atcCode.length() < 5) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_ATC_GROUP.get(atcCode.substring(0, 5)));
    }
}
