package org.chronology.api.alerts;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The alerts as their events left them, for the agency they were raised for. */
@Repository
class Alerts {

    /** One alert as its agency sees it: ids, the rule, times and a link, never the entry's content. */
    record AlertView(String alertId, String rule, String reason, String childId, String entryId, String agency,
                     Instant raisedAt, String link, String acknowledgedBy, Instant acknowledgedAt,
                     Instant escalatedAt) {
    }

    private static final String COLUMNS = "SELECT alert_id, rule, reason, child_id, entry_id, agency, raised_at, link,"
            + " acknowledged_by, acknowledged_at, escalated_at FROM alert";
    private static final RowMapper<AlertView> VIEW = (rs, row) -> new AlertView(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), instant(rs.getTimestamp(7)),
            rs.getString(8), rs.getString(9), instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11)));

    private final JdbcTemplate jdbc;

    Alerts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String alertId) {
        return !jdbc.queryForList("SELECT 1 FROM alert WHERE alert_id = ?", Integer.class, alertId).isEmpty();
    }

    Optional<AlertView> find(String alertId) {
        return jdbc.query(COLUMNS + " WHERE alert_id = ?", VIEW, alertId).stream().findFirst();
    }

    /**
     * The agency's newest alerts, and how many of all its alerts nobody acknowledged, counted whatever the list holds
     * (a badge's count).
     */
    record AlertList(List<AlertView> alerts,
                     @Schema(description = "How many of all the agency's alerts are not acknowledged, however many"
                             + " the list holds") long open) {
    }

    /**
     * The agency's alerts, newest first (only those not yet acknowledged when {@code open}), and its open count, read
     * as of one moment: a change after it is in neither, and comes on the stream to be counted once.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AlertList forAgency(String agency, boolean open, int limit) {
        return new AlertList(jdbc.query(COLUMNS + " WHERE agency = ?" + (open ? " AND acknowledged_at IS NULL" : "")
                        + " ORDER BY raised_at DESC, alert_id FETCH FIRST " + limit + " ROWS ONLY", VIEW, agency),
                jdbc.queryForObject("SELECT COUNT(*) FROM alert WHERE agency = ? AND acknowledged_at IS NULL",
                        Long.class, agency));
    }

    /** The agency's alerts raised, escalated or acknowledged after {@code since}, in the order they were raised. */
    List<AlertView> changedSince(String agency, Instant since) {
        Timestamp after = Timestamp.from(since);
        return jdbc.query(COLUMNS + " WHERE agency = ? AND (raised_at > ? OR escalated_at > ? OR acknowledged_at > ?)"
                + " ORDER BY raised_at, alert_id", VIEW, agency, after, after, after);
    }

    /** Every agency's alerts escalated after {@code since}, or escalated and acknowledged since, as escalated. */
    List<AlertView> escalatedChangedSince(Instant since) {
        Timestamp after = Timestamp.from(since);
        return jdbc.query(COLUMNS + " WHERE escalated_at > ? OR (escalated_at IS NOT NULL AND acknowledged_at > ?)"
                + " ORDER BY escalated_at, alert_id", VIEW, after, after);
    }

    /** Escalated alerts of every agency, newest escalation first, for administrators. */
    List<AlertView> escalated(int limit) {
        return jdbc.query(COLUMNS + " WHERE escalated_at IS NOT NULL ORDER BY escalated_at DESC, alert_id"
                + " FETCH FIRST " + limit + " ROWS ONLY", VIEW);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
