package org.chronology.api.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.support.ApiClient;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.SeedCases;
import org.chronology.api.support.Service;
import org.chronology.harness.service.ServiceOptions;
import org.chronology.harness.service.ServiceProcess;
import org.chronology.postgres.PrivateCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production topology with real processes: a private PostgreSQL server and two service nodes on it. Agencies
 * post through both nodes (some batches to both at once), one node is killed with SIGKILL mid-stream, and then:
 * every acknowledged event is stored exactly once, the survivor holds every segment, and once the stopped node
 * is back both nodes show the same timelines and findings, which a full replay reproduces.
 */
class ClusterIT {

    private static final List<String> CHILDREN = List.of("N-0", "N-1", "N-2", "N-3", "N-4", "N-5");
    private static final List<String> PROJECTIONS = List.of("timeline", "turnover");
    private static final String FAMILY_T = "Family T";
    private static final SeedCases SEEDS = SeedCases.load();

    private static PrivateCluster postgres;

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dir;

    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    /** Answers other than 200 from a running node: a race between the nodes must never show as one. */
    private final List<String> refusals = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = PrivateCluster.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twoNodesShareTheStoreAndTheSurvivorTakesOver() throws Exception {
        ServiceProcess a = node("a");
        ServiceProcess b = node("b");
        try (a; b) {
            a.start(); // first, so that Flyway migrates once
            b.start();
            Service nodeA = new Service(a.port());
            Service nodeB = new Service(b.port());
            nodeA.registerAgencies(SeedCases.agencySectors());
            nodeA.registerAgencies(Map.of("NODES", "la.csc"));

            // A published case, half recorded through each node: each half is read back from the other node.
            List<ObjectNode> familyT = SEEDS.envelopes(FAMILY_T);
            nodeA.postAll(familyT.subList(0, familyT.size() / 2));
            nodeB.postAll(familyT.subList(familyT.size() / 2, familyT.size()));
            List<String> familyChildren = new ArrayList<>();
            SEEDS.seedCase(FAMILY_T).get("children").forEach(c -> familyChildren.add(c.asText()));
            assertThat(nodeA.read(familyChildren.get(0), "timeline", "").get("count").asInt())
                    .as("node A reads at once what node B has just acknowledged").isEqualTo(
                            nodeB.read(familyChildren.get(0), "timeline", "").get("count").asInt()).isPositive();

            ApiClient agencyOnA = nodeA.agency("NODES");
            ApiClient agencyOnB = agencyOnA.on(b.port());
            postThroughBothKillingB(agencyOnA, agencyOnB, b);

            String nameA = nodeName(nodeA);
            awaitOwners(Set.of(nameA), "the surviving node holds every segment");
            assertThat(storedEntryIds()).as("every acknowledged event is stored, each exactly once")
                    .containsAll(acknowledged).doesNotHaveDuplicates();

            b.start();
            awaitOwners(Set.of(nameA, nodeName(nodeB)), "the segments are shared again once the node is back");
            List<String> children = new ArrayList<>(CHILDREN);
            children.addAll(familyChildren);
            awaitCaughtUp(nodeA.admin());
            Map<String, JsonNode> onA = views(nodeA, children);
            Map<String, JsonNode> onB = views(nodeB, children);
            assertThat(onB).as("both nodes answer alike").isEqualTo(onA);
            assertThat(presentIn(onA)).as("the timelines show every acknowledged event").containsAll(acknowledged);
            assertThat(onA.get(familyChildren.get(0) + " gaps").get("findings")).as("Family T has findings").isNotEmpty();

            var replay = nodeB.admin().post("/api/v1/admin/projections/timeline/replay", "");
            assertThat(replay.status()).as(replay.text()).isEqualTo(202);
            awaitCaughtUp(nodeA.admin());
            assertThat(views(nodeA, children)).as("a full replay, read on node A, gives the same").isEqualTo(onA);
            assertThat(views(nodeB, children)).as("a full replay, read on node B, gives the same").isEqualTo(onA);

            poisonEventIsParkedAndRetriedFromTheOtherNode(nodeA, nodeB);
            metricsAndHealthReport(nodeA);
            anAlertReachesTheStreamsOnBothNodes(nodeA, nodeB);
            anAcknowledgedPostIsOnDisk(nodeA);
            aTransactionCommittingAfterManyLaterPositionsIsNotSkipped(nodeA, nodeB);
        }
    }

    /**
     * A PostgreSQL commit returns once its WAL is flushed when fsync and synchronous_commit are on (the nodes
     * force nothing more): both as the nodes' sessions see them, and the server's count of WAL syncs grows.
     */
    private void anAcknowledgedPostIsOnDisk(Service node) throws Exception {
        assertThat(count("SELECT COUNT(*) FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit')"
                + " AND setting = 'on'")).as("fsync and synchronous_commit on").isEqualTo(2);
        long before = count("SELECT wal_sync FROM pg_stat_wal");
        node.postAll(List.of(Envelope.of("synced-1", "visit.home", "NODES", "2021-05-01", "N-0", "Visit")));
        for (int i = 0; i < 50 && count("SELECT wal_sync FROM pg_stat_wal") <= before; i++) {
            Thread.sleep(100); // a backend reports its WAL statistics at most once a second
        }
        assertThat(count("SELECT wal_sync FROM pg_stat_wal")).as("WAL synced").isGreaterThan(before);
    }

    /**
     * A transaction holds a position open while the other node records more events than Axon's default gap limit
     * (10,000), then commits: its event still reaches the projections on both nodes.
     */
    private void aTransactionCommittingAfterManyLaterPositionsIsNotSkipped(Service nodeA, Service nodeB) throws Exception {
        try (Connection late = connect()) {
            late.setAutoCommit(false);
            // A copy of a stored event under new ids, at the next position, in a transaction left open.
            late.createStatement().executeUpdate("""
                    INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,
                        payload, payloadRevision, payloadType, timeStamp)
                    SELECT 'NODES:late-1', 0, type, 'late-event-1', metaData,
                        convert_to(replace(convert_from(payload, 'UTF8'), 'synced-1', 'late-1'), 'UTF8'),
                        payloadRevision, payloadType, timeStamp
                    FROM DomainEventEntry WHERE aggregateIdentifier = 'NODES:synced-1'""");
            List<ObjectNode> many = new ArrayList<>();
            for (int i = 0; i < 10_500; i++) {
                many.add(Envelope.of("later-" + i, "visit.home", "NODES", "2021-06-01", "L-" + i % 50, "Visit"));
            }
            for (int from = 0; from < many.size(); from += 1_000) {
                nodeB.postAll(many.subList(from, Math.min(many.size(), from + 1_000)));
            }
            awaitCaughtUp(nodeA.admin());
            late.commit();
        }
        for (Service node : List.of(nodeA, nodeB)) {
            Set<String> onTimeline = new HashSet<>();
            for (int i = 0; i < 100 && !onTimeline.contains("late-1"); i++) {
                Thread.sleep(100);
                node.read("N-0", "timeline", "").get("entries").forEach(e -> onTimeline.add(e.get("eventId").asText()));
            }
            assertThat(onTimeline).as("the late commit's event on the timeline").contains("late-1");
        }
    }

    /**
     * On PostgreSQL a failed statement spoils the rest of its transaction; the projection's batch must still
     * park the poison event and go on. Parked through node A's processors, listed and retried through node B.
     */
    private void poisonEventIsParkedAndRetriedFromTheOtherNode(Service nodeA, Service nodeB) throws Exception {
        execute("ALTER TABLE worker_event ADD CONSTRAINT poison CHECK (worker_id <> 'POISON-W')");
        try {
            nodeA.postAll(List.of(Envelope.allocation("POISON", "NODES", "2021-04-01", "P-1", "POISON-W"),
                    Envelope.allocation("AFTER-POISON", "NODES", "2021-04-02", "P-2", "FINE-W")));
            nodeB.read("P-2", "turnover", "");
            assertThat(count("SELECT COUNT(*) FROM worker_event WHERE child_id = 'P-2'")).as("the projection went on")
                    .isEqualTo(1);
            assertThat(nodeB.admin().get("/api/v1/admin/dead-letters").json().findValuesAsText("entry"))
                    .contains("NODES:POISON");
        } finally {
            execute("ALTER TABLE worker_event DROP CONSTRAINT poison");
        }
        var retried = nodeB.admin().post("/api/v1/admin/dead-letters/turnover/retry", "");
        assertThat(retried.json().get("remaining").asInt()).as(retried.text()).isZero();
        assertThat(count("SELECT COUNT(*) FROM worker_event WHERE child_id = 'P-1'")).isEqualTo(1);
    }

    /**
     * One node judges the alerts (it holds the alert judge's one segment); a stream opened on either node gets
     * them all the same, the other node reading them from the shared store.
     */
    private static void anAlertReachesTheStreamsOnBothNodes(Service nodeA, Service nodeB) throws Exception {
        nodeA.registerAgencies(Map.of("NODES-ED", "health.acute"));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String fortyDaysAgo = LocalDate.now(ZoneOffset.UTC).minusDays(40).toString();
        nodeA.postAll(List.of(Envelope.of("S-CP-1", "cp_plan.started", "NODES", fortyDaysAgo, "S-1", "Plan"),
                Envelope.allocation("S-SW-1", "NODES", fortyDaysAgo, "S-1", "SW-S")));
        List<String> onA = nodeA.agency("NODES").lines("/api/v1/alerts/stream");
        List<String> onB = nodeA.agency("NODES").on(nodeB.port()).lines("/api/v1/alerts/stream");
        var attended = nodeB.agency("NODES-ED").post("/api/v1/events", Envelope.of("S-ED-1", "hospital.ed_attendance",
                "NODES-ED", today, "S-1", "Attended"));
        assertThat(attended.status()).as(attended.text()).isEqualTo(201);
        for (int i = 0; i < 200 && !(onA.contains("event:alert") && onB.contains("event:alert")); i++) {
            Thread.sleep(100);
        }
        Thread.sleep(1_500); // a second alert of the entry (a new finding's), if any, reaches both by now
        assertThat(onA).as("the stream on node A").contains("event:alert");
        assertThat(onB).as("the stream on node B").contains("event:alert");
        List<String> idsOnA = onA.stream().filter(line -> line.startsWith("id:")).toList();
        assertThat(idsOnA).as("the same alerts, each once").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(onB.stream().filter(line -> line.startsWith("id:")).toList());
    }

    /** What a cluster's monitoring scrapes: ingest, lag per segment, rule times; and lag in the health. */
    private ServiceProcess node(String name) {
        return new ServiceProcess(ServiceOptions.forTest(dir.resolve(name), dir.resolve(name + ".log"), Service.ADMIN_TOKEN)
                .withServiceArgs(postgres.serviceArgs()));
    }

    private static void metricsAndHealthReport(Service node) {
        var metrics = node.admin().get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("chronology_ingest_events_total{outcome=\"recorded\"}")
                .contains("chronology_projection_lag{processor=\"timeline\",segment=\"0\"}")
                .contains("chronology_rules_evaluation_seconds_count{rule=\"SW_TURNOVER\"}");
        assertThat(node.anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        // Anyone may ask whether a node is up; the details (lag per segment) are for administrators.
        JsonNode health = node.anonymous().get("/actuator/health").json();
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.has("components")).isFalse();
        JsonNode details = node.admin().get("/actuator/health").json();
        assertThat(details.at("/components/projections/details/timeline/segments").size()).isEqualTo(4);
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = connect()) {
            c.createStatement().execute(sql);
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Four posting threads, two per node; every fifth batch goes to both nodes at once. B dies mid-stream. */
    private void postThroughBothKillingB(ApiClient onA, ApiClient onB, ServiceProcess b) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            ApiClient own = t % 2 == 0 ? onA : onB;
            ApiClient other = t % 2 == 0 ? onB : onA;
            Thread poster = new Thread(() -> {
                for (int batch = 0; running.get(); batch++) {
                    List<ObjectNode> events = new ArrayList<>();
                    for (int e = 0; e < 20; e++) {
                        String id = "t" + thread + "-b" + batch + "-e" + e;
                        events.add(Envelope.of(id, "visit.home", "NODES", "2021-03-" + String.format("%02d", 1 + e),
                                CHILDREN.get((batch + e) % CHILDREN.size()), "Visit " + id));
                    }
                    CompletableFuture<Void> twin = batch % 5 == 0
                            ? CompletableFuture.runAsync(() -> send(other, events)) : CompletableFuture.completedFuture(null);
                    send(own, events);
                    twin.join();
                }
            });
            poster.start();
            threads.add(poster);
        }
        Thread.sleep(4_000);
        b.kill();
        Thread.sleep(2_000);
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(acknowledged).as("events acknowledged through both nodes").hasSizeGreaterThan(100);
        assertThat(refusals).as("answers other than 200").isEmpty();
    }

    /** Notes the batch's events as acknowledged when the node said so; a dead node cannot answer at all. */
    private void send(ApiClient node, List<ObjectNode> events) {
        try {
            var response = node.post("/api/v1/events/batch", Map.of("events", events));
            if (response.status() == 200 && response.json().get("rejected").asInt() == 0) {
                events.forEach(e -> acknowledged.add(e.get("eventId").asText()));
            } else {
                refusals.add(response.status() + " " + response.text());
            }
        } catch (RuntimeException nodeDown) {
            // not acknowledged
        }
    }

    private static String nodeName(Service node) {
        return node.admin().get("/api/v1/admin/projections").json().get(0).get("node").asText();
    }

    /**
     * Waits until exactly {@code nodes} hold each projection's segments: a dead node's claims time out (10 s)
     * before the survivor next looks (every second); a returning node gets segments as the others let some go.
     */
    private void awaitOwners(Set<String> nodes, String why) throws Exception {
        for (int i = 0; i < 400; i++) {
            if (PROJECTIONS.stream().allMatch(p -> owners(p).equals(nodes))) {
                return;
            }
            Thread.sleep(100);
        }
        for (String projection : PROJECTIONS) {
            assertThat(owners(projection)).as(why + " (" + projection + ")").isEqualTo(nodes);
        }
    }

    private Set<String> owners(String projection) {
        Set<String> owners = new HashSet<>();
        try (Connection c = connect(); PreparedStatement query = c.prepareStatement(
                "SELECT owner FROM TokenEntry WHERE processorName = ?")) {
            query.setString(1, projection);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    owners.add(String.valueOf(rs.getString(1)));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return owners;
    }

    private List<String> storedEntryIds() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT aggregateIdentifier FROM DomainEventEntry WHERE aggregateIdentifier LIKE 'NODES:%'")) {
            while (rs.next()) {
                ids.add(rs.getString(1).substring("NODES:".length()));
            }
        }
        return ids;
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(postgres.jdbcUrl(), PrivateCluster.USER, "");
    }

    /** Each child's timeline and gap findings as one node answers them. */
    private static Map<String, JsonNode> views(Service node, List<String> children) {
        Map<String, JsonNode> views = new LinkedHashMap<>();
        for (String child : children) {
            views.put(child + " timeline", node.read(child, "timeline", ""));
            views.put(child + " gaps", node.read(child, "gaps", "asOf=2018-06-30"));
        }
        return views;
    }

    private static Set<String> presentIn(Map<String, JsonNode> views) {
        Set<String> present = new HashSet<>();
        views.forEach((key, view) -> {
            if (key.endsWith(" timeline")) {
                view.get("entries").forEach(e -> present.add(e.get("eventId").asText()));
            }
        });
        return present;
    }

    private static void awaitCaughtUp(ApiClient admin) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            int caughtUp = 0;
            for (JsonNode status : admin.get("/api/v1/admin/projections").json()) {
                if (PROJECTIONS.contains(status.get("name").asText()) && status.get("caughtUp").asBoolean()) {
                    caughtUp++;
                }
            }
            if (caughtUp == PROJECTIONS.size()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the projections did not catch up");
    }
}
