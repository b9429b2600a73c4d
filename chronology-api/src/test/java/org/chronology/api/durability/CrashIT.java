package org.chronology.api.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.support.ApiClient;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.Service;
import org.chronology.harness.service.ServiceOptions;
import org.chronology.harness.service.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
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
 * Agencies post from several threads while the packaged service is killed with SIGKILL, ten times over (or
 * {@code -Dcrashit.cycles} times). After every restart each event acknowledged before that kill is stored (a resend
 * comes back all duplicates). At the end the store holds every acknowledged event once and no batch in part, its
 * aggregate index agrees with its rows, the live timeline has caught up with all of it, and a full replay shows
 * exactly what the live timeline showed.
 */
class CrashIT {

    /** A longer run ({@code -Dcrashit.cycles=80}) hunts for rare losses. */
    private static final int CYCLES = Integer.getInteger("crashit.cycles", 10);
    private static final int THREADS = 4;
    private static final int BATCH = 20;
    private static final List<String> CHILDREN = List.of("K-0", "K-1", "K-2", "K-3", "K-4", "K-5", "K-6", "K-7");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;

    /** Every batch sent, by its event ids, and which of them were acknowledged (200 with all recorded). */
    private final Map<String, List<String>> batches = new ConcurrentHashMap<>();
    private final Map<String, List<ObjectNode>> acknowledgedBatches = new ConcurrentHashMap<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    @Test
    void acknowledgedEventsSurviveKillNineAndProjectionsConverge() throws Exception {
        Path log = data.resolve("service.log");
        ServiceProcess process = new ServiceProcess(ServiceOptions.forTest(data.resolve("db"), log, Service.ADMIN_TOKEN)).start();
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
                checkAcknowledgedBatchesAreStored(agency, "c" + cycle + "-t");
            }
            System.out.println("CrashIT: " + acknowledged.size() + " events acknowledged in " + acknowledgedBatches.size()
                    + " batches of " + batches.size() + " sent across " + CYCLES + " kills");
            awaitCaughtUp(service.admin());
            Set<String> live = presentIn(timelines(reviewer));
            var replay = service.admin().post("/api/v1/admin/projections/timeline/replay", "");
            assertThat(replay.status()).as(replay.text()).isEqualTo(202);
            awaitCaughtUp(service.admin());
            Set<String> replayed = presentIn(timelines(reviewer));
            assertThat(missing(acknowledged, replayed)).as("acknowledged events a full replay does not show").isEmpty();
            assertThat(live).as("the live timeline, caught up after ten kills, equals a full replay").isEqualTo(replayed);
            process.stop();
            assertThat(new HashSet<>(storedEntryIds())).as("the store's aggregate index finds what a replay reads")
                    .isEqualTo(replayed);
        } finally {
            process.close();
        }
        System.out.println("CrashIT: transient read failures during catch-up: " + transientReadFailures);
        assertThat(totalAcknowledged).as("events acknowledged across the cycles").isGreaterThan(CYCLES * BATCH);
        List<String> stored = storedEntryIds();
        assertThat(missing(acknowledged, new HashSet<>(stored))).as("acknowledged events the store lacks").isEmpty();
        assertThat(new HashSet<>(stored)).as("the store holds each event once").hasSameSizeAs(stored);
        assertThat(presentIdsFromBatches(stored)).as("no batch is stored in part").hasSameSizeAs(stored);
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
                            acknowledgedBatches.put("c" + cycle + "-t" + thread + "-b" + b, events);
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

    /**
     * The entry aggregates are the authority: every batch acknowledged before this kill, sent again, is all
     * duplicates (earlier cycles' batches were checked after their own kill; the store is read for all at the end).
     */
    private void checkAcknowledgedBatchesAreStored(ApiClient agency, String cyclePrefix) {
        for (Map.Entry<String, List<ObjectNode>> batch : acknowledgedBatches.entrySet()) {
            if (!batch.getKey().startsWith(cyclePrefix)) {
                continue;
            }
            var response = agency.post("/api/v1/events/batch", Map.of("events", batch.getValue()));
            assertThat(response.status()).as(response.text()).isEqualTo(200);
            assertThat(response.json().get("duplicates").asInt()).as("acknowledged batch " + batch.getKey()
                    + " after a kill -9").isEqualTo(batch.getValue().size());
        }
    }

    /** By sets: AssertJ's {@code containsAll} compares every pair, minutes for a long run's 76,000 events. */
    private static Set<String> missing(Set<String> expected, Set<String> actual) {
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        return missing;
    }

    private static Set<String> presentIn(Map<String, JsonNode> timelines) {
        Set<String> present = new HashSet<>();
        timelines.values().forEach(t -> t.get("entries").forEach(e -> present.add(e.get("eventId").asText())));
        return present;
    }

    /** Read failures while a restarted service catches up: counted and reported, not what this test judges. */
    private int transientReadFailures;

    private Map<String, JsonNode> timelines(ApiClient reviewer) {
        Map<String, JsonNode> timelines = new HashMap<>();
        for (String child : CHILDREN) {
            var response = reviewer.get("/api/v1/children/" + child + "/timeline");
            for (int retry = 0; response.status() >= 500 && retry < 5; retry++) {
                transientReadFailures++;
                System.out.println("CrashIT: transient read failure " + response.status() + " during catch-up, retrying");
                response = reviewer.get("/api/v1/children/" + child + "/timeline");
            }
            assertThat(response.status()).as(response.text()).isEqualTo(200);
            timelines.put(child, response.json());
        }
        return timelines;
    }

    private void awaitCaughtUp(ApiClient admin) throws InterruptedException {
        for (int i = 0; i < 1_800; i++) {
            for (JsonNode status : admin.get("/api/v1/admin/projections").json()) {
                if (status.get("name").asText().equals("timeline") && status.get("caughtUp").asBoolean()) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the timeline did not catch up with the store");
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
