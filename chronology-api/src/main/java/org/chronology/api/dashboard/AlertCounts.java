package org.chronology.api.dashboard;

import org.chronology.projections.dashboard.DashboardRepository.Count;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alerts counted for dashboards, by the month they were raised in: by rule, and by how long their agency took to
 * acknowledge them. Each count says how many distinct children it rests on, so that one to four are suppressed.
 */
@Repository
class AlertCounts {

    /** The buckets of time to acknowledge, in order: a case expression numbers them. */
    static final List<String> WAITS = List.of("under 1 hour", "1 to 24 hours", "over 24 hours", "not acknowledged");
    private static final String WAIT = "CASE WHEN acknowledged_at IS NULL THEN 3"
            + " WHEN acknowledged_at < raised_at + INTERVAL '1' HOUR THEN 0"
            + " WHEN acknowledged_at <= raised_at + INTERVAL '24' HOUR THEN 1 ELSE 2 END";

    private final JdbcTemplate jdbc;

    AlertCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Count> byRule(LocalDate from, LocalDate to) {
        List<Object> args = new ArrayList<>();
        return jdbc.query("SELECT rule, COUNT(*), COUNT(DISTINCT child_id) FROM alert WHERE " + period(from, to, args)
                        + " GROUP BY rule ORDER BY rule",
                (rs, i) -> Count.of(rs.getString(1), rs.getLong(2), rs.getLong(3)), args.toArray());
    }

    /** Every bucket, in order, a bucket with no alerts as zero. */
    List<Count> byTimeToAcknowledge(LocalDate from, LocalDate to) {
        List<Object> args = new ArrayList<>();
        Map<Integer, Count> counted = new TreeMap<>();
        jdbc.query("SELECT wait, COUNT(*), COUNT(DISTINCT child_id) FROM (SELECT " + WAIT + " AS wait, child_id"
                        + " FROM alert WHERE " + period(from, to, args) + ") waits GROUP BY wait",
                rs -> {
                    int wait = rs.getInt(1);
                    counted.put(wait, Count.of(WAITS.get(wait), rs.getLong(2), rs.getLong(3)));
                }, args.toArray());
        List<Count> counts = new ArrayList<>();
        for (int wait = 0; wait < WAITS.size(); wait++) {
            counts.add(counted.getOrDefault(wait, Count.of(WAITS.get(wait), 0, 0)));
        }
        return counts;
    }

    /** Raised from the start of {@code from} to the end of {@code to} (UTC), either end open when null. */
    private static String period(LocalDate from, LocalDate to, List<Object> args) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (from != null) {
            where.append(" AND raised_at >= ?");
            args.add(Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (to != null) {
            where.append(" AND raised_at < ?");
            args.add(Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        return where.toString();
    }
}
