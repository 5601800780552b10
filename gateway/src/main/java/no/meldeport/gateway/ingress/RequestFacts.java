package no.meldeport.gateway.ingress;

import java.net.URI;
import java.util.Collection;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.meldeport.gateway.submission.MessageLanguage;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** Typed reads of the HTTP request facts the ingress needs from a platform-http exchange. */
public final class RequestFacts {

    public static final String AUTHORIZATION = "Authorization";
    public static final String DPOP = "DPoP";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String ACCEPT_LANGUAGE = "Accept-Language";

    /** The maximum length of an idempotency key in the store (its column is VARCHAR(200)). */
    public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 200;
    /** Visible ASCII characters, no spaces: a key fits any log line and any database collation unchanged. */
    private static final Pattern IDEMPOTENCY_KEY_FORM = Pattern.compile("[\\x21-\\x7E]{1," + MAX_IDEMPOTENCY_KEY_LENGTH + "}");

    private RequestFacts() {
    }

    /** Returns a header's value. Several values of one header are joined with commas, as HTTP defines. */
    public static String header(Message message, String name) {
        Object value = message.getHeader(name);
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return value == null ? null : value.toString();
    }

    /**
     * Returns the {@code Idempotency-Key} header, or null when the request has none.
     *
     * @throws InvalidIdempotencyKeyException when the key is empty, longer than 200 characters or not visible ASCII
     */
    public static String idempotencyKey(Message message) {
        String key = header(message, IDEMPOTENCY_KEY);
        if (key == null) {
            return null;
        }
        String trimmed = key.trim();
        if (!IDEMPOTENCY_KEY_FORM.matcher(trimmed).matches()) {
            throw new InvalidIdempotencyKeyException();
        }
        return trimmed;
    }

    /** Returns the response language from {@code Accept-Language}: bokmål unless English is preferred. */
    public static MessageLanguage language(Message message) {
        return MessageLanguage.fromAcceptLanguage(header(message, ACCEPT_LANGUAGE));
    }

    public static String method(Message message) {
        return message.getHeader(Exchange.HTTP_METHOD, String.class);
    }

    /** Returns the path the client requested, without query. */
    public static String path(Message message) {
        String path = message.getHeader(Exchange.HTTP_PATH, String.class);
        if (path == null || path.isEmpty()) {
            String uri = message.getHeader(Exchange.HTTP_URI, "/", String.class);
            int query = uri.indexOf('?');
            path = query < 0 ? uri : uri.substring(0, query);
        }
        return path.startsWith("/") ? path : "/" + path;
    }

    /** Returns the absolute URI the client used: the public base URL and the request path, as DPoP proofs name it. */
    public static URI publicUri(Message message, String publicBaseUrl) {
        return URI.create(publicBaseUrl + path(message));
    }

    /** Returns the media type of the body without parameters, in lower case, or null when absent. */
    public static String mediaType(Message message) {
        String contentType = message.getHeader(Exchange.CONTENT_TYPE, String.class);
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(java.util.Locale.ROOT);
    }
}
