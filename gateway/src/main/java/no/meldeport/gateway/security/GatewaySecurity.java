package no.meldeport.gateway.security;

import com.nimbusds.jose.JWSAlgorithm;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import no.meldeport.gateway.config.SecuritySettings;

/**
 * The security parts the ingress uses, built once from configuration: one authenticator (so the DPoP replay cache is
 * shared by every request), the per-client rate limiter, the scope checker, and in embedded mode the development
 * issuer with its token endpoint.
 *
 * @param devIssuer null unless tokens come from the development issuer
 * @param devTokenEndpoint null unless tokens come from the development issuer
 */
public record GatewaySecurity(
        SecurityConfig config,
        RequestAuthenticator authenticator,
        ClientRateLimiter rateLimiter,
        ScopeChecker scopeChecker,
        DevTokenIssuer devIssuer,
        DevTokenEndpoint devTokenEndpoint) {

    /** Builds the security parts; in embedded mode loads or creates the development issuer's key under {@code dataDir}. */
    public static GatewaySecurity create(SecuritySettings settings, Path dataDir, Clock clock) throws IOException {
        SecurityConfig.Builder builder = SecurityConfig.builder()
                .issuer(settings.issuer())
                .audience(settings.audience())
                .clockSkew(settings.clockSkew())
                .allowedAlgorithms(settings.tokenAlgorithms().stream().map(JWSAlgorithm::parse).toList())
                .dpopRequired(settings.dpopRequired())
                .rateLimit(settings.rateLimitPerSecond(), Duration.ofSeconds(1));
        if (!settings.usesDevIssuer()) {
            builder.jwksUri(URI.create(settings.jwksUrl()));
        }
        SecurityConfig config = builder.build();

        if (!settings.usesDevIssuer()) {
            RequestAuthenticator authenticator =
                    RequestAuthenticator.create(config, new JwksKeySource(config, clock), clock);
            return new GatewaySecurity(config, authenticator, new ClientRateLimiter(config), new ScopeChecker(config),
                    null, null);
        }
        DevTokenIssuer devIssuer = DevTokenIssuer.loadOrCreate(dataDir, settings.issuer(), settings.audience(),
                DevTokenIssuer.DEFAULT_TOKEN_LIFETIME, clock);
        RequestAuthenticator authenticator =
                RequestAuthenticator.create(config, new StaticKeySource(devIssuer.publicJwkSet()), clock);
        DevTokenEndpoint endpoint = new DevTokenEndpoint(devIssuer, DevClients.defaults(),
                new DpopProofValidator(config, JtiReplayCache.from(config, clock), clock));
        return new GatewaySecurity(config, authenticator, new ClientRateLimiter(config), new ScopeChecker(config),
                devIssuer, endpoint);
    }
}
