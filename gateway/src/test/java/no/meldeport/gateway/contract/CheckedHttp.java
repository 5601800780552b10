package no.meldeport.gateway.contract;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * Sends a test's request to a gateway and checks the exchange against the OpenAPI description, so an undocumented
 * path, status, header or field fails the test that made the request.
 */
public final class CheckedHttp {

    /** Shared by the whole test run: parsing the description and compiling its schemas is not free. */
    private static final OpenApiContract CONTRACT = new OpenApiContract();

    private CheckedHttp() {
    }

    /**
     * Sends the request and returns the response as text.
     *
     * @param body the bytes the request's body publisher sends, for the check; empty for none
     * @throws AssertionError listing every contract violation
     */
    public static HttpResponse<String> send(HttpClient http, HttpRequest request, byte[] body) throws Exception {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        List<String> violations = CONTRACT.check(new HttpExchange(request.method(), request.uri(),
                request.headers().map(), body, response.statusCode(), response.headers().map(), response.body()));
        if (!violations.isEmpty()) {
            throw new AssertionError("The exchange breaks the OpenAPI description:\n  "
                    + String.join("\n  ", violations));
        }
        return new TextResponse(response);
    }
}
