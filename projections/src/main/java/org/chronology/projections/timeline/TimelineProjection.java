package org.chronology.projections.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.chronology.core.api.event.EntryCorrected;
import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.EntryRetracted;
import org.chronology.core.api.event.details.InformationDetails;
import org.chronology.projections.json.Json;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the per-person timelines, the correction history and who knew what since when. Runs in a streaming
 * processor, so it can be rebuilt by replaying the store; the event's position in the store breaks ties
 * between entries that share a date and a recording time. Delivery is at least once (after a crash an event
 * can come again), so each handler first checks whether it has already applied the event.
 */
@Component
@ProcessingGroup(TimelineProjection.GROUP)
public class TimelineProjection {

    public static final String GROUP = "timeline";

    private final JdbcTemplate jdbc;

    public TimelineProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EntryRecorded event, TrackingToken token) {
        EntryHeader header = event.entry();
        String entryId = header.entryId();
        if (exists("SELECT COUNT(*) FROM timeline_entry WHERE entry_id = ?", entryId)) {
            return;
        }
        ObjectNode doc = TimelineDocuments.entry(event);
        String json = Json.write(doc);
        jdbc.update("INSERT INTO timeline_entry (entry_id, event_id, recording_agency, acting_agency, event_type,"
                        + " occurred_from, occurred_to, sort_key, recorded_at, position, status, original, document)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entryId, header.eventId(), header.recordingAgency(), header.actingAgency(), event.type().code(),
                header.occurrence().earliest(), header.occurrence().latest(), header.occurrence().sortKey(),
                Timestamp.from(header.recordedAt()), position(token), TimelineDocuments.CURRENT, json, json);
        insertPeople(entryId, header.children(), header.adults());
        Set<String> knowers = new LinkedHashSet<>();
        knowers.add(header.recordingAgency());
        knowers.addAll(header.knownTo());
        if (event.details() instanceof InformationDetails shared && "info.shared".equals(event.type().code())) {
            knowers.addAll(shared.to());
            String sender = shared.from() != null ? shared.from() : header.recordingAgency();
            if (shared.eventIds() != null) {
                for (String sharedEventId : shared.eventIds()) {
                    knowIfFirst(EntryHeader.entryId(sender, sharedEventId), shared.to(), header.recordedAt());
                }
            }
        }
        knowIfFirst(entryId, knowers, header.recordedAt());
        markForFindings(header.children(), header.adults(), token);
    }

    @EventHandler
    void on(EntryCorrected event, TrackingToken token) {
        revise(event.entryId(), event.correction(), TimelineDocuments.revision(event), token);
        if (event.details().knownTo() != null) {
            knowIfFirst(event.entryId(), event.details().knownTo(), event.correction().recordedAt());
        }
    }

    @EventHandler
    void on(EntryRetracted event, TrackingToken token) {
        revise(event.entryId(), event.retraction(), TimelineDocuments.revision(event), token);
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("timeline_entry", "timeline_person", "timeline_revision", "timeline_knowledge")) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    private void revise(String entryId, EntryHeader revisionHeader, ObjectNode revision, TrackingToken token) {
        if (exists("SELECT COUNT(*) FROM timeline_revision WHERE entry_id = ? AND revision_event_id = ?", entryId,
                revisionHeader.eventId())) {
            return;
        }
        jdbc.update("INSERT INTO timeline_revision (entry_id, revision_event_id, recorded_at, position, document)"
                        + " VALUES (?, ?, ?, ?, ?)",
                entryId, revisionHeader.eventId(), Timestamp.from(revisionHeader.recordedAt()), position(token),
                Json.write(revision));
        List<String> original = jdbc.queryForList("SELECT original FROM timeline_entry WHERE entry_id = ?",
                String.class, entryId);
        if (original.isEmpty()) {
            return; // cannot happen: the entry's own stream recorded it before any revision
        }
        List<ObjectNode> revisions = jdbc.queryForList(
                        "SELECT document FROM timeline_revision WHERE entry_id = ? ORDER BY position", String.class, entryId)
                .stream().map(Json::object).toList();
        ObjectNode doc = TimelineDocuments.fold(Json.object(original.get(0)), revisions);
        JsonNode period = doc.get("period");
        jdbc.update("UPDATE timeline_entry SET document = ?, status = ?, acting_agency = ?, occurred_from = ?,"
                        + " occurred_to = ?, sort_key = ? WHERE entry_id = ?",
                Json.write(doc), doc.get("status").asText(), TimelineDocuments.text(doc, "actingAgency"),
                LocalDate.parse(period.get("from").asText()), LocalDate.parse(period.get("to").asText()),
                doc.get("sortKey").asLong(), entryId);
        List<String> before = jdbc.queryForList("SELECT person_id FROM timeline_person WHERE entry_id = ?",
                String.class, entryId);
        jdbc.update("DELETE FROM timeline_person WHERE entry_id = ?", entryId);
        insertPeople(entryId, strings(doc.get("children")), strings(doc.get("adults")));
        markForFindings(before, strings(doc.get("children")), token);
    }

    /** Tells the findings refresher whose case files changed (see FindingsRefresher). */
    private void markForFindings(List<String> people, List<String> morePeople, TrackingToken token) {
        Set<String> all = new LinkedHashSet<>(people);
        all.addAll(morePeople);
        long at = position(token);
        jdbc.batchUpdate("INSERT INTO finding_mark (person_id, position) VALUES (?, ?)",
                all.stream().map(person -> new Object[]{person, at}).toList());
    }

    private void insertPeople(String entryId, List<String> children, List<String> adults) {
        List<Object[]> rows = new ArrayList<>(children.size() + adults.size());
        children.forEach(child -> rows.add(new Object[]{child, entryId, true}));
        adults.stream().filter(adult -> !children.contains(adult))
                .forEach(adult -> rows.add(new Object[]{adult, entryId, false}));
        jdbc.batchUpdate("INSERT INTO timeline_person (person_id, entry_id, is_child) VALUES (?, ?, ?)", rows);
    }

    /** Records that each agency knew the entry from {@code since}, unless it knew it earlier. */
    private void knowIfFirst(String entryId, Iterable<String> agencies, Instant since) {
        for (String agency : agencies) {
            int updated = jdbc.update("UPDATE timeline_knowledge SET known_since = ? WHERE entry_id = ? AND agency = ?"
                    + " AND known_since > ?", Timestamp.from(since), entryId, agency, Timestamp.from(since));
            if (updated == 0) {
                jdbc.update("INSERT INTO timeline_knowledge (entry_id, agency, known_since) SELECT ?, ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM timeline_knowledge WHERE entry_id = ? AND agency = ?)",
                        entryId, agency, Timestamp.from(since), entryId, agency);
            }
        }
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
