package org.chronology.api.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import static org.chronology.api.support.ApiClient.MAPPER;

/**
 * The service's own OpenAPI document ({@code /v3/api-docs}), read once per running service. {@link ApiClient} checks
 * every exchange of the end-to-end tests against it, so the document cannot drift from what the service does: the
 * operation exists, the status is documented for it, the answer's media type is documented for that status and a JSON
 * answer (a refusal's problem too) is what its schema describes, field by field ({@link SchemaCheck}), and an accepted
 * request sent every required query parameter and a body only where one is documented.
 */
public final class OpenApiDocument {

    /** What the service answers to a request that matches no operation: refusals, never an undocumented success. */
    private static final Set<Integer> REFUSALS_OF_UNKNOWN = Set.of(400, 401, 403, 404, 405, 429);
    private static final Map<String, OpenApiDocument> BY_SERVICE = new ConcurrentHashMap<>();

    private final SchemaCheck schemas;
    private final List<Operation> operations = new ArrayList<>();

    OpenApiDocument(JsonNode root) {
        this.schemas = new SchemaCheck(root.path("components").path("schemas"));
        root.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), template(path.getKey()), op.getValue()))));
    }

    /** The document of the service at {@code base}; empty while it cannot be read (a service being killed). */
    static Optional<OpenApiDocument> of(String base, HttpClient http) {
        OpenApiDocument known = BY_SERVICE.get(base);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET /v3/api-docs answered " + response.statusCode() + ": " + response.body());
            }
            OpenApiDocument document = new OpenApiDocument(MAPPER.readTree(response.body()));
            BY_SERVICE.put(base, document);
            return Optional.of(document);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    public record Exchange(String method, String pathAndQuery, boolean withBody, int status, String contentType,
                           String body) {
    }

    /** Throws an {@link AssertionError} saying what of {@code exchange} the document does not describe. */
    public void check(Exchange exchange) {
        URI uri = URI.create(exchange.pathAndQuery());
        String path = uri.getRawPath();
        if (!path.startsWith("/api/")) {
            return;
        }
        String call = exchange.method() + " " + path + " answered " + exchange.status();
        Optional<Operation> found = operation(exchange.method(), path);
        if (found.isEmpty()) {
            if (!REFUSALS_OF_UNKNOWN.contains(exchange.status())) {
                throw new AssertionError(call + ", but the OpenAPI document has no such operation");
            }
            return;
        }
        Operation operation = found.get();
        JsonNode responses = operation.json().path("responses");
        JsonNode response = responses.path(Integer.toString(exchange.status()));
        if (response.isMissingNode()) {
            response = responses.path(exchange.status() / 100 + "XX");
        }
        if (response.isMissingNode()) {
            throw new AssertionError(call + ", which its OpenAPI operation " + operation.name() + " does not list: "
                    + fieldNames(responses) + " (declare it with @ApiResponse)");
        }
        if (!exchange.body().isEmpty()) {
            checkBody(call, operation, response, exchange);
        }
        if (exchange.status() < 300) {
            // Unknown query parameters are ignored by the service (hostile tests send them): the required ones count.
            List<String> sent = queryNames(uri.getRawQuery());
            operation.json().path("parameters").forEach(p -> {
                if (p.path("in").asText().equals("query") && p.path("required").asBoolean()
                        && !sent.contains(p.path("name").asText())) {
                    throw new AssertionError(call + " without " + p.path("name").asText() + ", which "
                            + operation.name() + " documents as required");
                }
            });
            if (exchange.withBody() && operation.json().path("requestBody").isMissingNode()) {
                throw new AssertionError(call + " to a body, which " + operation.name() + " does not document");
            }
        }
    }

    /**
     * The answer's media type is one its response lists, and a JSON answer (a problem too) is what that media type's
     * schema describes ({@link SchemaCheck}); a refusal is always a problem.
     */
    private void checkBody(String call, Operation operation, JsonNode response, Exchange exchange) {
        String mediaType = exchange.contentType().split(";")[0].trim();
        JsonNode content = response.path("content").path(mediaType);
        if (content.isMissingNode()) {
            throw new AssertionError(call + " with a body of " + mediaType + ", which " + operation.name()
                    + " does not document: it lists " + fieldNames(response.path("content")) + " for that status");
        }
        if (mediaType.equals("application/json") || mediaType.endsWith("+json")) {
            if (content.path("schema").isMissingNode()) {
                throw new AssertionError(call + ", whose " + mediaType + " body " + operation.name() + " gives no schema");
            }
            try {
                schemas.check(content.get("schema"), readJson(call, exchange.body()), "$");
            } catch (AssertionError departure) {
                throw new AssertionError(call + ", which departs from " + operation.name() + "'s schema: "
                        + departure.getMessage(), departure);
            }
        }
    }

    private Optional<Operation> operation(String method, String path) {
        // The most literal template wins: /agencies/{code}/tokens before /agencies/{code}/{x}.
        return operations.stream().filter(o -> o.method().equals(method) && o.pattern().matcher(path).matches())
                .min(Comparator.comparingLong(o -> o.path().chars().filter(c -> c == '{').count()));
    }

    private static JsonNode readJson(String call, String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(call + " with a body that is not JSON: " + body, e);
        }
    }

    private static Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("((?=\\{)|(?<=\\}))")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private static List<String> queryNames(String rawQuery) {
        List<String> names = new ArrayList<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                names.add(URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8));
            }
        }
        return names;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private record Operation(String method, String path, Pattern pattern, JsonNode json) {
        String name() {
            return method + " " + path;
        }
    }
}
