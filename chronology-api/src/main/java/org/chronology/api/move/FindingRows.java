package org.chronology.api.move;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Each child's stored findings, one line per finding with the agencies it names, in the refresher's order.
 * The day they were judged on is left out: the target judges every child again when it rebuilds, and a finding
 * judged again on another day is the same finding.
 */
final class FindingRows {

    private FindingRows() {
    }

    static Map<String, List<String>> byChild(JdbcTemplate jdbc) {
        Map<String, TreeSet<String>> agencies = new HashMap<>();
        jdbc.query("SELECT child_id, seq, agency FROM finding_agency", rs -> {
            agencies.computeIfAbsent(rs.getString(1) + "#" + rs.getInt(2), k -> new TreeSet<>()).add(rs.getString(3));
        });
        Map<String, List<String>> byChild = new TreeMap<>();
        jdbc.query("SELECT child_id, seq, rule, category, severity, occurred_at, occurred_on FROM finding"
                + " ORDER BY child_id, seq", rs -> {
            String child = rs.getString(1);
            String line = String.join("|", rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                    String.valueOf(rs.getObject(7, java.time.LocalDate.class)),
                    String.valueOf(agencies.getOrDefault(child + "#" + rs.getInt(2), new TreeSet<>())));
            byChild.computeIfAbsent(child, k -> new ArrayList<>()).add(line);
        });
        return byChild;
    }
}
