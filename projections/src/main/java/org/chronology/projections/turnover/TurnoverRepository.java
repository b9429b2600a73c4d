package org.chronology.projections.turnover;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads turnover per child, and its distribution across children for dashboards. */
@Repository
public class TurnoverRepository {

    private final JdbcTemplate jdbc;

    public TurnoverRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Turnover turnover(String childId, String role, LocalDate from, LocalDate to) {
        List<Turnover.Change> changes = jdbc.query("SELECT worker_id, kind, occurred_at, occurred_from, occurred_to,"
                        + " recorded_at, position FROM worker_event WHERE child_id = ? AND role = ?",
                (rs, i) -> new Turnover.Change(rs.getString(1), WorkerChange.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                        rs.getTimestamp(6).toInstant(), rs.getLong(7)),
                childId, role);
        return Turnover.of(childId, role, changes, from, to);
    }

    /** How many children have had 1, 2, 3... distinct workers of {@code role}. */
    public Map<Integer, Integer> distribution(String role) {
        Map<Integer, Integer> histogram = new LinkedHashMap<>();
        jdbc.query("SELECT workers, COUNT(*) FROM (SELECT child_id, COUNT(DISTINCT worker_id) AS workers"
                        + " FROM worker_event WHERE role = ? GROUP BY child_id) t GROUP BY workers ORDER BY workers",
                rs -> {
                    histogram.put(rs.getInt(1), rs.getInt(2));
                }, role);
        return histogram;
    }
}
