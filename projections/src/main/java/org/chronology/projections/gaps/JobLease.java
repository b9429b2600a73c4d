package org.chronology.projections.gaps;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A lease on a background job in the database all nodes share, so that only one node runs it at a time. The
 * lease is renewed as the job goes and runs out by itself when its holder dies. Times are the database's own
 * ({@code CURRENT_TIMESTAMP}), so the nodes' clocks do not matter. Plain SQL that H2 and PostgreSQL both speak.
 */
public class JobLease {

    private final JdbcTemplate jdbc;
    private final String job;
    private final int seconds;
    private final String holder = UUID.randomUUID().toString();
    /** When this node last took or renewed the lease (System.nanoTime), if it did. */
    private volatile long takenAt;
    private volatile boolean taken;

    public JobLease(JdbcTemplate jdbc, String job, int seconds) {
        this.jdbc = jdbc;
        this.job = job;
        this.seconds = seconds;
    }

    /** Takes or renews the lease; false when another node holds it. */
    public boolean acquire() {
        int renewed = jdbc.update("UPDATE job_lease SET owner = ?, expires_at = CURRENT_TIMESTAMP + INTERVAL '"
                + seconds + "' SECOND WHERE job = ? AND (owner = ? OR expires_at < CURRENT_TIMESTAMP)", holder, job, holder);
        if (renewed == 1) {
            return true;
        }
        try {
            jdbc.update("INSERT INTO job_lease (job, owner, expires_at) VALUES (?, ?, CURRENT_TIMESTAMP + INTERVAL '"
                    + seconds + "' SECOND)", job, holder);
            return true;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    /**
     * As {@link #acquire()}, but without a write while less than half the lease has passed since this node took or
     * renewed it: a job that runs often need not wait for a write (behind a bulk load's) each time, nor for a
     * {@link #renew()} under way on another thread. The lease runs out {@code seconds} after the database's time of
     * the renewal, which is later than the time taken here.
     */
    public boolean holds() {
        return taken && System.nanoTime() - takenAt < TimeUnit.SECONDS.toNanos(seconds) / 2 || renew();
    }

    /** Takes or renews the lease now: run on a timer of its own, it keeps {@link #holds()} from ever writing. */
    public synchronized boolean renew() {
        long now = System.nanoTime();
        taken = acquire();
        takenAt = now;
        return taken;
    }

    /** Gives the lease up early, so that another node need not wait for it to run out. */
    public synchronized void release() {
        taken = false;
        jdbc.update("UPDATE job_lease SET expires_at = CURRENT_TIMESTAMP WHERE job = ? AND owner = ?", job, holder);
    }
}
