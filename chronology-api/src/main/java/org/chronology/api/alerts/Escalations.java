package org.chronology.api.alerts;

import org.axonframework.eventhandling.gateway.EventGateway;
import org.chronology.api.storage.Writer;
import org.chronology.core.alert.AlertEscalated;
import org.chronology.projections.gaps.JobLease;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * An alert nobody acknowledged within {@code chronology.alerts.escalation.after} is escalated, once, to the
 * service's administrators ({@code GET /api/v1/admin/alerts/escalated}, and live on their {@link AlertStream}): a
 * child on a plan seen in A&E must not wait in an inbox nobody reads. One node checks at a time; the lease is taken
 * only when an alert is overdue.
 */
@Component
class Escalations {

    private final JdbcTemplate jdbc;
    private final EventGateway events;
    private final Writer writer;
    private final Clock clock;
    private final Duration after;
    private final JobLease lease;

    Escalations(JdbcTemplate jdbc, EventGateway events, Writer writer, Clock clock,
                @Value("${chronology.alerts.escalation.after:4h}") Duration after) {
        this.jdbc = jdbc;
        this.events = events;
        this.writer = writer;
        this.clock = clock;
        this.after = after;
        this.lease = new JobLease(jdbc, "alert-escalations", 60);
    }

    @Scheduled(fixedDelayString = "${chronology.alerts.escalation.check:30s}")
    void escalateOverdue() {
        if (!overdue().isEmpty() && lease.acquire()) {
            // Read again in the writer's transaction: one acknowledged meanwhile is not escalated.
            writer.write(1, () -> {
                overdue().forEach(alert -> events.publish(new AlertEscalated(alert[0], alert[1], after,
                        clock.instant())));
                return null;
            });
        }
    }

    /** Alerts unacknowledged for longer than {@link #after} and not escalated: their ids and agencies. */
    private List<String[]> overdue() {
        return jdbc.query("SELECT alert_id, agency FROM alert WHERE acknowledged_at IS NULL AND escalated_at IS NULL"
                        + " AND raised_at <= ? ORDER BY raised_at FETCH FIRST 500 ROWS ONLY",
                (rs, row) -> new String[] {rs.getString(1), rs.getString(2)}, Timestamp.from(clock.instant().minus(after)));
    }
}
