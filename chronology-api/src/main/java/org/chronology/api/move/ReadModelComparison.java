package org.chronology.api.move;

import org.chronology.api.axon.EventStoreTables;
import org.chronology.projections.json.Json;
import org.chronology.projections.timeline.TimelineQuery;
import org.chronology.projections.timeline.TimelineRepository;
import org.chronology.projections.turnover.Turnover;
import org.chronology.projections.turnover.TurnoverRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Every child's views, read through the service's own repositories from both stores: the timeline, one "as
 * known to" view (an agency at an instant in the child's history: each child gets the next agency in turn, at
 * its middle entry's recording time), the turnover of each worker role, and the findings.
 */
final class ReadModelComparison {

    private final JdbcTemplate source;
    private final JdbcTemplate target;
    private final Verdict verdict;

    ReadModelComparison(Connection source, Connection target, Verdict verdict) {
        this.source = new JdbcTemplate(new SingleConnectionDataSource(source, true));
        this.target = new JdbcTemplate(new SingleConnectionDataSource(target, true));
        this.verdict = verdict;
    }

    void run() {
        // Each entry's stream starts with the event that puts it on the timeline: fewer rows, a timeline behind.
        long entries = new EventStoreTables(source).storedEntryCount();
        Long onTimeline = source.queryForObject("SELECT COUNT(*) FROM timeline_entry", Long.class);
        if (onTimeline != null && onTimeline < entries) {
            verdict.note(String.format("the H2 store's timeline held %,d of its %,d entries when it stopped: its read"
                    + " models had not caught up, and differ for that reason", onTimeline, entries));
        }
        long sourceMarks = marks(source);
        long targetMarks = marks(target);
        if (sourceMarks > 0) {
            verdict.note(String.format("the H2 store's findings were not up to date when it stopped (%,d people"
                    + " waiting to be judged): its findings may differ", sourceMarks));
        }
        if (targetMarks > 0) {
            verdict.notYet("PostgreSQL's findings are still being judged (GET /api/v1/admin/findings: upToDate)");
        }
        TreeSet<String> children = children(source);
        verdict.compare("children on timelines", children.size(), children(target).size());
        List<String> agencies = source.queryForList("SELECT code FROM agency ORDER BY code", String.class);
        TimelineRepository sourceTimelines = new TimelineRepository(source);
        TimelineRepository targetTimelines = new TimelineRepository(target);
        List<String> timelines = new ArrayList<>();
        List<String> knownTo = new ArrayList<>();
        List<String> turnover = new ArrayList<>();
        int turn = 0;
        for (String child : children) {
            List<String> documents = sourceTimelines.documents(TimelineQuery.of(child));
            if (!documents.equals(targetTimelines.documents(TimelineQuery.of(child)))) {
                timelines.add(child);
            }
            if (!documents.isEmpty() && !agencies.isEmpty()) {
                String agency = agencies.get(turn++ % agencies.size());
                Instant asOf = Instant.parse(Json.object(documents.get(documents.size() / 2)).get("recordedAt").asText());
                TimelineQuery query = new TimelineQuery(child, null, null, List.of(), List.of(), agency, asOf);
                if (!sourceTimelines.documents(query).equals(targetTimelines.documents(query))) {
                    knownTo.add(child + " as known to " + agency + " at " + asOf);
                }
            }
            if (!turnover(source, child).equals(turnover(target, child))) {
                turnover.add(child);
            }
        }
        verdict.compareAll("timelines", children.size(), timelines);
        verdict.compareAll("\"as known to\" views", turn, knownTo);
        verdict.compareAll("turnover", children.size(), turnover);
        Map<String, List<String>> findings = FindingRows.byChild(source);
        Map<String, List<String>> rejudged = FindingRows.byChild(target);
        List<String> differing = new ArrayList<>();
        new TreeSet<>(findings.keySet()).forEach(child -> {
            if (!Objects.equals(findings.get(child), rejudged.get(child))) {
                differing.add(child);
            }
        });
        rejudged.keySet().stream().filter(child -> !findings.containsKey(child)).forEach(differing::add);
        verdict.compareAll("findings of children with findings", findings.size(), differing);
    }

    private static long marks(JdbcTemplate jdbc) {
        Long marks = jdbc.queryForObject("SELECT COUNT(*) FROM finding_mark", Long.class);
        return marks == null ? 0 : marks;
    }

    private static TreeSet<String> children(JdbcTemplate jdbc) {
        return new TreeSet<>(jdbc.queryForList(
                "SELECT DISTINCT person_id FROM timeline_person WHERE is_child = TRUE", String.class));
    }

    /** Each role's turnover over all time, as the turnover endpoint computes it. */
    private static List<Turnover> turnover(JdbcTemplate jdbc, String child) {
        TurnoverRepository repository = new TurnoverRepository(jdbc);
        return new TreeSet<>(jdbc.queryForList("SELECT DISTINCT role FROM worker_event WHERE child_id = ?",
                String.class, child)).stream().map(role -> repository.turnover(child, role, null, null)).toList();
    }
}
