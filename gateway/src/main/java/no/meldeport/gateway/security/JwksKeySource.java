package no.meldeport.gateway.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The issuer's JWKS, fetched over HTTP from the one configured URL and cached.
 *
 * <p>A lookup fetches the JWKS again when the cache is older than the time-to-live or when the requested key id is
 * not in it (the issuer has rotated its keys). No two fetches are closer than the refresh floor, so a flood of tokens
 * with made-up key ids costs the issuer at most one request per floor interval. If a fetch fails, the keys of the
 * last successful fetch stay in use.
 *
 * <p>Redirects are not followed and no proxy is used, and key-location headers of a token ({@code jku},
 * {@code x5u}) are never read, so nothing but the configured URL is ever requested.
 */
public final class JwksKeySource implements VerificationKeySource {

    private static final Logger LOG = LoggerFactory.getLogger(JwksKeySource.class);

    private final URI jwksUri;
    private final Duration minRefreshInterval;
    private final Duration cacheTtl;
    private final Duration fetchTimeout;
    private final int maxBytes;
    private final Clock clock;
    private final HttpClient httpClient;
    private final Object refreshLock = new Object();
    private final AtomicInteger fetchAttempts = new AtomicInteger();

    private volatile Snapshot snapshot;
    private Instant lastAttempt;

    /** Creates a key source for {@link SecurityConfig#jwksUri()}, which must be set. */
    public JwksKeySource(SecurityConfig config, Clock clock) {
        this(Objects.requireNonNull(config.jwksUri(), "SecurityConfig.jwksUri is not set"),
                config.jwksMinRefreshInterval(), config.jwksCacheTtl(), config.jwksFetchTimeout(),
                config.jwksMaxBytes(), clock);
    }

    JwksKeySource(URI jwksUri, Duration minRefreshInterval, Duration cacheTtl, Duration fetchTimeout, int maxBytes,
            Clock clock) {
        this.jwksUri = Objects.requireNonNull(jwksUri, "jwksUri");
        this.minRefreshInterval = Objects.requireNonNull(minRefreshInterval, "minRefreshInterval");
        this.cacheTtl = Objects.requireNonNull(cacheTtl, "cacheTtl");
        this.fetchTimeout = Objects.requireNonNull(fetchTimeout, "fetchTimeout");
        this.maxBytes = maxBytes;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.httpClient = HttpClient.newBuilder()
                .connectTimeout(fetchTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public List<JWK> keys(String keyId) {
        Snapshot current = snapshot;
        if (current != null && !current.isExpired(clock.instant(), cacheTtl)) {
            List<JWK> found = current.select(keyId);
            if (!found.isEmpty() || keyId == null) {
                return found;
            }
        }
        return refreshAndSelect(keyId);
    }

    /** The number of JWKS fetches started since creation, successful or not. */
    public int fetchAttempts() {
        return fetchAttempts.get();
    }

    /** When the keys in use were fetched, or empty before the first successful fetch. */
    public Optional<Instant> lastSuccessfulFetch() {
        Snapshot current = snapshot;
        return current == null ? Optional.empty() : Optional.of(current.fetchedAt());
    }

    private List<JWK> refreshAndSelect(String keyId) {
        synchronized (refreshLock) {
            Instant now = clock.instant();
            Snapshot current = snapshot;
            // Another thread may have fetched while this one waited for the lock.
            if (current != null && !current.isExpired(now, cacheTtl)) {
                List<JWK> found = current.select(keyId);
                if (!found.isEmpty()) {
                    return found;
                }
            }
            if (lastAttempt == null || !now.isBefore(lastAttempt.plus(minRefreshInterval))) {
                lastAttempt = now;
                current = fetchOrKeep(current, now);
            }
            if (current == null) {
                throw new JwksUnavailableException("No JWKS fetched yet from " + jwksUri + "; the next attempt is"
                        + " allowed at " + lastAttempt.plus(minRefreshInterval), null);
            }
            return current.select(keyId);
        }
    }

    private Snapshot fetchOrKeep(Snapshot current, Instant now) {
        try {
            Snapshot fetched = new Snapshot(fetch(), now);
            snapshot = fetched;
            LOG.info("Fetched JWKS uri={} keys={}", jwksUri, fetched.keys().size());
            return fetched;
        } catch (JwksUnavailableException e) {
            if (current == null) {
                LOG.warn("JWKS fetch failed and no keys are cached uri={} reason={}", jwksUri, e.getMessage());
                throw e;
            }
            LOG.warn("JWKS fetch failed, keeping the keys fetched at {} uri={} reason={}",
                    current.fetchedAt(), jwksUri, e.getMessage());
            return current;
        }
    }

    private List<JWK> fetch() {
        fetchAttempts.incrementAndGet();
        HttpRequest request = HttpRequest.newBuilder(jwksUri)
                .timeout(fetchTimeout)
                .header("Accept", "application/jwk-set+json, application/json")
                .GET()
                .build();
        String body;
        try {
            HttpResponse<InputStream> response = httpClient.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new JwksUnavailableException("JWKS request to " + jwksUri + " returned HTTP "
                            + response.statusCode() + ", expected 200", null);
                }
                body = readAtMost(in);
            }
        } catch (IOException e) {
            throw new JwksUnavailableException("JWKS request to " + jwksUri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JwksUnavailableException("JWKS request to " + jwksUri + " was interrupted", e);
        }
        try {
            return JWKSet.parse(body).getKeys().stream()
                    .filter(key -> key.getKeyUse() == null || KeyUse.SIGNATURE.equals(key.getKeyUse()))
                    .map(JWK::toPublicJWK)
                    .toList();
        } catch (ParseException e) {
            throw new JwksUnavailableException("JWKS from " + jwksUri + " is not a valid JWK set: "
                    + e.getMessage(), e);
        }
    }

    private String readAtMost(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new JwksUnavailableException("JWKS from " + jwksUri + " is larger than " + maxBytes + " bytes",
                    null);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private record Snapshot(List<JWK> keys, Instant fetchedAt) {

        boolean isExpired(Instant now, Duration ttl) {
            return !now.isBefore(fetchedAt.plus(ttl));
        }

        List<JWK> select(String keyId) {
            if (keyId == null) {
                return keys;
            }
            return keys.stream().filter(key -> keyId.equals(key.getKeyID())).toList();
        }
    }
}
