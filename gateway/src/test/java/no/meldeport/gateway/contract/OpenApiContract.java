package no.meldeport.gateway.contract;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Checks HTTP exchanges against the OpenAPI 3.1 description on the classpath ({@code openapi.yaml}), with the
 * networknt JSON Schema validator for the bodies and parameters (JSON Schema 2020-12 in the OpenAPI 3.1 dialect).
 *
 * <p>A response must be documented completely: its path and method, its status code, its media type, every header
 * beyond those HTTP itself adds, and a JSON body that matches its schema (which forbids undocumented fields). A
 * request is checked the same way (path, query parameters, required headers, media type and body). A request that
 * breaks the description is only a violation when the gateway accepted it with a status below 400. Tests send
 * invalid requests on purpose, and rejecting them with a documented error is the documented behaviour.
 */
public final class OpenApiContract {

    public static final String RESOURCE = "openapi.yaml";
    private static final String LOCATION = "classpath:" + RESOURCE;

    /** Response headers that HTTP and the server add to any response; every other header must be documented. */
    private static final Set<String> TRANSPORT_HEADERS =
            Set.of("content-type", "content-length", "transfer-encoding", "connection", "keep-alive", "date");
    private static final Set<String> SCHEMA_FREE_MEDIA_TYPES = Set.of("application/fhir+xml", "application/xml",
            "text/html", "text/css", "text/javascript", "text/plain", "image/png", "application/yaml",
            "application/x-www-form-urlencoded");

    private final JsonNode document;
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31());
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    public OpenApiContract() {
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The classpath has no " + RESOURCE);
            }
            document = new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns every way the exchange departs from the description; empty when it conforms. */
    public List<String> check(HttpExchange exchange) {
        List<String> violations = new ArrayList<>();
        String name = exchange.method() + " " + exchange.path() + " -> " + exchange.status();
        Optional<Operation> operation = operation(exchange);
        if (operation.isEmpty()) {
            violations.add(name + ": the path and method are not documented");
            return violations;
        }
        boolean accepted = exchange.status() < 400;
        List<String> requestProblems = checkRequest(exchange, operation.get());
        if (accepted) {
            requestProblems.forEach(problem -> violations.add(name + ": request accepted although " + problem));
        }
        checkResponse(exchange, operation.get()).forEach(problem -> violations.add(name + ": " + problem));
        return violations;
    }

    private record Operation(String pathTemplate, String method, JsonNode node, JsonNode pathItem, String pointer) {
    }

    private Optional<Operation> operation(HttpExchange exchange) {
        String method = exchange.method().toLowerCase(Locale.ROOT);
        JsonNode paths = document.path("paths");
        Optional<String> template = names(paths).stream()
                .filter(candidate -> candidate.equals(exchange.path()))
                .findFirst()
                .or(() -> names(paths).stream()
                        .filter(candidate -> matches(candidate, exchange.path()))
                        .findFirst());
        if (template.isEmpty() || !paths.path(template.get()).has(method)) {
            return Optional.empty();
        }
        String pointer = "/paths/" + escape(template.get()) + "/" + method;
        return Optional.of(new Operation(template.get(), method, paths.path(template.get()).path(method),
                paths.path(template.get()), pointer));
    }

    private static boolean matches(String template, String path) {
        String[] expected = template.split("/", -1);
        String[] actual = path.split("/", -1);
        if (expected.length != actual.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            boolean parameter = expected[i].startsWith("{") && expected[i].endsWith("}");
            if (parameter ? actual[i].isEmpty() : !expected[i].equals(actual[i])) {
                return false;
            }
        }
        return true;
    }

    private List<String> checkRequest(HttpExchange exchange, Operation operation) {
        List<String> problems = new ArrayList<>();
        List<Parameter> parameters = parameters(operation);
        Map<String, String> query = exchange.query();
        for (String name : query.keySet()) {
            Optional<Parameter> documented = parameter(parameters, "query", name);
            if (documented.isEmpty()) {
                problems.add("the query parameter " + name + " is not documented");
                continue;
            }
            validateParameter(documented.get(), query.get(name)).ifPresent(problems::add);
        }
        for (Parameter documented : parameters) {
            JsonNode parameter = documented.node();
            String in = parameter.path("in").asText();
            String name = parameter.path("name").asText();
            if (!parameter.path("required").asBoolean(false)) {
                continue;
            }
            boolean present = switch (in) {
                case "query" -> query.containsKey(name);
                case "header" -> exchange.requestHeaders().containsKey(name.toLowerCase(Locale.ROOT));
                default -> true;
            };
            if (!present) {
                problems.add("the required " + in + " parameter " + name + " is missing");
            }
        }
        JsonNode body = operation.node().path("requestBody");
        if (body.isMissingNode()) {
            if (exchange.requestBody().length > 0) {
                problems.add("it has a body, but the operation documents none");
            }
            return problems;
        }
        body = resolve(body);
        String mediaType = exchange.requestMediaType();
        if (exchange.requestBody().length == 0) {
            if (body.path("required").asBoolean(false)) {
                problems.add("the required body is missing");
            }
            return problems;
        }
        JsonNode content = body.path("content");
        if (mediaType == null || !content.has(mediaType)) {
            problems.add("the media type " + mediaType + " is not documented for the body");
            return problems;
        }
        String schemaPointer = operation.pointer() + "/requestBody/content/" + escape(mediaType) + "/schema";
        if (operation.node().path("requestBody").has("$ref")) {
            schemaPointer = operation.node().path("requestBody").path("$ref").asText().substring(1)
                    + "/content/" + escape(mediaType) + "/schema";
        }
        problems.addAll(validateBody(mediaType, schemaPointer, exchange.requestBody(), "request body"));
        return problems;
    }

    private List<String> checkResponse(HttpExchange exchange, Operation operation) {
        List<String> problems = new ArrayList<>();
        JsonNode responses = operation.node().path("responses");
        String status = Integer.toString(exchange.status());
        String key = responses.has(status) ? status : responses.has("default") ? "default" : null;
        if (key == null) {
            problems.add("the status " + status + " is not documented");
            return problems;
        }
        JsonNode response = responses.path(key);
        String pointer = operation.pointer() + "/responses/" + key;
        if (response.has("$ref")) {
            pointer = response.path("$ref").asText().substring(1);
            response = resolve(response);
        }
        JsonNode headers = response.path("headers");
        for (String name : names(headers)) {
            boolean required = resolve(headers.path(name)).path("required").asBoolean(false);
            if (required && !exchange.responseHeaders().containsKey(name.toLowerCase(Locale.ROOT))) {
                problems.add("the required response header " + name + " is missing");
            }
        }
        for (String header : exchange.responseHeaders().keySet()) {
            boolean documented = names(headers).stream()
                    .anyMatch(name -> name.equalsIgnoreCase(header));
            if (!documented && !TRANSPORT_HEADERS.contains(header) && !header.startsWith(":")) {
                problems.add("the response header " + header + " is not documented");
            }
        }
        if (exchange.responseBody().length == 0) {
            return problems;
        }
        String mediaType = exchange.responseMediaType();
        JsonNode content = response.path("content");
        if (mediaType == null || !content.has(mediaType)) {
            problems.add("the response media type " + mediaType + " is not documented");
            return problems;
        }
        problems.addAll(validateBody(mediaType, pointer + "/content/" + escape(mediaType) + "/schema",
                exchange.responseBody(), "response body"));
        return problems;
    }

    private List<String> validateBody(String mediaType, String schemaPointer, byte[] body, String what) {
        if (SCHEMA_FREE_MEDIA_TYPES.contains(mediaType) || !(mediaType.endsWith("json"))) {
            return List.of();
        }
        JsonNode instance;
        try {
            instance = json.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            return List.of("the " + what + " is not JSON although its media type is " + mediaType);
        }
        List<String> problems = new ArrayList<>();
        for (Error error : schema(schemaPointer).validate(instance)) {
            problems.add("the " + what + " does not match " + schemaPointer + ": " + error.getInstanceLocation() + " "
                    + error.getMessage());
        }
        return problems;
    }

    private Optional<String> validateParameter(Parameter documented, String value) {
        JsonNode parameter = documented.node();
        JsonNode schema = resolve(parameter.path("schema"));
        String type = schema.path("type").asText("");
        JsonNode instance;
        if (type.equals("integer") || type.equals("number")) {
            try {
                instance = json.readTree(value);
            } catch (JsonProcessingException e) {
                return Optional.of("the parameter " + parameter.path("name").asText() + " is not a number");
            }
        } else {
            instance = json.getNodeFactory().textNode(value);
        }
        List<Error> errors = schema(documented.pointer() + "/schema").validate(instance);
        return errors.isEmpty() ? Optional.empty()
                : Optional.of("the parameter " + parameter.path("name").asText() + " is invalid: "
                        + errors.get(0).getMessage());
    }

    /** A parameter with the JSON Pointer of its definition in the document, where its schema is compiled from. */
    private record Parameter(JsonNode node, String pointer) {
    }

    private List<Parameter> parameters(Operation operation) {
        List<Parameter> parameters = new ArrayList<>();
        String pathPointer = operation.pointer().substring(0, operation.pointer().lastIndexOf('/'));
        addParameters(operation.pathItem().path("parameters"), pathPointer + "/parameters", parameters);
        addParameters(operation.node().path("parameters"), operation.pointer() + "/parameters", parameters);
        return parameters;
    }

    private void addParameters(JsonNode list, String pointer, List<Parameter> parameters) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode parameter = list.get(i);
            String at = parameter.has("$ref") ? parameter.path("$ref").asText().substring(1) : pointer + "/" + i;
            parameters.add(new Parameter(resolve(parameter), at));
        }
    }

    private static Optional<Parameter> parameter(List<Parameter> parameters, String in, String name) {
        return parameters.stream()
                .filter(parameter -> in.equals(parameter.node().path("in").asText())
                        && name.equals(parameter.node().path("name").asText()))
                .findFirst();
    }

    /** Follows a local {@code $ref} to its target. */
    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref") && current.path("$ref").asText().startsWith("#/")) {
            current = document.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }

    private Schema schema(String pointer) {
        return compiled.computeIfAbsent(pointer,
                key -> schemas.getSchema(SchemaLocation.of(LOCATION + "#" + key)));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Escapes a JSON Pointer segment (RFC 6901). */
    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
