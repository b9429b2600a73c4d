package org.chronology.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service on a real port with its own H2 file database: every end-to-end test class shares
 * this one context, so tests use their own child and event ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceTest {

    private static final Path DATA = temporaryDataDir();

    @LocalServerPort
    private int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected ApiClient api;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("chronology.data-dir", DATA::toString);
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    private static Path temporaryDataDir() {
        try {
            return Files.createTempDirectory("chronology-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected void registerAgencies(Map<String, String> sectors) {
        sectors.forEach((code, sector) -> {
            var response = api.put("/api/v1/agencies/" + code, Map.of("name", code, "sector", sector));
            assertThat(response.status()).as(response.text()).isIn(200, 201);
        });
    }

    /** Posts envelopes in batches and asserts that each was acknowledged. */
    protected JsonNode postAll(List<ObjectNode> envelopes) {
        var response = api.post("/api/v1/events/batch", Map.of("events", envelopes));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.json().get("rejected").asInt()).as(response.text()).isZero();
        return response.json();
    }

    protected long storedEvents() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        return count == null ? 0 : count;
    }

    protected JsonNode timeline(String childId, String query) {
        var response = api.get("/api/v1/children/" + childId + "/timeline" + (query.isEmpty() ? "" : "?" + query));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    protected static List<String> eventIds(JsonNode timeline) {
        List<String> ids = new java.util.ArrayList<>();
        timeline.get("entries").forEach(entry -> ids.add(entry.get("eventId").asText()));
        return ids;
    }
}
