package no.meldeport.gateway.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds one {@code WWW-Authenticate} challenge: the scheme followed by quoted parameters (RFC 9110 section 11.6.1).
 * Parameter values are cut down to the characters RFC 6750 allows in {@code error_description}, so no header can be
 * broken by a value.
 */
final class Challenge {

    static final String REALM = "meldeport";

    private final AuthScheme scheme;
    private final Map<String, String> parameters = new LinkedHashMap<>();

    private Challenge(AuthScheme scheme) {
        this.scheme = scheme;
    }

    /** Starts a challenge with {@code realm} and, for DPoP, {@code algs}. */
    static Challenge of(AuthScheme scheme, String dpopAlgorithms) {
        Challenge challenge = new Challenge(scheme);
        challenge.parameter("realm", REALM);
        if (scheme == AuthScheme.DPOP) {
            challenge.parameter("algs", dpopAlgorithms);
        }
        return challenge;
    }

    Challenge parameter(String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
        return this;
    }

    String render() {
        if (parameters.isEmpty()) {
            return scheme.headerName();
        }
        return scheme.headerName() + " " + parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=\"" + sanitize(entry.getValue()) + "\"")
                .collect(Collectors.joining(", "));
    }

    /** Keeps %x20-21, %x23-5B and %x5D-7E (RFC 6750 section 3), replacing anything else by a space. */
    private static String sanitize(String value) {
        StringBuilder result = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            boolean allowed = c >= 0x20 && c <= 0x7E && c != '"' && c != '\\';
            result.append(allowed ? c : ' ');
        }
        return result.toString();
    }
}
