package org.chronology.projections.gaps;

import org.chronology.projections.sql.InLists;
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
     * Replaces each child's findings with those judged for it on {@code evaluatedOn}: a group of children in a few
     * statements, as a refresh after a bulk load stores thousands.
     */
    void replace(Map<String, List<Finding>> byChild, LocalDate evaluatedOn) {
        for (List<String> children : InLists.chunks(byChild.keySet())) {
            String in = " WHERE child_id IN (" + InLists.placeholders(children.size()) + ")";
            jdbc.update("DELETE FROM finding_agency" + in, children.toArray());
            jdbc.update("DELETE FROM finding" + in, children.toArray());
        }
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
