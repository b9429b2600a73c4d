package org.chronology.projections.gaps;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.core.api.event.Sector;
import org.chronology.projections.agency.AgencyView;
import org.chronology.projections.agency.JdbcAgencyDirectory;
import org.chronology.projections.json.Json;
import org.chronology.projections.sql.InLists;
import org.chronology.projections.timeline.TimelineRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assembles a child's case file from the timeline read model: the child's own entries, those of everyone who
 * shares an entry with it (parents, siblings) and those of the people related to any of them by a
 * {@code relationship.recorded} entry; current versions, retracted entries left out. As known at an instant, the
 * file holds only the entries recorded by then, as corrected by then, leaving out only those retracted by then:
 * what the service would have judged at that instant.
 */
@Repository
public class CaseFiles {

    /** Enough for any household; a cap keeps a widely shared id (a placeholder such as "Unknown") harmless. */
    private static final int MAX_LINKED = 50;
    private static final String ENTRIES = "SELECT e.entry_id, e.document, e.position FROM timeline_person p"
            + " JOIN timeline_entry e ON e.entry_id = p.entry_id WHERE e.status <> 'retracted' AND p.person_id IN (%s)";
    /** The first forms of the entries recorded by an instant, to be revised as known then. */
    private static final String ENTRIES_RECORDED_BY = "SELECT e.entry_id, COALESCE(e.original, e.document), e.position"
            + " FROM timeline_person p JOIN timeline_entry e ON e.entry_id = p.entry_id WHERE e.recorded_at <= ?"
            + " AND p.person_id IN (%s)";

    private final JdbcTemplate jdbc;
    private final JdbcAgencyDirectory agencies;
    private final TimelineRepository timelines;
    private final WorkingCalendar calendar = WorkingCalendar.englandAndWales();

    public CaseFiles(JdbcTemplate jdbc, JdbcAgencyDirectory agencies) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.timelines = new TimelineRepository(jdbc);
    }

    /** The child's case file as it stands now. */
    public CaseFile caseFile(String childId) {
        return caseFile(childId, null);
    }

    /** The child's case file as known at {@code knownAt}; as it stands now when that is {@code null}. */
    public CaseFile caseFile(String childId, Instant knownAt) {
        Map<String, CaseEvent> events = new HashMap<>();
        Set<String> read = new HashSet<>(Set.of(childId));
        Set<String> linked = read(List.of(childId), events, true, knownAt);
        readMore(linked, read, events, knownAt);
        // The household through its relationships too: a mother's partner recorded with her alone shares no entry
        // with the child, and the entries that relate people are few, so one more step costs one indexed query.
        Set<String> related = new LinkedHashSet<>();
        events.values().stream().filter(e -> e.is(Household.RELATIONSHIP_RECORDED)).forEach(e -> {
            related.addAll(e.children());
            related.addAll(e.adults());
        });
        readMore(related, read, events, knownAt);
        Map<String, Sector> sectors = new HashMap<>();
        for (AgencyView agency : agencies.all()) {
            sectors.put(agency.code(), agency.sector());
        }
        return new CaseFile(childId, new ArrayList<>(events.values()), sectors, calendar);
    }

    /** Reads the entries of those of {@code people} not read yet, up to {@link #MAX_LINKED} people in all. */
    private void readMore(Set<String> people, Set<String> read, Map<String, CaseEvent> events, Instant knownAt) {
        List<String> more = people.stream().filter(person -> !read.contains(person))
                .limit(Math.max(0, MAX_LINKED + 1 - read.size())).toList();
        if (!more.isEmpty()) {
            read.addAll(more);
            read(more, events, false, knownAt);
        }
    }

    /**
     * Adds the entries of {@code people} to {@code events}: those naming them as children when {@code childOnly},
     * and their relationships however they are named, as known at {@code knownAt} when it is given. Returns
     * everyone the entries added name.
     */
    private Set<String> read(List<String> people, Map<String, CaseEvent> events, boolean childOnly, Instant knownAt) {
        String sql = String.format(knownAt == null ? ENTRIES : ENTRIES_RECORDED_BY, InLists.placeholders(people.size()))
                + (childOnly ? " AND (p.is_child = TRUE OR e.event_type = '" + Household.RELATIONSHIP_RECORDED + "')" : "");
        List<Object> args = new ArrayList<>();
        if (knownAt != null) {
            args.add(Timestamp.from(knownAt));
        }
        args.addAll(people);
        Map<String, ObjectNode> documents = new LinkedHashMap<>();
        Map<String, Long> positions = new HashMap<>();
        jdbc.query(sql, rs -> {
            String entryId = rs.getString(1);
            if (!events.containsKey(entryId) && !documents.containsKey(entryId)) {
                documents.put(entryId, Json.object(rs.getString(2)));
                positions.put(entryId, rs.getLong(3));
            }
        }, args.toArray());
        Map<String, ObjectNode> standing = knownAt == null ? documents : timelines.asKnownAt(documents, knownAt);
        Set<String> named = new LinkedHashSet<>();
        standing.forEach((entryId, document) -> {
            if (!TimelineRepository.retracted(document)) {
                CaseEvent event = CaseEvent.fromDocument(document, positions.get(entryId));
                events.put(entryId, event);
                named.addAll(event.children());
                named.addAll(event.adults());
            }
        });
        return named;
    }
}
