package org.chronology.api.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The refusals any operation may answer, as problem+json: the security filters and the request checks answer
 * them before or around the controller, so no controller method declares them. An operation's own declaration
 * of a status wins.
 */
final class ProblemResponses {

    private static final String PROBLEM_JSON = "application/problem+json";

    private ProblemResponses() {
    }

    static void add(Operation operation) {
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("400", "The request is not valid: a parameter, the body or the path; errors names each field");
        refusals.put("401", "No valid bearer token (with WWW-Authenticate: Bearer)");
        refusals.put("403", "The token's role or scope does not allow this; says nothing of whether a child exists");
        if (operation.getParameters() != null
                && operation.getParameters().stream().map(Parameter::getIn).anyMatch("path"::equals)) {
            refusals.put("404", "Nothing of that id that this token may see");
        }
        if (operation.getRequestBody() != null) {
            refusals.put("413", "The body is larger than the limit for this request");
            refusals.put("415", "The body is not UTF-8 application/json");
        }
        refusals.put("429", "Too many requests for this token or address, or too many at once; see Retry-After");
        refusals.put("500", "The service could not complete the request; nothing was stored");
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        refusals.forEach((status, description) -> operation.getResponses().putIfAbsent(status, problem(description)));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + OpenApiConfiguration.PROBLEM))));
    }
}
