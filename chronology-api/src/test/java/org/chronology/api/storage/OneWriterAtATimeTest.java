package org.chronology.api.storage;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OneWriterAtATimeTest {

    private final ExecutorService other = Executors.newSingleThreadExecutor();
    private OneWriterAtATime dataSource;

    @BeforeEach
    void database() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + getClass().getSimpleName() + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        dataSource = new OneWriterAtATime(h2);
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("CREATE TABLE visit (id INT PRIMARY KEY)");
        }
    }

    @AfterEach
    void stop() {
        other.shutdownNow();
    }

    @Test
    void tellsWritesFromReads() {
        assertThat(OneWriterAtATime.writes("  select * from visit")).isFalse();
        assertThat(OneWriterAtATime.writes("SELECT * FROM TokenEntry WHERE segment = ? FOR UPDATE")).isTrue();
        assertThat(OneWriterAtATime.writes("INSERT INTO visit VALUES (1)")).isTrue();
        assertThat(OneWriterAtATime.writes("TRUNCATE TABLE visit")).isTrue();
    }

    @Test
    void aSecondWriterWaitsForTheFirstToCommitWhileReadersGoOn() throws Exception {
        try (Connection first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            first.prepareStatement("INSERT INTO visit VALUES (1)").executeUpdate();

            assertThat(other.submit(() -> count()).get(5, TimeUnit.SECONDS)).isZero();
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> insert(2), other);
            assertThatThrownBy(() -> second.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

            first.commit();
            second.get(5, TimeUnit.SECONDS);
        }
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void aRollbackOrCloseEndsTheTurnToo() throws Exception {
        try (Connection first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            first.createStatement().executeUpdate("INSERT INTO visit VALUES (1)");
            first.rollback();
            CompletableFuture.runAsync(() -> insert(2), other).get(5, TimeUnit.SECONDS);
            first.createStatement().executeUpdate("INSERT INTO visit VALUES (3)");
        }
        CompletableFuture.runAsync(() -> insert(4), other).get(5, TimeUnit.SECONDS);
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void aWriteMarkedFirstInLineGoesAheadOfWritersAlreadyWaiting() throws Exception {
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try (Connection first = dataSource.getConnection()) {
            first.createStatement().execute("CREATE TABLE turn_taken (seq INT AUTO_INCREMENT PRIMARY KEY, who VARCHAR(8))");
            first.setAutoCommit(false);
            first.prepareStatement("INSERT INTO visit VALUES (1)").executeUpdate();

            CompletableFuture<Void> bulk = CompletableFuture.runAsync(() -> takeTurn("bulk"), other);
            Thread.sleep(200);
            CompletableFuture<Void> audit = CompletableFuture.runAsync(
                    () -> WriteTurns.firstInLine(() -> takeTurn("audit")), reader);
            Thread.sleep(200);
            assertThat(bulk).isNotDone();
            assertThat(audit).isNotDone();

            first.commit();
            CompletableFuture.allOf(bulk, audit).get(5, TimeUnit.SECONDS);
        } finally {
            reader.shutdownNow();
        }
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery("SELECT who FROM turn_taken ORDER BY seq")) {
            List<String> order = new ArrayList<>();
            while (rs.next()) {
                order.add(rs.getString(1));
            }
            assertThat(order).containsExactly("audit", "bulk");
        }
    }

    private void takeTurn(String who) {
        try (Connection connection = dataSource.getConnection()) {
            connection.prepareStatement("INSERT INTO turn_taken (who) VALUES ('" + who + "')").executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void insert(int id) {
        try (Connection connection = dataSource.getConnection()) {
            connection.prepareStatement("INSERT INTO visit VALUES (" + id + ")").executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int count() throws Exception {
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM visit")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
