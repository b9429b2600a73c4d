package org.chronology.api.workspace;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.chronology.core.api.workspace.FindingTriaged;
import org.chronology.core.api.workspace.ReviewNoteWritten;
import org.chronology.core.api.workspace.ReviewerFindingRaised;
import org.chronology.core.api.workspace.RowSplit;
import org.chronology.core.api.workspace.RowsJoined;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The review workspace's tables, written in the reviewer's command's own transaction (a subscribing processor):
 * a note or a verdict is there the moment the reviewer is answered.
 */
@Component
@ProcessingGroup(WorkspaceProjection.GROUP)
public class WorkspaceProjection {

    public static final String GROUP = "review-workspace";

    private final JdbcTemplate jdbc;

    WorkspaceProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReviewNoteWritten event) {
        jdbc.update("INSERT INTO review_note (note_id, review_id, target_kind, target_ref, period_from, period_to,"
                        + " note_text, author, written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", event.noteId(),
                event.reviewId(), event.target().kind().name(), event.target().ref(),
                event.target().from() == null ? null : Date.valueOf(event.target().from()),
                event.target().to() == null ? null : Date.valueOf(event.target().to()), event.text(), event.author(),
                at(event.writtenAt()));
    }

    @EventHandler
    void on(ReviewerFindingRaised event) {
        jdbc.update("INSERT INTO reviewer_finding (finding_id, review_id, pattern, occurred_on, entries, finding_text,"
                        + " author, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", event.findingId(), event.reviewId(),
                event.pattern().name(), Date.valueOf(event.on()), joined(event.entries()), event.text(),
                event.author(), at(event.raisedAt()));
    }

    @EventHandler
    void on(FindingTriaged event) {
        // The latest verdict replaces an earlier one: delete and insert reads the same on H2 and PostgreSQL.
        jdbc.update("DELETE FROM finding_triage WHERE review_id = ? AND finding_key = ?", event.reviewId(),
                event.findingKey());
        jdbc.update("INSERT INTO finding_triage (review_id, finding_key, rule, verdict, reason, author, triaged_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", event.reviewId(), event.findingKey(), event.rule(),
                event.verdict().name(), event.reason(), event.author(), at(event.triagedAt()));
    }

    @EventHandler
    void on(RowSplit event, @SequenceNumber long sequence) {
        decision(event.reviewId(), sequence, "SPLIT", List.of(event.entry()), event.author(), event.decidedAt());
    }

    @EventHandler
    void on(RowsJoined event, @SequenceNumber long sequence) {
        decision(event.reviewId(), sequence, "JOIN", event.entries(), event.author(), event.decidedAt());
    }

    private void decision(String reviewId, long sequence, String kind, List<String> entries, String author,
                          Instant decidedAt) {
        jdbc.update("INSERT INTO row_decision (review_id, seq, kind, entries, author, decided_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", reviewId, sequence, kind, joined(entries), author, at(decidedAt));
    }

    /** Entry keys ({@code agency:eventId}) hold no spaces: one column of them, space-separated. */
    static String joined(List<String> entries) {
        return String.join(" ", entries);
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }
}
