package org.chronology.projections.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.chronology.core.api.event.EntryCorrected;
import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.EntryRetracted;
import org.chronology.core.api.event.EventType;
import org.chronology.projections.gaps.FindingsRefresher;
import org.chronology.projections.json.Json;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the per-person timelines, the correction history and who knew what since when. Runs in a streaming
 * processor, so it can be rebuilt by replaying the store; the event's position in the store breaks ties
 * between entries that share a date and a recording time. Delivery is at least once (after a crash an event
 * can come again), so applying an event twice changes nothing. Rows are written per processing batch
 * ({@link TimelineWrites}).
 */
@Component
@ProcessingGroup(TimelineProjection.GROUP)
public class TimelineProjection {

    public static final String GROUP = "timeline";

    private final JdbcTemplate jdbc;
    /** Entries written before the projection reached them ({@link TimelineCatchUp}). */
    final WritesAhead ahead = new WritesAhead();

    public TimelineProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EntryRecorded event, TrackingToken token, ReplayStatus status) {
        TimelineWrites.in(jdbc, ahead, writes -> record(event, position(token), status, writes));
    }

    /**
     * Writes the rows of these new entries, by their positions in the store, at once: outside the projection's
     * batches, in a request ({@link TimelineAtOnce}) or a read ({@link TimelineCatchUp}). The same rows as the
     * projection's, which skips them when it gets there.
     */
    void recordNow(Map<Long, ? extends EntryRecorded> byPosition) {
        TimelineWrites.now(jdbc, writes -> byPosition.forEach((position, event) ->
                record(event, position, ReplayStatus.REGULAR, writes)));
    }

    /** The rows of a new entry at {@code position} in the store. */
    private void record(EntryRecorded event, long position, ReplayStatus status, TimelineWrites writes) {
        EntryHeader header = event.entry();
        String entryId = header.entryId();
        String json = Json.write(TimelineDocuments.entry(event));
        Object[] row = {entryId, header.eventId(), header.recordingAgency(), header.actingAgency(), event.type().code(),
                header.occurrence().earliest(), header.occurrence().latest(), header.occurrence().sortKey(),
                Timestamp.from(header.recordedAt()), position, TimelineDocuments.CURRENT, null, json,
                String.join(" ", header.children())};
        Set<String> knowers = new LinkedHashSet<>(header.knownTo());
        writes.entry(new TimelineWrites.Entry(row,
                people(entryId, event.type().code(), header.children(), header.adults())));
        if ("info.shared".equals(event.type().code())) {
            List<String> to = event.details().strings("to");
            knowers.addAll(to);
            // eventIds name the recording agency's own entries only: whatever "from" says, an agency can pass on
            // what it holds, never grant itself or others another agency's entries.
            for (String sharedEventId : event.details().strings("eventIds")) {
                writes.know(EntryHeader.entryId(header.recordingAgency(), sharedEventId), to, header.recordedAt());
            }
        }
        writes.know(entryId, knowers, header.recordedAt());
        markUnlessReplayed(writes, concerned(header.children(), header.adults()), position, status);
    }

    @EventHandler
    void on(EntryCorrected event, TrackingToken token, ReplayStatus status) {
        TimelineWrites.in(jdbc, ahead, writes -> {
            revise(writes, event.entryId(), event.correction(), TimelineDocuments.revision(event), token, status);
            if (event.details().knownTo() != null) {
                writes.know(event.entryId(), event.details().knownTo(), event.correction().recordedAt());
            }
        });
    }

    @EventHandler
    void on(EntryRetracted event, TrackingToken token, ReplayStatus status) {
        TimelineWrites.in(jdbc, ahead, writes -> revise(writes, event.entryId(), event.retraction(),
                TimelineDocuments.revision(event), token, status));
    }

    /**
     * Empties the tables with TRUNCATE rather than DELETE: it is faster, and it rebuilds their indexes empty, so
     * a replay also repairs indexes a damaged database file may hold. Everyone on the rebuilt timeline is to be
     * judged again once the replay is over: one mark says so, where marking the people of every replayed batch
     * wrote about one row per event, each a random-key insert into the marks' index.
     */
    @ResetHandler
    void reset() {
        jdbc.update("INSERT INTO finding_mark (person_id, position) VALUES (?, 0)", FindingsRefresher.EVERYONE);
        for (String table : List.of("timeline_entry", "timeline_person", "timeline_revision", "timeline_knowledge")) {
            jdbc.execute("TRUNCATE TABLE " + table);
        }
    }

    private void revise(TimelineWrites writes, String entryId, EntryHeader revisionHeader, ObjectNode revision,
                        TrackingToken token, ReplayStatus status) {
        // The entry may have arrived earlier in this same batch: store it before reading it back.
        writes.flush();
        if (exists("SELECT COUNT(*) FROM timeline_revision WHERE entry_id = ? AND revision_event_id = ?", entryId,
                revisionHeader.eventId())) {
            return;
        }
        jdbc.update("INSERT INTO timeline_revision (entry_id, revision_event_id, recorded_at, position, document)"
                        + " VALUES (?, ?, ?, ?, ?)",
                entryId, revisionHeader.eventId(), Timestamp.from(revisionHeader.recordedAt()), position(token),
                Json.write(revision));
        List<Stored> stored = jdbc.query("SELECT original, document FROM timeline_entry WHERE entry_id = ?",
                (rs, i) -> {
                    ObjectNode current = Json.object(rs.getString(2));
                    String original = rs.getString(1);
                    return new Stored(original == null ? current : Json.object(original), current);
                }, entryId);
        if (stored.isEmpty()) {
            return; // cannot happen: the entry's own stream recorded it before any revision
        }
        List<ObjectNode> revisions = jdbc.queryForList(
                        "SELECT document FROM timeline_revision WHERE entry_id = ? ORDER BY position", String.class, entryId)
                .stream().map(Json::object).toList();
        ObjectNode doc = TimelineDocuments.fold(stored.get(0).first(), revisions);
        List<String> children = strings(doc.get("children"));
        JsonNode period = doc.get("period");
        // The first form is kept apart from the first revision on (it is null until then: the document itself).
        jdbc.update("UPDATE timeline_entry SET original = COALESCE(original, document), document = ?, status = ?,"
                        + " acting_agency = ?, occurred_from = ?, occurred_to = ?, sort_key = ?, children = ?"
                        + " WHERE entry_id = ?",
                Json.write(doc), doc.get("status").asText(), TimelineDocuments.text(doc, "actingAgency"),
                LocalDate.parse(period.get("from").asText()), LocalDate.parse(period.get("to").asText()),
                doc.get("sortKey").asLong(), String.join(" ", children), entryId);
        // The document as it stood names the people the entry was filed under until now.
        ObjectNode current = stored.get(0).current();
        Set<String> before = concerned(strings(current.get("children")), strings(current.get("adults")));
        jdbc.batchUpdate("DELETE FROM timeline_person WHERE person_id = ? AND entry_id = ?",
                before.stream().map(person -> new Object[]{person, entryId}).toList());
        jdbc.batchUpdate(TimelineWrites.INSERT_PERSON,
                people(entryId, doc.get("type").asText(), children, strings(doc.get("adults"))));
        markUnlessReplayed(writes, concerned(before, children), position(token), status);
    }

    /** A replay's people are marked all at once by its {@link #reset}. */
    private static void markUnlessReplayed(TimelineWrites writes, Collection<String> people, long position,
                                           ReplayStatus status) {
        if (!status.isReplay()) {
            writes.mark(people, position);
        }
    }

    /**
     * An entry as stored: its first form ({@code original} is null until the first revision: the document itself,
     * which {@link TimelineDocuments#fold} copies before changing) and its current document.
     */
    private record Stored(ObjectNode first, ObjectNode current) {
    }

    /** Everyone an entry concerns, whose case files the findings refresher must look at again. */
    private static Set<String> concerned(Collection<String> people, Collection<String> morePeople) {
        Set<String> all = new LinkedHashSet<>(people);
        all.addAll(morePeople);
        return all;
    }

    /**
     * The rows filing an entry under each person it names, with the links the findings refresher follows: the
     * entry's children, and for a relationship entry everyone it names ({@code HouseholdLinks}).
     */
    private static List<Object[]> people(String entryId, String type, List<String> children, List<String> adults) {
        List<String> named = new ArrayList<>(children);
        adults.stream().filter(adult -> !children.contains(adult)).forEach(named::add);
        String entryChildren = String.join(" ", children);
        String related = EventType.RELATIONSHIP_RECORDED.code().equals(type) ? String.join(" ", named) : null;
        List<Object[]> rows = new ArrayList<>(named.size());
        for (int i = 0; i < named.size(); i++) {
            rows.add(new Object[]{named.get(i), entryId, i < children.size(), entryChildren, related});
        }
        return rows;
    }

    private boolean exists(String countQuery, Object... args) {
        Integer count = jdbc.queryForObject(countQuery, Integer.class, args);
        return count != null && count > 0;
    }

    private static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
    }
}
