package org.chronology.client.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import org.chronology.client.api.ChronologyClient;
import org.chronology.client.support.ChronologyService;
import org.chronology.client.support.WithChronologyService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agency client against the service's OpenAPI document (/v3/api-docs): every call it makes is an operation
 * the document describes, at the same path and method, with each query parameter it sends documented and a
 * request body where it sends one. A renamed endpoint or parameter fails here before an agency finds out.
 */
@ExtendWith(WithChronologyService.class)
class OpenApiContractIT {

    @Test
    void everyCallOfTheClientIsAnOperationOfTheDocument(ChronologyService service) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(service.url() + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = new ObjectMapper().readTree(response.body()).get("paths");
        String base = ChronologyClient.class.getAnnotation(Client.class).path();

        List<String> calls = new ArrayList<>();
        for (Method method : ChronologyClient.class.getMethods()) {
            Call call = Call.of(method, base);
            if (call == null) {
                continue; // a default method composing the calls below
            }
            calls.add(call.verb() + " " + call.path());
            JsonNode operation = paths.path(call.path()).path(call.verb().toLowerCase());
            assertThat(operation.isMissingNode()).as(call + " is documented").isFalse();
            Set<String> documented = new TreeSet<>();
            operation.path("parameters").forEach(p -> documented.add(p.path("in").asText() + " " + p.path("name").asText()));
            assertThat(documented).as(call + ": its query parameters").containsAll(call.query());
            assertThat(operation.has("requestBody")).as(call + ": a body documented where it sends one")
                    .isEqualTo(call.sendsBody());
        }
        assertThat(calls).hasSizeGreaterThan(20);
    }

    /** One declared call: its method, full path template, the query parameters it sends and whether it sends a body. */
    private record Call(String verb, String path, Set<String> query, boolean sendsBody) {

        static Call of(Method method, String base) {
            String verb;
            String uri;
            if (method.isAnnotationPresent(Get.class)) {
                verb = "GET";
                uri = method.getAnnotation(Get.class).value();
            } else if (method.isAnnotationPresent(Post.class)) {
                verb = "POST";
                uri = method.getAnnotation(Post.class).value();
            } else if (method.isAnnotationPresent(Put.class)) {
                verb = "PUT";
                uri = method.getAnnotation(Put.class).value();
            } else if (method.isAnnotationPresent(Delete.class)) {
                verb = "DELETE";
                uri = method.getAnnotation(Delete.class).value();
            } else {
                return null;
            }
            Set<String> query = new TreeSet<>();
            boolean body = false;
            for (Parameter parameter : method.getParameters()) {
                QueryValue value = parameter.getAnnotation(QueryValue.class);
                if (value != null) {
                    query.add("query " + (value.value().isEmpty() ? parameter.getName() : value.value()));
                }
                body |= parameter.isAnnotationPresent(Body.class);
            }
            return new Call(verb, base + uri, query, body);
        }
    }
}
