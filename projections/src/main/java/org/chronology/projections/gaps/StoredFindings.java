package org.chronology.projections.gaps;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The stored findings (tables finding and finding_agency), written only by the refresher: a child's as a whole. */
final class StoredFindings {

    private final JdbcTemplate jdbc;

    StoredFindings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the child's findings with {@code findings}, judged on {@code evaluatedOn}. */
    void replace(String child, List<Finding> findings, LocalDate evaluatedOn) {
        jdbc.update("DELETE FROM finding_agency WHERE child_id = ?", child);
        jdbc.update("DELETE FROM finding WHERE child_id = ?", child);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> agencyRows = new ArrayList<>();
        for (int seq = 0; seq < findings.size(); seq++) {
            Finding f = findings.get(seq);
            rows.add(new Object[]{child, seq, f.rule(), f.category().code(), f.severity().code(), f.occurredAt(),
                    Date.valueOf(f.date()), Date.valueOf(evaluatedOn)});
            for (String agency : f.agencies()) {
                agencyRows.add(new Object[]{child, seq, agency});
            }
        }
        jdbc.batchUpdate("INSERT INTO finding (child_id, seq, rule, category, severity, occurred_at, occurred_on,"
                + " evaluated_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.batchUpdate("INSERT INTO finding_agency (child_id, seq, agency) VALUES (?, ?, ?)", agencyRows);
    }
}
