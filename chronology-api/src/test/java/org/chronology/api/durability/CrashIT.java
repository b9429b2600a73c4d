package org.chronology.api.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.support.ApiClient;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.Service;
import org.chronology.api.support.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agencies post from several threads while the packaged service is killed with SIGKILL, ten times over. After
 * every restart each acknowledged event is there, no batch is half-written, and the projections equal what a
 * full replay rebuilds.
 */
class CrashIT {

    private static final int CYCLES = 10;
    private static final int THREADS = 4;
    private static final int BATCH = 20;
    private static final List<String> CHILDREN = List.of("K-0", "K-1", "K-2", "K-3", "K-4", "K-5", "K-6", "K-7");

    @TempDir
    Path data;

    /** Every batch sent, by its event ids, and which of them were acknowledged (200 with all recorded). */
    private final Map<String, List<String>> batches = new ConcurrentHashMap<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    @Test
    void acknowledgedEventsSurviveKillNineAndProjectionsConverge() throws Exception {
        Path log = data.resolve("service.log");
        ServiceProcess process = new ServiceProcess(data.resolve("db"), log, List.of()).start();
        Service service = new Service(process.port());
        service.registerAgencies(Map.of("CRASH", "la.csc"));
        ApiClient agency = service.agency("CRASH");
        ApiClient reviewer = service.reviewer(CHILDREN.toArray(String[]::new));
        int totalAcknowledged = 0;
        try {
            for (int cycle = 1; cycle <= CYCLES; cycle++) {
                postWhileKilling(agency, process, cycle);
                totalAcknowledged = acknowledged.size();
                process.start();
                checkEveryAcknowledgedEventIsWholeAndPresent(reviewer);
            }
            Map<String, JsonNode> live = timelines(reviewer);
            var replay = service.admin().post("/api/v1/admin/projections/timeline/replay", "");
            assertThat(replay.status()).as(replay.text()).isEqualTo(202);
            awaitCaughtUp(service.admin());
            assertThat(timelines(reviewer)).isEqualTo(live);
            process.stop();
        } finally {
            process.close();
        }
        assertThat(totalAcknowledged).as("events acknowledged across the cycles").isGreaterThan(CYCLES * BATCH);
        assertThat(storedEntryIds()).as("the store holds each acknowledged event once, and only whole batches")
                .containsAll(acknowledged).hasSameSizeAs(presentIdsFromBatches(storedEntryIds()));
    }

    private void postWhileKilling(ApiClient agency, ServiceProcess process, int cycle) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            Thread poster = new Thread(() -> {
                for (int b = 0; running.get(); b++) {
                    List<ObjectNode> events = new ArrayList<>();
                    List<String> ids = new ArrayList<>();
                    for (int e = 0; e < BATCH; e++) {
                        String id = "c" + cycle + "-t" + thread + "-b" + b + "-e" + e;
                        ids.add(id);
                        events.add(Envelope.of(id, "visit.home", "CRASH", "2020-01-" + String.format("%02d", 1 + e),
                                CHILDREN.get((b + e) % CHILDREN.size()), "Visit " + id));
                    }
                    batches.put("c" + cycle + "-t" + thread + "-b" + b, ids);
                    try {
                        var response = agency.post("/api/v1/events/batch", Map.of("events", events));
                        if (response.status() == 200 && response.json().get("rejected").asInt() == 0) {
                            acknowledged.addAll(ids);
                        }
                    } catch (RuntimeException connectionLost) {
                        return;
                    }
                }
            });
            poster.start();
            threads.add(poster);
        }
        Thread.sleep(1_500);
        process.kill();
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private void checkEveryAcknowledgedEventIsWholeAndPresent(ApiClient reviewer) throws InterruptedException {
        Set<String> present = new HashSet<>();
        // After a restart the projection replays from its last token: give it time to reach the head.
        for (int attempt = 0; attempt < 300 && !present.containsAll(acknowledged); attempt++) {
            present.clear();
            timelines(reviewer).values().forEach(t -> t.get("entries").forEach(e -> present.add(e.get("eventId").asText())));
            if (!present.containsAll(acknowledged)) {
                Thread.sleep(100);
            }
        }
        Set<String> missing = new HashSet<>(acknowledged);
        missing.removeAll(present);
        assertThat(missing).as("acknowledged events missing after a kill -9 (of " + acknowledged.size() + ")").isEmpty();
        for (Map.Entry<String, List<String>> batch : batches.entrySet()) {
            long there = batch.getValue().stream().filter(present::contains).count();
            assertThat(there).as("batch " + batch.getKey() + " is all or nothing").isIn(0L, (long) batch.getValue().size());
        }
    }

    private Map<String, JsonNode> timelines(ApiClient reviewer) {
        Map<String, JsonNode> timelines = new HashMap<>();
        for (String child : CHILDREN) {
            var response = reviewer.get("/api/v1/children/" + child + "/timeline");
            assertThat(response.status()).as(response.text()).isEqualTo(200);
            timelines.put(child, response.json());
        }
        return timelines;
    }

    private void awaitCaughtUp(ApiClient admin) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            for (JsonNode status : admin.get("/api/v1/admin/projections").json()) {
                if (status.get("name").asText().equals("timeline") && status.get("caughtUp").asBoolean()) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the timeline replay did not finish");
    }

    /** Reads the store file directly, once the service has stopped. */
    private List<String> storedEntryIds() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db").resolve("chronology"),
                "chronology", "");
             ResultSet rs = connection.createStatement().executeQuery(
                     "SELECT aggregateIdentifier FROM DomainEventEntry WHERE aggregateIdentifier LIKE 'CRASH:%'")) {
            while (rs.next()) {
                ids.add(rs.getString(1).substring("CRASH:".length()));
            }
        }
        return ids;
    }

    private List<String> presentIdsFromBatches(List<String> stored) {
        Set<String> storedSet = new HashSet<>(stored);
        List<String> whole = new ArrayList<>();
        for (List<String> batch : batches.values()) {
            if (storedSet.containsAll(batch)) {
                whole.addAll(batch);
            }
        }
        return whole;
    }
}
