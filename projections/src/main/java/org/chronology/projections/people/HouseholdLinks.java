package org.chronology.projections.people;

import org.chronology.core.api.event.EventType;
import org.chronology.projections.sql.InLists;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who belongs with whom, from the timeline's index of people: the people related to others by
 * {@code relationship.recorded} entries, and the children of the entries that name people. Access to a person's
 * record and the re-judging of findings both follow these links, so they are written once, here.
 */
@Repository
public class HouseholdLinks {

    private static final String RELATIONSHIP = EventType.RELATIONSHIP_RECORDED.code();

    private final JdbcTemplate jdbc;

    public HouseholdLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@code people} and everyone a relationship entry relates to any of them.
     *
     * @param withRetracted whether retracted entries count: for access they open nothing; for re-judging, a
     *                      retracted link is one a case file has just lost
     */
    public Set<String> related(Collection<String> people, boolean withRetracted) {
        Set<String> related = new LinkedHashSet<>(people);
        if (!people.isEmpty()) {
            jdbc.query("SELECT DISTINCT r.person_id FROM timeline_person p JOIN timeline_entry e ON e.entry_id = p.entry_id"
                            + " JOIN timeline_person r ON r.entry_id = e.entry_id WHERE e.event_type = '" + RELATIONSHIP
                            + "'" + retracted(withRetracted) + " AND p.person_id IN (" + InLists.placeholders(people.size())
                            + ")",
                    (RowCallbackHandler) rs -> related.add(rs.getString(1)), people.toArray());
        }
        return related;
    }

    /**
     * The children the entries naming any of {@code people} name: each entry lists its children, space-separated,
     * so that no index of people by entry need be read twice.
     */
    public Set<String> children(Collection<String> people, boolean withRetracted) {
        Set<String> children = new LinkedHashSet<>();
        if (!people.isEmpty()) {
            jdbc.query("SELECT DISTINCT e.children FROM timeline_person p JOIN timeline_entry e ON e.entry_id = p.entry_id"
                            + " WHERE p.person_id IN (" + InLists.placeholders(people.size()) + ")" + retracted(withRetracted),
                    (RowCallbackHandler) rs -> {
                        String listed = rs.getString(1);
                        if (listed != null && !listed.isEmpty()) {
                            children.addAll(List.of(listed.split(" ")));
                        }
                    }, people.toArray());
        }
        return children;
    }

    /** Everyone a child's own entries name, and everyone related to any of them by a relationship entry. */
    public Set<String> household(String childId) {
        Set<String> named = new LinkedHashSet<>(List.of(childId));
        jdbc.query("SELECT DISTINCT o.person_id FROM timeline_person p JOIN timeline_entry e ON e.entry_id = p.entry_id"
                        + " JOIN timeline_person o ON o.entry_id = e.entry_id WHERE p.person_id = ?"
                        + " AND (p.is_child = TRUE OR e.event_type = '" + RELATIONSHIP + "')" + retracted(false),
                (RowCallbackHandler) rs -> named.add(rs.getString(1)), childId);
        return related(named, false);
    }

    private static String retracted(boolean withRetracted) {
        return withRetracted ? "" : " AND e.status <> 'retracted'";
    }
}
