package org.chronology.client.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;

/** Adds the caller's token to every request to the service. */
@ClientFilter(serviceId = Chronology.SERVICE_ID)
final class BearerToken {

    private final String token;

    BearerToken(@Nullable @Value("${" + Chronology.TOKEN_PROPERTY + ":}") String token) {
        this.token = token;
    }

    @RequestFilter
    void authorize(MutableHttpRequest<?> request) {
        if (token != null && !token.isBlank()) {
            request.bearerAuth(token);
        }
    }
}
