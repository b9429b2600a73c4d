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
    protected static final int FAILED_AUTHENTICATIONS_BLOCKED_AT = 500;

    @LocalServerPort
    private int port;

    @Autowired
    protected JdbcTemplate jdbc;

    /** No token: for what anyone may send. */
    protected ApiClient api;
    protected ApiClient admin;
    protected Service service;
    private static Service shared;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("chronology.data-dir", DATA::toString);
        registry.add("chronology.security.admin-token", () -> Service.ADMIN_TOKEN);
        // Every test calls from localhost and several send bad tokens on purpose: only floods are blocked here.
        registry.add("chronology.security.failed-auth.max-failures", () -> FAILED_AUTHENTICATIONS_BLOCKED_AT);
        // Webhook receivers started by tests listen on this machine over plain HTTP; retries and escalations come quickly.
        registry.add("chronology.alerts.webhooks.allow-loopback-http", () -> true);
        registry.add("chronology.alerts.delivery.first-retry", () -> "200ms");
        registry.add("chronology.alerts.escalation.after", () -> "3s");
        registry.add("chronology.alerts.escalation.check", () -> "500ms");
    }

    @BeforeEach
    void connect() {
        synchronized (ServiceTest.class) {
            if (shared == null) {
                shared = new Service(port);
            }
        }
        service = shared;
        api = service.anonymous();
        admin = service.admin();
    }

    protected ApiClient asAgency(String agency) {
        return service.agency(agency);
    }

    private static Path temporaryDataDir() {
        try {
            return Files.createTempDirectory("chronology-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected void registerAgencies(Map<String, String> sectors) {
        service.registerAgencies(sectors);
    }

    /** Posts envelopes with their agencies' tokens and asserts that each was acknowledged. */
    protected JsonNode postAll(List<ObjectNode> envelopes) {
        return service.postAll(envelopes);
    }

    /** Entries and their revisions in the store: their aggregate ids, agency:eventId, are the only ones with a colon. */
    protected long storedEvents() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier LIKE '%:%'",
                Long.class);
        return count == null ? 0 : count;
    }

    /** The child's timeline, read by a reviewer of that child. */
    protected JsonNode timeline(String childId, String query) {
        return service.read(childId, "timeline", query);
    }

    protected static List<String> eventIds(JsonNode timeline) {
        List<String> ids = new java.util.ArrayList<>();
        timeline.get("entries").forEach(entry -> ids.add(entry.get("eventId").asText()));
        return ids;
    }
}
