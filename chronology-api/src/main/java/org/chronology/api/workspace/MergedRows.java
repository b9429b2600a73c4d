package org.chronology.api.workspace;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The review's rows: entries of several agencies that record one happening shown as one row with all its
 * sources. A view only: the entries stay as recorded. The matcher proposes; the reviewers' splits and joins,
 * applied in the order they were made, have the last word.
 */
public final class MergedRows {

    /** One happening: the keys ({@code agency:eventId}) of the entries recording it, in timeline order. */
    public record Row(List<String> sources) {

        public Row {
            sources = List.copyOf(sources);
        }
    }

    private MergedRows() {
    }

    /** {@code entries} in timeline order; retracted ones are on no row. */
    public static List<Row> of(List<JsonNode> entries, List<Workspace.RowDecision> decisions) {
        List<JsonNode> current = entries.stream().filter(e -> !"retracted".equals(e.path("status").asText())).toList();
        Map<String, Integer> order = new HashMap<>();
        current.forEach(e -> order.putIfAbsent(SameHappening.key(e), order.size()));
        List<Set<String>> rows = matched(current);
        for (Workspace.RowDecision decision : decisions) {
            List<String> known = decision.entries().stream().filter(order::containsKey).toList();
            if (decision.kind().equals("split")) {
                known.forEach(entry -> split(rows, entry));
            } else if (!known.isEmpty()) {
                join(rows, known);
            }
        }
        Comparator<String> timeline = Comparator.comparing(order::get);
        return rows.stream()
                .map(row -> row.stream().sorted(timeline).toList())
                .sorted(Comparator.comparing(sources -> order.get(sources.get(0))))
                .map(Row::new).toList();
    }

    /** Each entry joins the first row whose first entry records the same happening and lacks its agency. */
    private static List<Set<String>> matched(List<JsonNode> entries) {
        List<List<SameHappening>> rows = new ArrayList<>();
        Map<String, List<List<SameHappening>>> byBucket = new HashMap<>();
        for (JsonNode entry : entries) {
            SameHappening happening = SameHappening.of(entry);
            List<List<SameHappening>> candidates = byBucket.computeIfAbsent(happening.bucket(), b -> new ArrayList<>());
            candidates.stream()
                    .filter(row -> row.get(0).sameAs(happening)
                            && row.stream().noneMatch(member -> member.agency().equals(happening.agency())))
                    .findFirst()
                    .ifPresentOrElse(row -> row.add(happening), () -> {
                        List<SameHappening> row = new ArrayList<>(List.of(happening));
                        rows.add(row);
                        candidates.add(row);
                    });
        }
        List<Set<String>> keys = new ArrayList<>();
        rows.forEach(row -> keys.add(new LinkedHashSet<>(row.stream().map(SameHappening::key).toList())));
        return keys;
    }

    private static void split(List<Set<String>> rows, String entry) {
        Set<String> row = rowOf(rows, entry);
        if (row.size() > 1) {
            row.remove(entry);
            rows.add(new LinkedHashSet<>(List.of(entry)));
        }
    }

    private static void join(List<Set<String>> rows, List<String> entries) {
        Set<String> into = rowOf(rows, entries.get(0));
        for (String entry : entries.subList(1, entries.size())) {
            Set<String> other = rowOf(rows, entry);
            if (other != into) {
                into.addAll(other);
                rows.remove(other);
            }
        }
    }

    private static Set<String> rowOf(List<Set<String>> rows, String entry) {
        return rows.stream().filter(row -> row.contains(entry)).findFirst().orElseThrow();
    }
}
