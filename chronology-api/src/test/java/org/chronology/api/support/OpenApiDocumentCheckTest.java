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
               "/api/v1/agencies/{code}": {"put": {"requestBody": {}, "responses": {"200": {}, "201": {"content":
                 {"application/json": {"schema": {"$ref": "#/components/schemas/Agency"}}}},
                 "400": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
               "/api/v1/exports/{id}.{format}": {"get": {"responses": {"200": {"content": {
                 "text/csv": {"schema": {"type": "string"}}, "application/pdf": {"schema": {"type": "string"}}}}}}},
               "/api/v1/timeline": {"get": {"responses": {"200": {"content": {"application/json": {"schema":
                 {"type": "object"}}}}}}},
               "/api/v1/counts": {"get": {"responses": {"200": {"content": {"application/json": {"schema":
                 {"type": "object", "additionalProperties": {"type": "integer"}}}}}}}},
               "/api/v1/agencies": {"get": {"responses": {"200": {"content": {"application/json": {"schema":
                 {"type": "array", "items": {"$ref": "#/components/schemas/Agency"}}}}}}}},
               "/api/v1/audit": {"get": {"parameters": [{"name": "limit", "in": "query", "required": true}],
                 "responses": {"200": {"content": {"application/json": {"schema": {"type": "array", "items": {}}}}}}}}},
             "components": {"schemas": {"Problem": {"type": "object", "required": ["type", "title", "status"],
               "properties": {"type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
                 "detail": {"type": "string"}}},
               "Agency": {"type": "object", "required": ["code", "name"], "properties": {"code": {"type": "string"},
                 "name": {"type": "string"}, "sector": {"type": "string", "enum": ["la.csc", "health.gp"]},
                 "details": {"type": "object", "additionalProperties": true}}}}}}"""));

    @Test
    void documentedExchangesPass() {
        assertThatCode(() -> {
            document.check(exchange("PUT", "/api/v1/agencies/CSC", true, 201, "application/json",
                    "{\"code\": \"CSC\", \"name\": \"x\", \"details\": {\"any\": [1]}}"));
            document.check(exchange("PUT", "/api/v1/agencies/CSC", true, 400, PROBLEM,
                    "{\"type\": \"/problems/validation\", \"title\": \"Not valid\", \"status\": 400}"));
            document.check(exchange("GET", "/api/v1/exports/x.pdf", false, 200, "application/pdf", "%PDF-1.7"));
            document.check(exchange("GET", "/api/v1/exports/x.csv", false, 200, "text/csv;charset=UTF-8", "a,b"));
            document.check(exchange("GET", "/api/v1/counts", false, 200, "application/json", "{\"CSC\": 3}"));
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
    void anAnswerWithAFieldTypeOrValueItsSchemaDoesNotDescribeIsStopped() {
        assertThatThrownBy(() -> document.check(exchange("GET", "/api/v1/agencies", false, 200, "application/json",
                "[{\"code\": \"CSC\", \"name\": \"x\", \"secret\": \"y\"}]")))
                .hasMessageContaining("$[0].secret is a field its schema does not describe");
        assertThatThrownBy(() -> document.check(exchange("GET", "/api/v1/agencies", false, 200, "application/json",
                "[{\"code\": 7, \"name\": \"x\"}]"))).hasMessageContaining("$[0].code is integer");
        assertThatThrownBy(() -> document.check(exchange("GET", "/api/v1/agencies", false, 200, "application/json",
                "[{\"code\": \"CSC\", \"name\": \"x\", \"sector\": \"la.unknown\"}]")))
                .hasMessageContaining("not one of");
        assertThatThrownBy(() -> document.check(exchange("GET", "/api/v1/counts", false, 200, "application/json",
                "{\"CSC\": \"three\"}"))).hasMessageContaining("$.CSC is string");
    }

    @Test
    void aGenericObjectDescribesNoAnswerWithFields() {
        assertThatCode(() -> document.check(exchange("GET", "/api/v1/timeline", false, 200, "application/json", "{}")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> document.check(exchange("GET", "/api/v1/timeline", false, 200, "application/json",
                "{\"entries\": []}"))).hasMessageContaining("$.entries is a field its schema does not describe");
    }

    @Test
    void aBodyOfAMediaTypeTheResponseDoesNotListIsStopped() {
        assertThatThrownBy(() -> document.check(exchange("GET", "/api/v1/exports/x.docx", false, 200,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK")))
                .hasMessageContaining("does not document").hasMessageContaining("[application/pdf, text/csv]");
        assertThatThrownBy(() -> document.check(exchange("PUT", "/api/v1/agencies/CSC", true, 200, "application/json",
                "{}"))).hasMessageContaining("with a body of application/json");
    }

    @Test
    void anAcceptedRequestMissingARequiredParameterOrWithAnUndocumentedBodyIsStopped() {
        assertThatThrownBy(() -> document.check(exchange("GET", "/api/v1/audit", false, 200, "application/json", "[]")))
                .hasMessageContaining("without limit");
        assertThatThrownBy(() -> document.check(exchange("GET", "/api/v1/audit?limit=1", true, 200, "application/json", "[]")))
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
