package no.meldeport.gateway.ingress;

import no.meldeport.gateway.security.AuthenticatedClient;
import no.meldeport.gateway.security.GatewaySecurity;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Authenticates the caller of a {@code /fhir} or {@code /api} request and applies the per-client rate limit, before
 * the body is read. The caller ends up in {@link ExchangeProperties#CLIENT}.
 */
public final class AuthenticateProcessor implements Processor {

    public static final String BEAN = "ingressAuthenticate";

    private final GatewaySecurity security;
    private final PublicAddress publicAddress;

    public AuthenticateProcessor(GatewaySecurity security, PublicAddress publicAddress) {
        this.security = security;
        this.publicAddress = publicAddress;
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        AuthenticatedClient client = security.authenticator().authenticate(
                RequestFacts.method(message),
                RequestFacts.publicUri(message, publicAddress.baseUrl()),
                RequestFacts.header(message, RequestFacts.AUTHORIZATION),
                RequestFacts.header(message, RequestFacts.DPOP));
        security.rateLimiter().acquire(client.clientId());
        exchange.setProperty(ExchangeProperties.CLIENT, client);
    }

    /** Returns the caller this processor authenticated earlier in the exchange's route. */
    public static AuthenticatedClient client(Exchange exchange) {
        AuthenticatedClient client = exchange.getProperty(ExchangeProperties.CLIENT, AuthenticatedClient.class);
        if (client == null) {
            throw new IllegalStateException("The route did not authenticate the caller before reading it");
        }
        return client;
    }
}
