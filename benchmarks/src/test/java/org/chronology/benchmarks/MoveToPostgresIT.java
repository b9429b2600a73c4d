package org.chronology.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronology.harness.service.ServiceProcess;
import org.chronology.postgres.PrivateCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partnership that started on the embedded H2 file moves to PostgreSQL: the benchmark's generated events
 * posted through the service, a review, a grant and audited reads; the service stops, the move copies the store
 * (interrupted once, then resumed), the check finds both stores equal, and two nodes on PostgreSQL answer every
 * view as the H2 service did, at the same instants, to the same tokens.
 */
class MoveToPostgresIT {

    private static final int EVENTS = 60_000;
    /**
     * Some 300 events each on average, a few of over a thousand. Each child is judged twice (on H2, and on
     * PostgreSQL once rebuilt), which more children of fewer events each would make take longer.
     */
    private static final int CHILDREN = 200;
    private static final String ADMIN = ServiceLauncher.ADMIN_TOKEN;
    /** The refresher looks for marked children every second rather than every ten: the test waits for it twice. */
    private static final String PROMPT_REFRESHER = "--chronology.findings.refresh-interval=1000";
    private final long start = System.nanoTime();

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dir;

    @Test
    void aStoppedH2StoreMovesToPostgresUnchangedAndTwoNodesServeIt() throws Exception {
        Path jar = Path.of(System.getProperty("chronology.jar"));
        Path h2 = dir.resolve("h2");
        MoveCommandLine command = new MoveCommandLine(jar, h2, dir);
        try (PrivateCluster postgres = PrivateCluster.start()) {
            String url = postgres.jdbcUrl();
            Partnership partnership;
            try (ServiceProcess service = ServiceLauncher.start(jar, h2, dir.resolve("h2.log"), "1g", List.of(PROMPT_REFRESHER))) {
                partnership = Partnership.recordOn(new Http(service.port()), DataGenerator.generate(CHILDREN, EVENTS, 7, 1_000));
                phase("posted on H2");
                awaitRebuilt(new Http(service.port()));
                phase("H2's read models and findings up to date");
                partnership.readAll(new Http(service.port()));
                MoveCommandLine.Outcome inUse = command.move(url);
                assertThat(inUse.exit()).as("a store the service has open is refused").isEqualTo(2);
                assertThat(inUse.output()).contains("is in use");
            }
            phase("H2 stopped");
            moveInterruptedOnceThenResumed(command, url);
            phase("moved");
            refusesTargetsItMayNotTouch(command, postgres);

            List<String> onPostgres = new ArrayList<>(postgres.serviceArgs());
            onPostgres.add(PROMPT_REFRESHER);
            // Both at once: the schema is there already, so neither has a migration to run.
            CompletableFuture<ServiceProcess> startingB = CompletableFuture.supplyAsync(() -> node(jar, "b", onPostgres));
            try (ServiceProcess a = node(jar, "a", onPostgres); ServiceProcess b = startingB.join()) {
                Http nodeA = new Http(a.port());
                Http nodeB = new Http(b.port());
                phase("two nodes started on PostgreSQL");
                awaitRebuilt(nodeA);
                phase("PostgreSQL's read models and findings rebuilt");
                MoveCommandLine.Outcome check = command.check(url);
                assertThat(check.exit()).as(check.output()).isZero();
                assertThat(check.output()).contains("VERDICT: EQUAL");
                phase("checked");

                assertThat(partnership.views(nodeA)).as("node A answers as H2 did").isEqualTo(partnership.views());
                assertThat(partnership.views(nodeB)).as("node B answers as H2 did").isEqualTo(partnership.views());
                assertThat(PartnershipViews.audit(nodeB, ADMIN)).as("the audit of every read before the move")
                        .containsAll(partnership.audit());
                assertThat(partnership.grantedRead(nodeA)).as("a grant made on H2 still opens the child's record")
                        .isEqualTo(200);
                partnership.postOneMore(nodeB);
                assertThat(query(url, "SELECT globalIndex FROM DomainEventEntry WHERE aggregateIdentifier = 'CSC:after-the-move'"))
                        .as("an event recorded after the move comes after every moved one").isGreaterThan(newestMoved(url));
            }
        }
    }

    private ServiceProcess node(Path jar, String name, List<String> onPostgres) {
        try {
            return ServiceLauncher.start(jar, dir.resolve(name), dir.resolve(name + ".log"), "768m", onPostgres);
        } catch (Exception e) {
            throw new IllegalStateException("node " + name + " did not start", e);
        }
    }

    private void phase(String what) {
        System.out.printf("MoveToPostgresIT: %s after %.0f s%n", what, (System.nanoTime() - start) / 1e9);
    }

    /** Killed once some events are across; run again, it goes on from there and ends with the two stores equal. */
    private static void moveInterruptedOnceThenResumed(MoveCommandLine command, String url) throws Exception {
        Process first = command.startMove(url);
        await("the first chunks to be copied", Duration.ofMinutes(2), () -> copied(url) >= 10_000 || !first.isAlive());
        first.destroyForcibly().waitFor();
        assertThat(copied(url)).as("the interrupted move copied part of the events: " + command.output())
                .isBetween(10_000L, (long) EVENTS);

        MoveCommandLine.Outcome resumed = command.move(url);
        assertThat(resumed.exit()).as(resumed.output()).isZero();
        assertThat(resumed.output()).contains("Resuming the move begun on this target")
                .contains("VERDICT: EQUAL: every event and lookup row of the H2 store is on PostgreSQL unchanged");
    }

    private static void refusesTargetsItMayNotTouch(MoveCommandLine command, PrivateCluster postgres) throws Exception {
        MoveCommandLine.Outcome again = command.move(postgres.jdbcUrl());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.output()).contains("moved here already");
        String other = "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/postgres";
        try (Connection c = DriverManager.getConnection(other, PrivateCluster.USER, "")) {
            c.createStatement().execute("CREATE TABLE someone_elses (id INT); INSERT INTO someone_elses VALUES (1)");
        }
        MoveCommandLine.Outcome foreign = command.move(other);
        assertThat(foreign.exit()).isEqualTo(2);
        assertThat(foreign.output()).contains("is not empty");
    }

    /** The events the marker says the move has committed on the target so far. */
    private static long copied(String url) {
        return query(url, "SELECT copied FROM move_from_h2 WHERE item = 'DomainEventEntry'");
    }

    private static long newestMoved(String url) {
        return query(url, "SELECT CAST(last_key AS BIGINT) FROM move_from_h2 WHERE item = 'DomainEventEntry'");
    }

    private static long query(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url, PrivateCluster.USER, "");
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException noMarkerYet) {
            return 0;
        }
    }

    /** The read models caught up and every child judged: what the views are compared on. */
    private static void awaitRebuilt(Http http) {
        await("the projections and findings to catch up", Duration.ofMinutes(5), () -> {
            JsonNode statuses = http.get(ADMIN, "/api/v1/admin/projections").body();
            int caughtUp = 0;
            for (JsonNode status : statuses) {
                caughtUp += status.get("caughtUp").asBoolean() ? 1 : 0;
            }
            return caughtUp == statuses.size()
                    && http.get(ADMIN, "/api/v1/admin/findings").body().get("upToDate").asBoolean();
        });
    }

    private static void await(String what, Duration timeout, BooleanSupplier done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout + " for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
