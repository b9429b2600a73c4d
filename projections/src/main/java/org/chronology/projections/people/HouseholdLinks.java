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
     * {@code people} and everyone a relationship entry relates to any of them. The people of a relationship entry
     * are on its rows in the index of people, so only the entries' status is read, and only of relationships.
     *
     * @param withRetracted whether retracted entries count: for access they open nothing; for re-judging, a
     *                      retracted link is one a case file has just lost
     */
    public Set<String> related(Collection<String> people, boolean withRetracted) {
        Set<String> related = new LinkedHashSet<>(people);
        if (!people.isEmpty()) {
            String in = " p.related_people IS NOT NULL AND p.person_id IN (" + InLists.placeholders(people.size()) + ")";
            String sql = withRetracted ? "SELECT p.related_people FROM timeline_person p WHERE" + in
                    : "SELECT p.related_people FROM timeline_person p JOIN timeline_entry e ON e.entry_id = p.entry_id"
                    + " WHERE e.status <> 'retracted' AND" + in;
            jdbc.query(sql, (RowCallbackHandler) rs -> addListed(rs.getString(1), related), people.toArray());
        }
        return related;
    }

    /**
     * The children of the entries naming any of {@code people}: each row of the index of people lists its entry's
     * children, so an entry is read only to leave out retracted ones.
     *
     * @param withRetracted as for {@link #related}
     */
    public Set<String> children(Collection<String> people, boolean withRetracted) {
        Set<String> children = new LinkedHashSet<>();
        if (!people.isEmpty()) {
            String in = " p.person_id IN (" + InLists.placeholders(people.size()) + ")";
            String sql = withRetracted ? "SELECT DISTINCT p.entry_children FROM timeline_person p WHERE" + in
                    : "SELECT DISTINCT p.entry_children FROM timeline_person p JOIN timeline_entry e"
                    + " ON e.entry_id = p.entry_id WHERE e.status <> 'retracted' AND" + in;
            jdbc.query(sql, (RowCallbackHandler) rs -> addListed(rs.getString(1), children), people.toArray());
        }
        return children;
    }

    /** Adds the ids of a space-separated list. */
    private static void addListed(String listed, Set<String> to) {
        if (listed != null && !listed.isEmpty()) {
            to.addAll(List.of(listed.split(" ")));
        }
    }

    /** Everyone a child's own entries name, and everyone related to any of them by a relationship entry. */
    public Set<String> household(String childId) {
        Set<String> named = new LinkedHashSet<>(List.of(childId));
        jdbc.query("SELECT DISTINCT o.person_id FROM timeline_person p JOIN timeline_entry e ON e.entry_id = p.entry_id"
                        + " JOIN timeline_person o ON o.entry_id = e.entry_id WHERE p.person_id = ?"
                        + " AND (p.is_child = TRUE OR e.event_type = '" + RELATIONSHIP + "') AND e.status <> 'retracted'",
                (RowCallbackHandler) rs -> named.add(rs.getString(1)), childId);
        return related(named, false);
    }
}
