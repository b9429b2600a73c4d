package org.chronology.projections.timeline;

import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.chronology.core.api.event.EntryHeader;
import org.chronology.projections.sql.InLists;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The timeline rows of the events in one processing batch, written with a few batched statements when the
 * batch's transaction commits rather than several statements per event: the difference between a projection
 * that keeps up with bulk ingest and replays quickly, and one that does not. Outside a unit of work (a handler
 * called directly) every event's rows are written at once. Delivery is at least once, and a read may have put
 * an entry on the timeline ahead of the projection ({@link TimelineCatchUp}), so entries the table already holds
 * are skipped and knowledge keeps the earliest time.
 */
final class TimelineWrites {

    private static final String RESOURCE = TimelineWrites.class.getName();
    static final String INSERT_PERSON = "INSERT INTO timeline_person (person_id, entry_id, is_child, entry_children,"
            + " related_people) VALUES (?, ?, ?, ?, ?)";

    record Entry(Object[] row, List<Object[]> people) {
        String entryId() {
            return (String) row[0];
        }
    }

    private record Known(String entryId, String agency) {
    }

    /** What the tables already hold of the pending entries and knowledge. */
    private record Stored(Set<String> entries, Map<Known, Instant> knowledge) {
    }

    private final JdbcTemplate jdbc;
    private final WritesAhead ahead;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<Known, Instant> knowledge = new LinkedHashMap<>();
    /** Each person once, at the latest position: the refresher looks at a person's latest mark only. */
    private final Map<String, Long> marks = new LinkedHashMap<>();
    /** Read after the batch's last event, before its commit (null until then, or outside a batch). */
    private Stored readAhead;
    private long readAheadMark;

    private TimelineWrites(JdbcTemplate jdbc, WritesAhead ahead) {
        this.jdbc = jdbc;
        this.ahead = ahead;
    }

    /** Runs {@code work} against the current batch's writes, or writes its rows at once outside a batch. */
    static void in(JdbcTemplate jdbc, WritesAhead ahead, Consumer<TimelineWrites> work) {
        if (!CurrentUnitOfWork.isStarted()) {
            now(jdbc, work);
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        TimelineWrites writes = root.getOrComputeResource(RESOURCE, key -> {
            TimelineWrites batchWrites = new TimelineWrites(jdbc, ahead);
            root.onPrepareCommit(unitOfWork -> batchWrites.flush());
            return batchWrites;
        });
        work.accept(writes);
        // A commit stores the processor's token before these rows, and on the embedded database that first write
        // takes the one write turn: what the tables hold is read here, after the last event, out of that turn.
        if (root instanceof BatchingUnitOfWork<?> batch && batch.isLastMessage()) {
            writes.readAheadMark = ahead.mark();
            writes.readAhead = writes.stored();
        }
    }

    /** Runs {@code work} and writes its rows at once. */
    static void now(JdbcTemplate jdbc, Consumer<TimelineWrites> work) {
        TimelineWrites writes = new TimelineWrites(jdbc, null);
        work.accept(writes);
        writes.flush();
    }

    void entry(Entry entry) {
        entries.putIfAbsent(entry.entryId(), entry);
    }

    /**
     * Notes that the agencies knew of the entry from {@code since}, keeping the earliest time. The agency that
     * recorded an entry knows it from when it recorded it: the entry row says so, and a knowledge row for it
     * would be one more random-key insert for every entry.
     */
    void know(String entryId, Iterable<String> agencies, Instant since) {
        for (String agency : agencies) {
            // The agency's own entries are those whose ids begin with its prefix (agency codes hold no colon).
            if (!entryId.startsWith(EntryHeader.entryId(agency, ""))) {
                knowledge.merge(new Known(entryId, agency), since, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
    }

    void mark(Collection<String> people, long position) {
        people.forEach(person -> marks.merge(person, position, Math::max));
    }

    /**
     * Writes what is pending; a revision reads and rewrites entries, so it needs them stored first. A batch read
     * what the tables hold before its commit took the write turn (on the embedded database a transaction holds
     * it from its first write to its commit, and the ingest requests wait for it), and reads again only if an
     * entry may have been written ahead of it since. Otherwise the entries are read with FOR UPDATE, which on the
     * embedded database takes the turn before the read, so that no write ahead commits between read and write.
     */
    void flush() {
        Stored stored = readAhead != null && !ahead.since(readAheadMark) ? readAhead : storedHoldingTurn();
        readAhead = null;
        writeEntries(stored.entries());
        writeKnowledge(stored.knowledge());
        jdbc.batchUpdate("INSERT INTO finding_mark (person_id, position) VALUES (?, ?)",
                marks.entrySet().stream().map(mark -> new Object[]{mark.getKey(), mark.getValue()}).toList());
        marks.clear();
    }

    private Stored stored() {
        return new Stored(storedEntries(""), storedKnowledge(""));
    }

    private Stored storedHoldingTurn() {
        return new Stored(storedEntries(" FOR UPDATE"), storedKnowledge(" FOR UPDATE"));
    }

    private Set<String> storedEntries(String lock) {
        Set<String> stored = new HashSet<>();
        InLists.query(jdbc, "SELECT entry_id FROM timeline_entry WHERE entry_id IN (%s)" + lock, entries.keySet(),
                rs -> {
                    stored.add(rs.getString(1));
                });
        return stored;
    }

    private Map<Known, Instant> storedKnowledge(String lock) {
        Map<Known, Instant> stored = new HashMap<>();
        Set<String> entryIds = new HashSet<>();
        knowledge.keySet().forEach(known -> entryIds.add(known.entryId()));
        InLists.query(jdbc, "SELECT entry_id, agency, known_since FROM timeline_knowledge WHERE entry_id IN (%s)" + lock,
                entryIds, rs -> {
                    stored.put(new Known(rs.getString(1), rs.getString(2)), rs.getTimestamp(3).toInstant());
                });
        return stored;
    }

    private void writeEntries(Set<String> stored) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> people = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (!stored.contains(entry.entryId())) {
                rows.add(entry.row());
                people.addAll(entry.people());
            }
        }
        jdbc.batchUpdate("INSERT INTO timeline_entry (entry_id, event_id, recording_agency, acting_agency, event_type,"
                + " occurred_from, occurred_to, sort_key, recorded_at, position, status, original, document, children)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.batchUpdate(INSERT_PERSON, people);
        entries.clear();
    }

    private void writeKnowledge(Map<Known, Instant> stored) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> earlier = new ArrayList<>();
        knowledge.forEach((known, since) -> {
            Instant before = stored.get(known);
            if (before == null) {
                inserts.add(new Object[]{known.entryId(), known.agency(), Timestamp.from(since)});
            } else if (since.isBefore(before)) {
                earlier.add(new Object[]{Timestamp.from(since), known.entryId(), known.agency()});
            }
        });
        jdbc.batchUpdate("INSERT INTO timeline_knowledge (entry_id, agency, known_since) VALUES (?, ?, ?)", inserts);
        jdbc.batchUpdate("UPDATE timeline_knowledge SET known_since = ? WHERE entry_id = ? AND agency = ?", earlier);
        knowledge.clear();
    }
}
