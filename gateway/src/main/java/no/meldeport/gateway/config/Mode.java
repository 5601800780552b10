package no.meldeport.gateway.config;

import java.util.Locale;

/**
 * How the gateway runs. {@link #EMBEDDED} needs no configuration: H2 file database, development token issuer and local
 * registry simulators where no registry URL is set. {@link #PRODUCTION} requires the database, issuer and registry
 * settings and starts none of the development parts.
 */
public enum Mode {
    EMBEDDED, PRODUCTION;

    public static Mode parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("MELDEPORT_MODE", value, "expected embedded or production");
        }
    }
}
