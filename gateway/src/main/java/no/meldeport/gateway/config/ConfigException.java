package no.meldeport.gateway.config;

/** A configuration value that is missing or invalid; the message names the variable, the value and what is expected. */
public final class ConfigException extends RuntimeException {

    /** Several production settings are missing at once; {@code variables} are their names. */
    public static ConfigException missing(java.util.List<String> variables, String why) {
        return new ConfigException("Missing configuration " + String.join(", ", variables) + ": " + why);
    }

    private ConfigException(String message) {
        super(message);
    }

    public ConfigException(String variable, String value, String expectation) {
        super("Invalid configuration " + variable + "=" + (value == null ? "<unset>" : "'" + value + "'") + ": "
                + expectation);
    }
}
