package org.chronology.projections.timeline;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Which agency knew each of a child's entries since when: the facts behind the "as known to" view. */
@Repository
public class KnowledgeRepository {

    public record Known(String eventId, String recordingAgency, String agency, Instant since) {
    }

    private final JdbcTemplate jdbc;

    public KnowledgeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * For the child's entries whose period overlaps {@code from}..{@code to} (either open), earliest first. Each
     * entry's recording agency knew it from its recording time; the knowledge rows hold the other agencies.
     */
    public List<Known> knowledge(String childId, LocalDate from, LocalDate to) {
        StringBuilder entries = new StringBuilder(" FROM timeline_person p JOIN timeline_entry e ON e.entry_id = p.entry_id");
        StringBuilder where = new StringBuilder(" WHERE p.person_id = ? AND p.is_child = TRUE");
        List<Object> args = new ArrayList<>(List.of(childId));
        if (from != null) {
            where.append(" AND e.occurred_to >= ?");
            args.add(from);
        }
        if (to != null) {
            where.append(" AND e.occurred_from <= ?");
            args.add(to);
        }
        String sql = "SELECT e.event_id, e.recording_agency, e.recording_agency AS agency, e.recorded_at AS since"
                + entries + where
                + " UNION ALL SELECT e.event_id, e.recording_agency, k.agency, k.known_since" + entries
                + " JOIN timeline_knowledge k ON k.entry_id = e.entry_id" + where
                + " ORDER BY since, agency";
        List<Object> bothArgs = new ArrayList<>(args);
        bothArgs.addAll(args);
        return jdbc.query(sql, (rs, i) -> new Known(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getTimestamp(4).toInstant()), bothArgs.toArray());
    }
}
