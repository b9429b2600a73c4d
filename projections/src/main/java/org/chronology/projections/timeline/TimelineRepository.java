package org.chronology.projections.timeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.projections.json.Json;
import org.chronology.projections.sql.InLists;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads timelines. The current view returns the stored documents untouched (no parsing on the hot path);
 * the historical view ({@code knownTo}/{@code asOf}) refolds each entry from its first form and the revisions
 * recorded by then.
 */
@Repository
public class TimelineRepository {

    private final JdbcTemplate jdbc;

    public TimelineRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The entries' JSON documents, in timeline order: period start, then recording time, then arrival. */
    public List<String> documents(TimelineQuery query) {
        return documents(query, childFiling(query));
    }

    /**
     * The documents of the entries naming any of {@code people}, as a child or an adult, each once, filtered as
     * {@code query} says (its person is not used): a person's or a household's timeline.
     */
    public List<String> documentsNaming(Collection<String> people, TimelineQuery query) {
        if (people.isEmpty()) {
            return List.of();
        }
        Filing filing = new Filing(" FROM timeline_entry e WHERE e.entry_id IN (SELECT p.entry_id FROM timeline_person p"
                + " WHERE p.person_id IN (" + InLists.placeholders(people.size()) + "))", List.copyOf(people));
        return documents(query, filing);
    }

    private List<String> documents(TimelineQuery query, Filing filing) {
        if (!query.historical()) {
            return select(query, "e.document", filing);
        }
        Instant asOf = query.asOf() != null ? query.asOf() : Instant.now();
        List<String> originals = select(query, "e.entry_id, COALESCE(e.original, e.document)", filing);
        return historical(originals, asOf);
    }

    /** The event ids of the entries the current view of {@code query} holds. */
    public List<String> eventIds(TimelineQuery query) {
        return select(new TimelineQuery(query.personId(), query.from(), query.to(), query.agencies(), query.types(),
                null, null), "e.event_id");
    }

    /** Which entries a timeline starts from: the FROM and WHERE of the query, and their arguments. */
    private record Filing(String sql, List<Object> args) {
    }

    /** A child's timeline: the entries naming the child as a child. */
    private static Filing childFiling(TimelineQuery query) {
        return new Filing(" FROM timeline_person p JOIN timeline_entry e ON e.entry_id = p.entry_id"
                + " WHERE p.person_id = ? AND p.is_child = TRUE", List.of(query.personId()));
    }

    private List<String> select(TimelineQuery query, String columns) {
        return select(query, columns, childFiling(query));
    }

    private List<String> select(TimelineQuery query, String columns, Filing filing) {
        StringBuilder sql = new StringBuilder("SELECT ").append(columns).append(filing.sql());
        List<Object> args = new ArrayList<>(filing.args());
        if (query.from() != null) {
            sql.append(" AND e.occurred_to >= ?");
            args.add(query.from());
        }
        if (query.to() != null) {
            sql.append(" AND e.occurred_from <= ?");
            args.add(query.to());
        }
        if (!query.agencies().isEmpty()) {
            String marks = InLists.placeholders(query.agencies().size());
            sql.append(" AND (e.recording_agency IN (").append(marks).append(") OR e.acting_agency IN (")
                    .append(marks).append("))");
            args.addAll(query.agencies());
            args.addAll(query.agencies());
        }
        if (!query.types().isEmpty()) {
            sql.append(" AND e.event_type IN (").append(InLists.placeholders(query.types().size())).append(")");
            args.addAll(query.types());
        }
        if (query.historical()) {
            Timestamp asOf = Timestamp.from(query.asOf() != null ? query.asOf() : Instant.now());
            sql.append(" AND e.recorded_at <= ?");
            args.add(asOf);
            if (query.knownTo() != null) {
                // The recording agency knew the entry when it recorded it; others from their knowledge rows.
                sql.append(" AND (e.recording_agency = ? OR EXISTS (SELECT 1 FROM timeline_knowledge k")
                        .append(" WHERE k.entry_id = e.entry_id AND k.agency = ? AND k.known_since <= ?))");
                args.add(query.knownTo());
                args.add(query.knownTo());
                args.add(asOf);
            }
            sql.append(" ORDER BY e.position");
            return jdbc.query(sql.toString(), (rs, i) -> rs.getString(1) + "\u0000" + rs.getString(2), args.toArray());
        }
        sql.append(" ORDER BY e.sort_key, e.recorded_at, e.position");
        return jdbc.queryForList(sql.toString(), String.class, args.toArray());
    }

    private List<String> historical(List<String> rows, Instant asOf) {
        Map<String, ObjectNode> originals = new LinkedHashMap<>();
        for (String row : rows) {
            int split = row.indexOf('\u0000');
            originals.put(row.substring(0, split), Json.object(row.substring(split + 1)));
        }
        List<ObjectNode> docs = new ArrayList<>(asKnownAt(originals, asOf).values());
        docs.sort(Comparator.comparingLong((ObjectNode d) -> d.get("sortKey").asLong())
                .thenComparing(d -> d.get("recordedAt").asText()));
        return docs.stream().map(Json::write).toList();
    }

    /**
     * Entries as they were known at {@code at}: each first form (by entry id, {@code COALESCE(original, document)})
     * with the corrections and retractions recorded by then folded in, in the order given. An entry retracted by
     * then is returned marked so ({@link #retracted}); one retracted later is returned as it stood.
     */
    public Map<String, ObjectNode> asKnownAt(Map<String, ObjectNode> firstForms, Instant at) {
        Map<String, List<ObjectNode>> revisions = revisionsBy(List.copyOf(firstForms.keySet()), at);
        Map<String, ObjectNode> known = new LinkedHashMap<>();
        firstForms.forEach((entryId, first) ->
                known.put(entryId, TimelineDocuments.fold(first, revisions.getOrDefault(entryId, List.of()))));
        return known;
    }

    /** Whether an entry's document says it was retracted. */
    public static boolean retracted(ObjectNode document) {
        return TimelineDocuments.RETRACTED.equals(TimelineDocuments.text(document, "status"));
    }

    private Map<String, List<ObjectNode>> revisionsBy(List<String> entryIds, Instant asOf) {
        Map<String, List<ObjectNode>> byEntry = new HashMap<>();
        if (entryIds.isEmpty()) {
            return byEntry;
        }
        InLists.query(jdbc, "SELECT entry_id, document FROM timeline_revision WHERE entry_id IN (%s)"
                + " AND recorded_at <= ? ORDER BY position", entryIds, rs -> {
                    byEntry.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(Json.object(rs.getString(2)));
                }, Timestamp.from(asOf));
        return byEntry;
    }
}
