package org.chronology.api.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.ChronologyApplication;
import org.chronology.api.support.ApiClient;
import org.chronology.api.support.SeedCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The service is stopped straight after acknowledging a chronology; after a restart nothing is missing. */
class RestartTest {

    @TempDir
    Path data;

    @Test
    void acknowledgedEventsSurviveARestartAndTheTimelineCatchesUp() {
        List<ObjectNode> envelopes = SeedCases.load().envelopes("Family T");
        try (ConfigurableApplicationContext first = start()) {
            ApiClient api = new ApiClient(port(first));
            SeedCases.agencySectors().forEach((code, sector) ->
                    api.put("/api/v1/agencies/" + code, Map.of("name", code, "sector", sector)));
            ApiClient.Response response = api.post("/api/v1/events/batch", Map.of("events", envelopes));
            assertThat(response.json().get("recorded").asInt()).as(response.text()).isEqualTo(envelopes.size());
        }
        try (ConfigurableApplicationContext second = start()) {
            ApiClient api = new ApiClient(port(second));
            JsonNode resent = api.post("/api/v1/events/batch", Map.of("events", envelopes)).json();
            assertThat(resent.get("duplicates").asInt()).isEqualTo(envelopes.size());
            JsonNode timeline = api.get("/api/v1/children/T-Mother/timeline").json();
            long expected = envelopes.stream().filter(e -> e.get("children").toString().contains("\"T-Mother\"")).count();
            assertThat(timeline.get("count").asLong()).isEqualTo(expected);
        }
    }

    private ConfigurableApplicationContext start() {
        // Arguments, not builder properties: those are only defaults, and application.yml would win.
        return new SpringApplicationBuilder(ChronologyApplication.class)
                .run("--server.port=0", "--chronology.data-dir=" + data);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
