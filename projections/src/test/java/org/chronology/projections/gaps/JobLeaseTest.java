package org.chronology.projections.gaps;

import org.chronology.projections.ReadModelDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Timestamp;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One node at a time holds a job's lease; a job that runs often keeps it with {@code holds()}, which writes the
 * renewal only once half of the lease has passed, or with {@code renew()} on a timer, which {@code holds()} never
 * waits for.
 */
class JobLeaseTest {

    private static final String JOB = "alert-deliveries";

    private final DataSource database = ReadModelDatabase.migrated();
    private final JdbcTemplate jdbc = new JdbcTemplate(database);

    @Test
    void givenOneNodeHoldsTheLease_whenAnotherAsks_thenItIsRefusedUntilTheLeaseIsGivenUp() throws Exception {
        JobLease first = new JobLease(jdbc, JOB, 60);
        JobLease second = new JobLease(jdbc, JOB, 60);

        assertThat(first.holds()).isTrue();
        assertThat(second.holds()).isFalse();
        first.release();
        Thread.sleep(10); // released leases run out at the database's time of the release
        assertThat(second.holds()).isTrue();
        assertThat(first.holds()).as("given up: taken again only when free").isFalse();
    }

    @Test
    void givenTheLeaseWasJustTaken_whenHeldAgain_thenTheRenewalIsNotWritten() throws Exception {
        JobLease lease = new JobLease(jdbc, JOB, 60);
        assertThat(lease.holds()).isTrue();
        Timestamp expires = expiry();
        Thread.sleep(20);

        assertThat(lease.holds()).isTrue();
        assertThat(expiry()).isEqualTo(expires);
    }

    @Test
    void givenHalfTheLeaseHasPassed_whenHeldAgain_thenItIsRenewed() throws Exception {
        JobLease lease = new JobLease(jdbc, JOB, 2);
        assertThat(lease.holds()).isTrue();
        Timestamp expires = expiry();
        Thread.sleep(1_100);

        assertThat(lease.holds()).isTrue();
        assertThat(expiry()).isAfter(expires);
    }

    @Test
    void givenARenewalWaitsForTheDatabase_whenHeld_thenTheLeaseAnswersWithoutWaitingForIt() throws Exception {
        JobLease lease = new JobLease(jdbc, JOB, 60);
        assertThat(lease.holds()).isTrue();
        try (Connection busy = database.getConnection()) {
            busy.setAutoCommit(false);
            busy.createStatement().executeUpdate("UPDATE job_lease SET owner = owner WHERE job = '" + JOB + "'");
            CompletableFuture<Boolean> renewal = CompletableFuture.supplyAsync(lease::renew);
            Thread.sleep(100);
            assertThat(renewal).as("the renewal waits for the row").isNotDone();

            assertThat(CompletableFuture.supplyAsync(lease::holds).get(500, TimeUnit.MILLISECONDS)).isTrue();
            busy.rollback();
            assertThat(renewal.get(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    private Timestamp expiry() {
        return jdbc.queryForObject("SELECT expires_at FROM job_lease WHERE job = ?", Timestamp.class, JOB);
    }
}
