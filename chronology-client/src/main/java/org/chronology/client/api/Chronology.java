package org.chronology.client.api;

import io.micronaut.context.ApplicationContext;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A connection to one Chronology service as one caller: it owns the Micronaut context behind the client.
 *
 * <pre>{@code
 * try (Chronology chronology = Chronology.connect(URI.create("https://chronology.example"), token)) {
 *     Timeline timeline = chronology.client().timeline("T-Twin1");
 * }
 * }</pre>
 */
public final class Chronology implements AutoCloseable {

    static final String SERVICE_ID = "chronology";
    static final String TOKEN_PROPERTY = "chronology.token";

    /** Long enough for a full batch of 1,000 events on a busy service. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(120);

    private final ApplicationContext context;
    private final ChronologyClient client;

    private Chronology(ApplicationContext context) {
        this.context = context;
        this.client = context.getBean(ChronologyClient.class);
    }

    /** @param token the bearer token to send; may be null for calls that need none */
    public static Chronology connect(URI url, String token) {
        return connect(url, token, Map.of());
    }

    /** As {@link #connect(URI, String)}, with further Micronaut properties (timeouts, retry attempts). */
    public static Chronology connect(URI url, String token, Map<String, Object> properties) {
        Map<String, Object> settings = new HashMap<>(Map.of(
                "micronaut.http.services." + SERVICE_ID + ".url", url.toString(),
                "micronaut.http.services." + SERVICE_ID + ".read-timeout", READ_TIMEOUT.toSeconds() + "s",
                TOKEN_PROPERTY, token == null ? "" : token,
                // The contract's dates are ISO-8601 strings, never arrays of numbers.
                "jackson.serialization.write-dates-as-timestamps", false));
        settings.putAll(properties);
        ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .banner(false)
                .properties(settings)
                .start();
        return new Chronology(context);
    }

    public ChronologyClient client() {
        return client;
    }

    @Override
    public void close() {
        context.close();
    }
}
