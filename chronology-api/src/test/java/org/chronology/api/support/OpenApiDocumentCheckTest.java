package org.chronology.api.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chronology.api.support.ApiClient.MAPPER;

/** The check every end-to-end exchange goes through: what it lets pass and what it stops, on a small document. */
class OpenApiDocumentCheckTest {

    private static final String PROBLEM = "application/problem+json";
    private final OpenApiDocument document = new OpenApiDocument(json("""
            {"openapi": "3.1.0",
             "paths": {
               "/api/v1/agencies/{code}": {"put": {"requestBody": {}, "responses": {"200": {}, "201": {},
                 "400": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
               "/api/v1/exports/{id}.{format}": {"get": {"responses": {"2XX": {}}}},
               "/api/v1/agencies": {"get": {"responses": {"200": {"content": {"application/json": {"schema":
                 {"type": "array", "items": {"$ref": "#/components/schemas/Agency"}}}}}}}},
               "/api/v1/audit": {"get": {"parameters": [{"name": "limit", "in": "query", "required": true}],
                 "responses": {"200": {}}}}},
             "components": {"schemas": {"Problem": {"required": ["type", "title", "status"]},
               "Agency": {"type": "object", "required": ["code", "name"]}}}}"""));

    @Test
    void documentedExchangesPass() {
        assertThatCode(() -> {
            document.check(exchange("PUT", "/api/v1/agencies/CSC", true, 201, "application/json", "{}"));
            document.check(exchange("PUT", "/api/v1/agencies/CSC", true, 400, PROBLEM,
                    "{\"type\": \"/problems/validation\", \"title\": \"Not valid\", \"status\": 400}"));
            document.check(exchange("GET", "/api/v1/exports/x.pdf", false, 204, "application/pdf", ""));
            document.check(exchange("GET", "/api/v1/audit?limit=5&unknown=1", false, 200, "application/json", "[]"));
            document.check(exchange("DELETE", "/api/v1/nowhere", false, 404, PROBLEM, "{}"));
            document.check(exchange("GET", "/app/index.html", false, 200, "text/html", ""));
            document.check(exchange("GET", "/api/v1/agencies", false, 200, "application/json",
                    "[{\"code\": \"CSC\", \"name\": null, \"sector\": \"la.csc\"}]"));
        }).doesNotThrowAnyException();
    }

    @Test
    void anUndocumentedStatusIsStopped() {
        assertThatThrownBy(() -> document.check(exchange("PUT", "/api/v1/agencies/CSC", true, 202, "", "")))
                .hasMessageContaining("PUT /api/v1/agencies/CSC answered 202").hasMessageContaining("[200, 201, 400]");
    }

    @Test
    void aSuccessOfAnUndocumentedOperationIsStopped() {
        assertThatThrownBy(() -> document.check(exchange("POST", "/api/v1/agencies/CSC", true, 200, "", "")))
                .hasMessageContaining("no such operation");
    }

    @Test
    void aProblemWithoutItsRequiredFieldsOrUndocumentedAsProblemIsStopped() {
        assertThatThrownBy(() -> document.check(exchange("PUT", "/api/v1/agencies/CSC", true, 400, PROBLEM,
                "{\"detail\": \"bad\"}"))).hasMessageContaining("without the required field");
        assertThatThrownBy(() -> document.check(exchange("GET", "/api/v1/exports/x.pdf", false, 200, PROBLEM, "{}")))
                .hasMessageContaining("does not document");
    }

    @Test
    void anAnswerWithoutARequiredFieldOfItsSchemaIsStopped() {
        assertThatThrownBy(() -> document.check(exchange("GET", "/api/v1/agencies", false, 200, "application/json",
                "[{\"code\": \"CSC\", \"name\": \"x\"}, {\"code\": \"POLICE\"}]")))
                .hasMessageContaining("without the required field name");
    }

    @Test
    void anAcceptedRequestMissingARequiredParameterOrWithAnUndocumentedBodyIsStopped() {
        assertThatThrownBy(() -> document.check(exchange("GET", "/api/v1/audit", false, 200, "application/json", "[]")))
                .hasMessageContaining("without limit");
        assertThatThrownBy(() -> document.check(exchange("GET", "/api/v1/audit?limit=1", true, 200, "", "[]")))
                .hasMessageContaining("to a body");
    }

    private static OpenApiDocument.Exchange exchange(String method, String path, boolean body, int status,
                                                     String contentType, String text) {
        return new OpenApiDocument.Exchange(method, path, body, status, contentType, text);
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
