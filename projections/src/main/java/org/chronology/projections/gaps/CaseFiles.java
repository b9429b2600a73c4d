package org.chronology.projections.gaps;

import org.chronology.core.api.event.Sector;
import org.chronology.projections.agency.AgencyView;
import org.chronology.projections.agency.JdbcAgencyDirectory;
import org.chronology.projections.json.Json;
import org.chronology.projections.sql.InLists;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assembles a child's case file from the timeline read model: the child's own entries and those of everyone
 * who shares an entry with it (parents, siblings), current versions, retracted entries left out.
 */
@Repository
public class CaseFiles {

    /** Enough for any household; a cap keeps a widely shared id (a placeholder such as "Unknown") harmless. */
    private static final int MAX_LINKED = 50;
    private static final String ENTRIES = "SELECT e.entry_id, e.document, e.position FROM timeline_person p"
            + " JOIN timeline_entry e ON e.entry_id = p.entry_id WHERE e.status <> 'retracted' AND p.person_id IN (%s)";

    private final JdbcTemplate jdbc;
    private final JdbcAgencyDirectory agencies;
    private final WorkingCalendar calendar = WorkingCalendar.englandAndWales();

    public CaseFiles(JdbcTemplate jdbc, JdbcAgencyDirectory agencies) {
        this.jdbc = jdbc;
        this.agencies = agencies;
    }

    public CaseFile caseFile(String childId) {
        Map<String, CaseEvent> events = new HashMap<>();
        Set<String> linked = new LinkedHashSet<>();
        read(List.of(childId), events, linked, true);
        linked.remove(childId);
        if (!linked.isEmpty()) {
            read(linked.stream().limit(MAX_LINKED).toList(), events, null, false);
        }
        Map<String, Sector> sectors = new HashMap<>();
        for (AgencyView agency : agencies.all()) {
            sectors.put(agency.code(), agency.sector());
        }
        return new CaseFile(childId, new ArrayList<>(events.values()), sectors, calendar);
    }

    private void read(List<String> people, Map<String, CaseEvent> events, Set<String> linked, boolean childOnly) {
        String sql = String.format(ENTRIES, InLists.placeholders(people.size()))
                + (childOnly ? " AND p.is_child = TRUE" : "");
        jdbc.query(sql, rs -> {
            String entryId = rs.getString(1);
            if (!events.containsKey(entryId)) {
                CaseEvent event = CaseEvent.fromDocument(Json.object(rs.getString(2)), rs.getLong(3));
                events.put(entryId, event);
                if (linked != null) {
                    linked.addAll(event.children());
                    linked.addAll(event.adults());
                }
            }
        }, people.toArray());
    }
}
