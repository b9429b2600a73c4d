package org.chronology.projections.gaps;

import org.chronology.projections.people.HouseholdLinks;
import org.chronology.projections.sql.InLists;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The marks on people whose entries changed (table {@code finding_mark}), as the findings refresher reads and
 * clears them: the timeline projection inserts them, and only they say which children to judge again.
 */
final class FindingMarks {

    private static final int CHUNK = 200;

    /**
     * Children to judge, and the marks that called them: each marked person with the last position it was marked
     * at (a later mark stays for the next round), how many marks they were, and the last person read.
     */
    record Round(List<String> children, List<Object[]> marks, long count, String last) {
    }

    private final JdbcTemplate jdbc;
    private final HouseholdLinks links;
    private final TransactionTemplate transactions;

    FindingMarks(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.links = new HouseholdLinks(jdbc);
        this.transactions = transactions;
    }

    /** Looked for with a read: the refresher looks often, and on the embedded database a write waits its turn. */
    boolean none() {
        return jdbc.queryForList("SELECT 1 FROM finding_mark FETCH FIRST 1 ROWS ONLY").isEmpty();
    }

    /** Marks not yet dealt with: none means every child's findings reflect the timeline as it stands. */
    long pending() {
        Long marks = jdbc.queryForObject("SELECT COUNT(*) FROM finding_mark", Long.class);
        return marks == null ? 0 : marks;
    }

    /**
     * The children of the people marked after {@code after} (in chunks of {@link #CHUNK} people) until there are
     * {@code children} of them, so that a child named by many marked people (its own entries, its mother's, its
     * siblings') is judged once, not once per chunk. Empty marks when none are left.
     */
    Round next(String after, int children) {
        Set<String> found = new LinkedHashSet<>();
        List<Object[]> dealtWith = new ArrayList<>();
        long count = 0;
        String last = after;
        List<Map<String, Object>> marks;
        while (found.size() < children && !(marks = after(last)).isEmpty()) {
            List<String> people = marks.stream().map(m -> (String) m.get("person_id")).toList();
            found.addAll(childrenOf(people));
            marks.forEach(mark -> dealtWith.add(new Object[]{mark.get("person_id"), mark.get("position")}));
            count += marks.stream().mapToLong(mark -> ((Number) mark.get("marks")).longValue()).sum();
            last = people.get(people.size() - 1);
        }
        return new Round(List.copyOf(found), dealtWith, count, last);
    }

    /** Clears the round's marks: only those read, so that a change made meanwhile is not lost. */
    void clear(Round round) {
        transactions.executeWithoutResult(status -> jdbc.batchUpdate(
                "DELETE FROM finding_mark WHERE person_id = ? AND position <= ?", round.marks()));
    }

    /** Turns a replay's mark for {@link FindingsRefresher#EVERYONE} into a mark for each person on the rebuilt timeline. */
    void markEveryoneIfAsked() {
        // Looked for with a read: a DELETE on every run would take the embedded database's write turn each time.
        if (jdbc.queryForList("SELECT 1 FROM finding_mark WHERE person_id = ?",
                FindingsRefresher.EVERYONE).isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM finding_mark WHERE person_id = ?", FindingsRefresher.EVERYONE);
            jdbc.update("INSERT INTO finding_mark (person_id, position)"
                    + " SELECT DISTINCT person_id, 0 FROM timeline_person");
        });
    }

    /** Marks every child with an entry dated since {@code since}. */
    void markChildrenSeenSince(LocalDate since) {
        jdbc.update("INSERT INTO finding_mark (person_id, position) SELECT DISTINCT p.person_id, 0 FROM timeline_person p"
                + " JOIN timeline_entry e ON e.entry_id = p.entry_id WHERE p.is_child = TRUE AND e.occurred_to >= ?",
                Date.valueOf(since));
    }

    /** The next chunk of marked people after {@code after}: the last position each was marked at, and their marks. */
    private List<Map<String, Object>> after(String after) {
        return jdbc.queryForList("SELECT person_id, MAX(position) AS position, COUNT(*) AS marks FROM finding_mark"
                + " WHERE person_id > ? GROUP BY person_id ORDER BY person_id FETCH FIRST " + CHUNK + " ROWS ONLY",
                after);
    }

    /**
     * The children among {@code people} and the children who share an entry with any of them: each entry lists
     * its children, space-separated, so that no index of people by entry need be written with every entry. Also
     * those of {@code people} with findings but no entry left (corrections moved every entry to another child),
     * so that their findings go. A case file holds the entries of the people related to its household by
     * relationships, so the children of those people are looked at again too.
     */
    private Set<String> childrenOf(List<String> people) {
        Set<String> children = links.children(links.related(people, true), true);
        String in = " IN (" + InLists.placeholders(people.size()) + ")";
        jdbc.query("SELECT DISTINCT child_id FROM finding WHERE child_id" + in,
                (RowCallbackHandler) rs -> children.add(rs.getString(1)), people.toArray());
        return children;
    }
}
