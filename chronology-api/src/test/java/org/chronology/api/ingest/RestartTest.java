package org.chronology.api.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.ChronologyApplication;
import org.chronology.api.support.ApiClient;
import org.chronology.api.support.SeedCases;
import org.chronology.api.support.Service;
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
        JsonNode turnoverBefore;
        JsonNode gapsBefore;
        Service service;
        try (ConfigurableApplicationContext first = start(0)) {
            service = new Service(port(first));
            service.registerAgencies(SeedCases.agencySectors());
            JsonNode result = service.postAll(envelopes);
            assertThat(result.get("recorded").asInt()).isEqualTo(envelopes.size());
            turnoverBefore = service.read("T-Twin1", "turnover", "");
            gapsBefore = service.read("T-Twin1", "gaps", "asOf=2018-06-30");
        }
        // Same port, so the tokens issued before the restart are used after it.
        try (ConfigurableApplicationContext second = start(service.port())) {
            JsonNode resent = service.postAll(envelopes);
            assertThat(resent.get("duplicates").asInt()).isEqualTo(envelopes.size());
            JsonNode timeline = service.read("T-Mother", "timeline", "");
            long expected = envelopes.stream().filter(e -> e.get("children").toString().contains("\"T-Mother\"")).count();
            assertThat(timeline.get("count").asLong()).isEqualTo(expected);
            assertThat(service.read("T-Twin1", "turnover", "")).isEqualTo(turnoverBefore);
            assertThat(service.read("T-Twin1", "gaps", "asOf=2018-06-30")).isEqualTo(gapsBefore);
        }
    }

    private ConfigurableApplicationContext start(int port) {
        // Arguments, not builder properties: those are only defaults, and application.yml would win.
        return new SpringApplicationBuilder(ChronologyApplication.class)
                .run("--server.port=" + port, "--chronology.data-dir=" + data,
                        "--chronology.security.admin-token=" + Service.ADMIN_TOKEN);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
