package org.chronology.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Talks to the running service over real HTTP, as an agency's system would. Every exchange is checked against the
 * service's OpenAPI document ({@link OpenApiDocument}).
 */
public final class ApiClient {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;
    private final java.util.Map<String, String> headers;

    public ApiClient(int port) {
        this("http://localhost:" + port, null, java.util.Map.of());
    }

    private ApiClient(String base, String token, java.util.Map<String, String> headers) {
        this.base = base;
        this.token = token;
        this.headers = headers;
    }

    /** The same service, called with {@code bearerToken}. */
    public ApiClient as(String bearerToken) {
        return new ApiClient(base, bearerToken, headers);
    }

    /** The same caller, on another node of the same cluster. */
    public ApiClient on(int port) {
        return new ApiClient("http://localhost:" + port, token, headers);
    }

    /** The same caller, sending {@code name: value} on every request: as if through a proxy, for instance. */
    public ApiClient withHeader(String name, String value) {
        java.util.Map<String, String> more = new java.util.HashMap<>(headers);
        more.put(name, value);
        return new ApiClient(base, token, java.util.Map.copyOf(more));
    }

    public record Response(int status, String contentType, String text) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    /** Sends raw bytes with any content type: for hostile and malformed requests. */
    public Response raw(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    /** The response headers of a GET, for checks on headers rather than bodies. */
    public java.net.http.HttpHeaders rawHeaders(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding()).headers();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens a stream (Server-Sent Events) at {@code path} and returns its lines as they come; the stream ends with
     * the service.
     */
    public java.util.List<String> lines(String path) {
        java.util.List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/event-stream");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        http.sendAsync(builder.build(), HttpResponse.BodyHandlers.fromLineSubscriber(new LineCollector(lines)));
        return lines;
    }

    /** Keeps every line of a stream. */
    private record LineCollector(java.util.List<String> lines) implements java.util.concurrent.Flow.Subscriber<String> {
        @Override
        public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            lines.add(line);
        }

        @Override
        public void onError(Throwable closed) {
            // the service closes its streams as it stops
        }

        @Override
        public void onComplete() {
            // as above
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Response answer = new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
            OpenApiDocument.of(base, http).ifPresent(document -> document.check(new OpenApiDocument.Exchange(
                    request.method(), request.uri().getRawPath() + (request.uri().getRawQuery() == null ? ""
                    : "?" + request.uri().getRawQuery()), request.bodyPublisher().map(b -> b.contentLength() != 0)
                    .orElse(false), answer.status(), answer.contentType(), answer.text())));
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        try {
            return body instanceof String text ? text : MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
