package org.chronology.projections.turnover;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.chronology.core.api.event.EntryCorrected;
import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRetracted;
import org.chronology.core.api.event.Occurrence;
import org.chronology.core.api.event.Worker;
import org.chronology.core.api.event.details.CorrectionDetails;
import org.chronology.core.api.event.worker.WorkerAllocated;
import org.chronology.core.api.event.worker.WorkerLeft;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

/**
 * Keeps each child's worker allocations and departures; the order is worked out when read, by date. An event
 * delivered again (at least once, after a crash) replaces its own rows.
 */
@Component
@ProcessingGroup(TurnoverProjection.GROUP)
public class TurnoverProjection {

    public static final String GROUP = "turnover";
    private static final String INSERT = "INSERT INTO worker_event (child_id, entry_id, event_id, worker_id, role, kind,"
            + " occurred_at, occurred_from, occurred_to, recorded_at, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    public TurnoverProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(WorkerAllocated event, TrackingToken token) {
        insert(event.entry(), WorkerChange.ALLOCATED, token);
    }

    @EventHandler
    void on(WorkerLeft event, TrackingToken token) {
        insert(event.entry(), WorkerChange.LEFT, token);
    }

    @EventHandler
    void on(EntryCorrected event) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM worker_event WHERE entry_id = ?", event.entryId());
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Object> row = rows.get(0);
        CorrectionDetails fix = event.details();
        Occurrence when = fix.occurrence();
        Worker worker = fix.worker();
        List<String> children = fix.children() != null ? fix.children() : rows.stream().map(r -> (String) r.get("child_id")).toList();
        jdbc.update("DELETE FROM worker_event WHERE entry_id = ?", event.entryId());
        for (String child : children) {
            jdbc.update(INSERT, child, event.entryId(), row.get("event_id"),
                    worker != null ? worker.id() : row.get("worker_id"), worker != null ? worker.role() : row.get("role"),
                    row.get("kind"), when != null ? when.occurredAt() : row.get("occurred_at"),
                    when != null ? when.earliest() : row.get("occurred_from"),
                    when != null ? when.latest() : row.get("occurred_to"), row.get("recorded_at"), row.get("position"));
        }
    }

    @EventHandler
    void on(EntryRetracted event) {
        jdbc.update("DELETE FROM worker_event WHERE entry_id = ?", event.entryId());
    }

    /** TRUNCATE, as for the timeline: faster than DELETE, and it rebuilds the indexes. */
    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE TABLE worker_event");
    }

    private void insert(EntryHeader header, WorkerChange kind, TrackingToken token) {
        Occurrence when = header.occurrence();
        long position = token == null ? 0 : token.position().orElse(0);
        jdbc.update("DELETE FROM worker_event WHERE entry_id = ?", header.entryId());
        for (String child : header.children()) {
            jdbc.update(INSERT, child, header.entryId(), header.eventId(), header.worker().id(), header.worker().role(),
                    kind.name(), when.occurredAt(), when.earliest(), when.latest(), Timestamp.from(header.recordedAt()),
                    position);
        }
    }
}
