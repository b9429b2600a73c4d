package org.chronology.api.workspace;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the workspace tables: one review's items, and the verdicts counted per rule across reviews. */
@Repository
public class WorkspaceRepository {

    private final JdbcTemplate jdbc;

    WorkspaceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How reviewers judged one rule's findings: counts only, over every review. */
    public record RuleConfirmations(String rule, long confirmed, long dismissed, long reviews) {
    }

    public Workspace of(String reviewId) {
        List<Workspace.Note> notes = jdbc.query("SELECT note_id, target_kind, target_ref, period_from, period_to,"
                        + " note_text, author, written_at FROM review_note WHERE review_id = ? ORDER BY written_at, note_id",
                (rs, i) -> new Workspace.Note(rs.getString(1), code(rs.getString(2)), rs.getString(3),
                        date(rs.getDate(4)), date(rs.getDate(5)), rs.getString(6), rs.getString(7),
                        rs.getTimestamp(8).toInstant()), reviewId);
        List<Workspace.OwnFinding> findings = jdbc.query("SELECT finding_id, pattern, occurred_on, entries,"
                        + " finding_text, author, raised_at FROM reviewer_finding WHERE review_id = ?"
                        + " ORDER BY occurred_on, raised_at, finding_id",
                (rs, i) -> new Workspace.OwnFinding(rs.getString(1), code(rs.getString(2)), date(rs.getDate(3)),
                        entries(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()),
                reviewId);
        Map<String, Workspace.Triage> triage = new LinkedHashMap<>();
        jdbc.query("SELECT finding_key, rule, verdict, reason, author, triaged_at FROM finding_triage"
                + " WHERE review_id = ? ORDER BY triaged_at, finding_key", rs -> {
            triage.put(rs.getString(1), new Workspace.Triage(rs.getString(1), rs.getString(2), code(rs.getString(3)),
                    rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()));
        }, reviewId);
        List<Workspace.RowDecision> decisions = jdbc.query("SELECT kind, entries, author, decided_at FROM row_decision"
                        + " WHERE review_id = ? ORDER BY seq",
                (rs, i) -> new Workspace.RowDecision(code(rs.getString(1)), entries(rs.getString(2)), rs.getString(3),
                        rs.getTimestamp(4).toInstant()), reviewId);
        return new Workspace(notes, findings, triage, decisions);
    }

    public List<RuleConfirmations> confirmations() {
        return jdbc.query("SELECT rule, SUM(CASE WHEN verdict = 'CONFIRMED' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN verdict = 'DISMISSED' THEN 1 ELSE 0 END), COUNT(DISTINCT review_id)"
                        + " FROM finding_triage GROUP BY rule ORDER BY rule",
                (rs, i) -> new RuleConfirmations(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
    }

    private static String code(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static List<String> entries(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(" "));
    }
}
