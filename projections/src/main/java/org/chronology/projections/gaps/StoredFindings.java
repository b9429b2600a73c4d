package org.chronology.projections.gaps;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The stored findings (tables finding and finding_agency), written only by the refresher: a child's as a whole. */
final class StoredFindings {

    private final JdbcTemplate jdbc;

    StoredFindings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces each child's findings with those judged for it on {@code evaluatedOn}: a group of children in four
     * batches, as a refresh after a bulk load stores thousands.
     */
    void replace(Map<String, List<Finding>> byChild, LocalDate evaluatedOn) {
        // One batch of single-child deletes: H2 read every row of the tables to delete an IN list of children.
        List<Object[]> children = byChild.keySet().stream().map(child -> new Object[]{child}).toList();
        jdbc.batchUpdate("DELETE FROM finding_agency WHERE child_id = ?", children);
        jdbc.batchUpdate("DELETE FROM finding WHERE child_id = ?", children);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> agencyRows = new ArrayList<>();
        byChild.forEach((child, findings) -> {
            for (int seq = 0; seq < findings.size(); seq++) {
                Finding f = findings.get(seq);
                rows.add(new Object[]{child, seq, f.rule(), f.category().code(), f.severity().code(), f.occurredAt(),
                        Date.valueOf(f.date()), Date.valueOf(evaluatedOn)});
                for (String agency : f.agencies()) {
                    agencyRows.add(new Object[]{child, seq, agency});
                }
            }
        });
        jdbc.batchUpdate("INSERT INTO finding (child_id, seq, rule, category, severity, occurred_at, occurred_on,"
                + " evaluated_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.batchUpdate("INSERT INTO finding_agency (child_id, seq, agency) VALUES (?, ?, ?)", agencyRows);
    }
}
