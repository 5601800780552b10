package no.meldeport.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Optional;
import java.util.regex.Pattern;
import no.meldeport.gateway.ingress.ErrorCodes;
import no.meldeport.gateway.ingress.IngressPaths;
import no.meldeport.gateway.ingress.Problem;
import no.meldeport.gateway.json.Json;
import no.meldeport.gateway.security.AuthenticatedClient;
import no.meldeport.gateway.store.SubmissionStore;
import no.meldeport.gateway.store.SubmissionView;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** Writes the JSON responses and problems of the REST read endpoints, and finds a client's own submission. */
final class ApiResponses {

    private static final Pattern SUBMISSION_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private ApiResponses() {
    }

    static void json(Message message, int status, Object body) {
        respond(message, status, IngressPaths.JSON, write(body));
    }

    static void problem(Message message, int status, String code, String title, String detail) {
        respond(message, status, IngressPaths.PROBLEM_JSON, write(Problem.of(status, code, title, detail)));
    }

    static void respond(Message message, int status, String contentType, String body) {
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, contentType);
        message.setBody(body);
    }

    /**
     * Finds the caller's own submission by the {@code id} path parameter, or responds 400 for a malformed id and 404
     * for an unknown one. Another client's submission gets the same 404 as a missing one, so ids cannot be probed.
     */
    static Optional<SubmissionView> ownSubmission(Message message, SubmissionStore store, AuthenticatedClient client) {
        String id = message.getHeader("id", String.class);
        if (id == null || !SUBMISSION_ID.matcher(id).matches()) {
            problem(message, 400, ErrorCodes.INVALID_SUBMISSION_ID, "Invalid submission id",
                    "The submission id must be the UUID from the Location header of the submission's answer.");
            return Optional.empty();
        }
        Optional<SubmissionView> submission = store.find(id).filter(found -> found.clientId().equals(client.clientId()));
        if (submission.isEmpty()) {
            problem(message, 404, ErrorCodes.NOT_FOUND, "Submission not found",
                    "No submission of this client has the id " + id + ".");
        }
        return submission;
    }

    static boolean isSubmissionId(String id) {
        return id != null && SUBMISSION_ID.matcher(id).matches();
    }

    private static String write(Object body) {
        try {
            return Json.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + body.getClass().getSimpleName(), e);
        }
    }
}
