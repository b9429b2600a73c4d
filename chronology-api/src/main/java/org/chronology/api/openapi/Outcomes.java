package org.chronology.api.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.Set;

/**
 * What springdoc cannot read from a handler that has not said it with annotations: a handler returning a
 * {@code ResponseEntity} picks its success status as it runs, so without {@code @ApiResponse} it is documented as
 * {@code 2XX} rather than a 200 it may not answer; a POST or PUT that reads its body from the request is documented
 * as taking a JSON object, until it names its schema with {@code @RequestBody}. A download is a file of its own
 * ({@link Downloads}).
 */
final class Outcomes implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (Downloads.answers(handler)) {
            return Downloads.describe(operation);
        }
        boolean declared = handler.hasMethodAnnotation(io.swagger.v3.oas.annotations.responses.ApiResponse.class)
                || handler.hasMethodAnnotation(io.swagger.v3.oas.annotations.responses.ApiResponses.class);
        if (!declared && ResponseEntity.class.isAssignableFrom(handler.getMethod().getReturnType())
                && operation.getResponses() != null && operation.getResponses().containsKey("200")) {
            ApiResponse success = operation.getResponses().remove("200");
            operation.getResponses().addApiResponse("2XX", success.description("Done: the status depends on the outcome"));
        }
        boolean writes = handler.hasMethodAnnotation(PostMapping.class) || handler.hasMethodAnnotation(PutMapping.class);
        boolean readsBody = Arrays.asList(handler.getMethod().getParameterTypes()).contains(HttpServletRequest.class);
        if (writes && readsBody && operation.getRequestBody() == null) {
            operation.setRequestBody(new RequestBody().description("A JSON object; see docs/api-contract.md")
                    .content(new Content().addMediaType("application/json",
                            new MediaType().schema(new JsonSchema().types(Set.of("object"))))));
        }
        return operation;
    }
}
