package no.meldeport.gateway.store;

import java.util.Objects;

/**
 * The performer of an audited operator action, from the access token: the client id, the organisation and, when the token
 * names a person, the HPR number. {@code requestPath} is the API path the action came through.
 */
public record Actor(String clientId, String organisation, String hprNumber, String requestPath) {

    public Actor {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(requestPath, "requestPath");
    }
}
