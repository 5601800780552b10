package no.meldeport.model;

/**
 * A message in a registry's own format, ready to send: the path below the registry's configured base URL (starting
 * with {@code /}), its media type and its body text.
 */
public record RegistryMessage(String path, String contentType, String body) {
}
