package no.meldeport.gateway.config;

/** A configuration value that is missing or invalid; the message names the variable, the value and what is expected. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String variable, String value, String expectation) {
        super("Invalid configuration " + variable + "=" + (value == null ? "<unset>" : "'" + value + "'") + ": "
                + expectation);
    }
}
