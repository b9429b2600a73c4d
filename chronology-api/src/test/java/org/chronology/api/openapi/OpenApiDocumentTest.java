package org.chronology.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronology.api.support.ApiClient;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI 3.1 document at /v3/api-docs: anyone may read it (it holds no data, and an integrator needs it before
 * a token is issued), and it describes every endpoint the service maps, the bearer scheme each requires and the
 * problem+json refusals. That real exchanges match it is checked on every call of the end-to-end tests
 * ({@code support.OpenApiDocument}).
 */
class OpenApiDocumentTest extends ServiceTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void anyoneReadsTheDocumentWithoutAToken() {
        var response = api.get("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(api.get("/v3/api-docs.yaml").text()).startsWith("openapi: 3.1.0");
        assertThat(api.rawHeaders("/v3/api-docs").firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'"));
    }

    @Test
    void everyEndpointTheServiceMapsIsDocumentedWithItsMethods() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPathPatternsCondition().getPatternValues()
                .stream().filter(path -> path.startsWith("/api/"))
                .forEach(path -> info.getMethodsCondition().getMethods()
                        .forEach(method -> mapped.add(method.name() + " " + path))));
        Set<String> documented = new TreeSet<>();
        api.get("/v3/api-docs").json().get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));

        assertThat(mapped).hasSizeGreaterThan(40);
        assertThat(documented).isEqualTo(mapped);
    }

    @Test
    void everyOperationRequiresTheBearerSchemeAndDocumentsItsRefusalsAsProblems() {
        JsonNode document = api.get("/v3/api-docs").json();

        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/security/0").has("bearer")).isTrue();
        assertThat(document.at("/components/schemas/Problem/required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("type", "title", "status");
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            for (String status : new String[] {"400", "401", "403", "429"}) {
                assertThat(op.getValue().at("/responses/" + status + "/content/application~1problem+json/schema/$ref")
                        .asText()).as(op.getKey() + " " + path.getKey() + " " + status)
                        .isEqualTo("#/components/schemas/Problem");
            }
        }));
    }

    @Test
    void theBodiesTheControllersReadByHandAreDescribed() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");

        assertThat(paths.at("/~1api~1v1~1events/post/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Envelope");
        assertThat(paths.at("/~1api~1v1~1reviews/post/responses/201/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/OpenedReview");
        assertThat(paths.at("/~1api~1v1~1events/post/responses").has("409")).isTrue();
    }

    @Test
    void everySuccessNamesItsSchemaAndTheExportsTheirFilesMediaTypes() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");

        JsonNode bareObject = ApiClient.MAPPER.createObjectNode().put("type", "object");
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> op.getValue()
                .get("responses").fields().forEachRemaining(response -> response.getValue().path("content").fields()
                        .forEachRemaining(media -> assertThat(media.getValue().get("schema"))
                                .as("%s %s %s %s", op.getKey(), path.getKey(), response.getKey(), media.getKey())
                                .isNotNull().isNotEqualTo(bareObject)))));
        assertThat(paths.at("/~1api~1v1~1children~1{childId}~1timeline/get/responses/200/content/application~1json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/Timeline");
        assertThat(paths.at("/~1api~1v1~1children~1{childId}~1household/get/responses/200/content/application~1json"
                + "/schema/$ref").asText()).isEqualTo("#/components/schemas/Household");
        for (String export : List.of("/api/v1/children/{childId}/export.{format}", "/api/v1/reviews/{reviewId}/export.{format}",
                "/api/v1/people/{personId}/export.{format}", "/api/v1/children/{childId}/household/export.{format}")) {
            JsonNode answer = paths.get(export).at("/get/responses/200");
            assertThat(answer.get("content").fieldNames()).toIterable().as(export).containsExactlyInAnyOrder("text/csv",
                    "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            assertThat(answer.at("/headers/Content-Disposition").isObject()).isTrue();
            assertThat(paths.get(export).at("/get/responses").has("2XX")).isFalse();
        }
    }

    @Test
    void aRecordsComponentsAreRequiredUnlessJacksonLeavesThemOut() {
        JsonNode schemas = api.get("/v3/api-docs").json().get("components").get("schemas");

        assertThat(schemas.at("/OpenedReview/required")).extracting(JsonNode::asText)
                .contains("reviewId", "token", "children", "closesOn");
        assertThat(schemas.at("/Gaps/required")).extracting(JsonNode::asText).contains("childId").doesNotContain("knownAt");
        assertThat(schemas.at("/Acknowledgement").has("required")).as("@JsonInclude(NON_EMPTY)").isFalse();
    }
}
