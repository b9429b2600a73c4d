package org.chronology.client.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Turns every error response of the service into a {@link ProblemException} carrying its problem+json
 * body. Done as a response filter, before the declarative client sees the response, because that client
 * would otherwise answer a 404 with null: a missing agency or token must be an error a caller can see.
 */
@ClientFilter(serviceId = Chronology.SERVICE_ID)
final class ProblemResponses {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    @ResponseFilter
    void translate(HttpClientResponseException failure) {
        throw new ProblemException(problemOf(failure.getResponse()));
    }

    private Problem problemOf(HttpResponse<?> response) {
        Optional<String> body = response.getBody(String.class).filter(text -> !text.isBlank());
        if (body.isPresent()) {
            try {
                Problem problem = json.readValue(body.get(), Problem.class);
                if (problem.status() != 0) {
                    return problem;
                }
            } catch (IOException notAProblem) {
                // a proxy's HTML page, say: described by its status below
            }
        }
        return new Problem("about:blank", response.reason(), response.code(), null, null, List.of());
    }
}
