package org.chronology.api.alerts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The outbox of webhook deliveries (alert_delivery), one row per alert and subscription, numbered in the order
 * they were queued. A child's deliveries to one subscription are due one at a time, in that order: one waits
 * while an earlier one is pending or parked.
 */
@Repository
class DeliveryQueue {

    /** A delivery due now, and how many times it was tried before. */
    record Due(long deliveryId, String alertId, String subscriptionId, int attempts) {
    }

    private static final String DUE = "SELECT d.delivery_id, d.alert_id, d.subscription_id, d.attempts"
            + " FROM alert_delivery d JOIN alert_subscription s ON s.subscription_id = d.subscription_id"
            + " WHERE d.status = 'pending' AND d.next_attempt_at <= ? AND s.paused = FALSE AND NOT EXISTS (SELECT 1"
            + " FROM alert_delivery e WHERE e.subscription_id = d.subscription_id AND e.child_id = d.child_id"
            + " AND e.status <> 'delivered' AND e.delivery_id < d.delivery_id)"
            + " ORDER BY d.delivery_id FETCH FIRST %d ROWS ONLY";

    private final JdbcTemplate jdbc;

    DeliveryQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Due> due(Instant now, int most) {
        return jdbc.query(String.format(DUE, most), (rs, row) -> new Due(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getInt(4)), Timestamp.from(now));
    }

    /** A failed attempt: tried again from {@code next}, or parked. */
    void failed(Due due, int attempt, boolean parked, Instant next, String why) {
        jdbc.update("UPDATE alert_delivery SET attempts = ?, status = ?, next_attempt_at = ?, last_error = ?"
                + " WHERE delivery_id = ?", attempt, parked ? "parked" : "pending", Timestamp.from(next), why,
                due.deliveryId());
    }

    /** Queues the subscription's deliveries from {@code from} on again, as new; returns how many. */
    int redeliverFrom(String subscriptionId, long from, Instant now) {
        return jdbc.update("UPDATE alert_delivery SET status = 'pending', attempts = 0, next_attempt_at = ?,"
                + " last_error = NULL WHERE subscription_id = ? AND delivery_id >= ?", Timestamp.from(now),
                subscriptionId, from);
    }

    /** The subscription's deliveries from {@code from} on, for an administrator: ids, state and last error. */
    List<Delivery> list(String subscriptionId, long from, int most) {
        return jdbc.query("SELECT delivery_id, alert_id, child_id, status, attempts, next_attempt_at, delivered_at,"
                + " last_error FROM alert_delivery WHERE subscription_id = ? AND delivery_id >= ? ORDER BY delivery_id"
                + " FETCH FIRST " + most + " ROWS ONLY", (rs, i) -> new Delivery(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getInt(5), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)),
                rs.getString(8)), subscriptionId, from);
    }

    /** A delivery as an administrator sees it: its position, alert, state and last error. */
    record Delivery(long delivery, String alertId, String childId, String status, int attempts, Instant nextAttemptAt,
                    Instant deliveredAt, String lastError) {
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
