package org.chronology.projections.dashboard;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Aggregate figures for dashboards: counts only, never a person, a summary or free text. A count resting on
 * one to four children is suppressed, as official children's social care statistics do, so that no figure,
 * nor any combination of filters, points at one child.
 */
@Repository
public class DashboardRepository {

    private final JdbcTemplate jdbc;

    public DashboardRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts resting on fewer children than this (but more than none) are suppressed. */
    public static final int SMALLEST_SHOWN = 5;

    /** {@code count} is {@code null} when {@code suppressed}. */
    public record Count(String key, Long count, boolean suppressed) {

        /** {@code count} things concerning {@code children} distinct children. */
        public static Count of(String key, long count, long children) {
            return DashboardRepository.suppressed(children) ? new Count(key, null, true) : new Count(key, count, false);
        }
    }

    /** {@code children} and {@code findings} are {@code null} when suppressed. */
    public record Totals(Long children, long entries, Long findings, long agencies) {
    }

    public static boolean suppressed(long children) {
        return children > 0 && children < SMALLEST_SHOWN;
    }

    public List<Count> findingsByRule(LocalDate from, LocalDate to) {
        List<Object> args = new ArrayList<>();
        String where = period("f.occurred_on", from, to, args);
        return jdbc.query("SELECT rule, COUNT(*), COUNT(DISTINCT child_id) FROM finding f WHERE " + where
                        + " GROUP BY rule ORDER BY rule",
                (rs, i) -> Count.of(rs.getString(1), rs.getLong(2), rs.getLong(3)), args.toArray());
    }

    public List<Count> findingsByAgency(LocalDate from, LocalDate to) {
        List<Object> args = new ArrayList<>();
        String where = period("f.occurred_on", from, to, args);
        return jdbc.query("SELECT a.agency, COUNT(*), COUNT(DISTINCT f.child_id) FROM finding f JOIN finding_agency a"
                        + " ON a.child_id = f.child_id AND a.seq = f.seq WHERE " + where
                        + " GROUP BY a.agency ORDER BY a.agency",
                (rs, i) -> Count.of(rs.getString(1), rs.getLong(2), rs.getLong(3)), args.toArray());
    }

    /** Findings per month of the gap's date ({@code 2018-03}), optionally for one rule and one agency. */
    public List<Count> findingsByMonth(String rule, String agency, LocalDate from, LocalDate to) {
        List<Object> args = new ArrayList<>();
        String where = period("occurred_on", from, to, args);
        if (rule != null) {
            where += " AND rule = ?";
            args.add(rule);
        }
        if (agency != null) {
            where += " AND EXISTS (SELECT 1 FROM finding_agency a WHERE a.child_id = finding.child_id"
                    + " AND a.seq = finding.seq AND a.agency = ?)";
            args.add(agency);
        }
        return monthly("occurred_on", "finding", "child_id", where, args);
    }

    /** Missed appointments per month, a trend of engagement. */
    public List<Count> missedAppointmentsByMonth(LocalDate from, LocalDate to) {
        List<Object> args = new ArrayList<>();
        String where = "event_type = 'appointment.missed' AND status <> 'retracted' AND "
                + period("occurred_from", from, to, args);
        return monthly("occurred_from", "timeline_entry", "children", where, args);
    }

    public Totals totals() {
        long children = count("SELECT COUNT(DISTINCT person_id) FROM timeline_person WHERE is_child = TRUE");
        long judged = count("SELECT COUNT(DISTINCT child_id) FROM finding");
        return new Totals(suppressed(children) ? null : children, count("SELECT COUNT(*) FROM timeline_entry"),
                suppressed(judged) ? null : count("SELECT COUNT(*) FROM finding"),
                count("SELECT COUNT(*) FROM agency"));
    }

    /** Counts per month, each with the distinct values of {@code childColumn} behind it. */
    private List<Count> monthly(String column, String table, String childColumn, String where, List<Object> args) {
        String year = "EXTRACT(YEAR FROM " + column + ")";
        String month = "EXTRACT(MONTH FROM " + column + ")";
        return jdbc.query("SELECT " + year + ", " + month + ", COUNT(*), COUNT(DISTINCT " + childColumn + ") FROM "
                        + table + " WHERE " + where + " GROUP BY " + year + ", " + month + " ORDER BY " + year + ", "
                        + month,
                (rs, i) -> Count.of(String.format("%04d-%02d", rs.getInt(1), rs.getInt(2)), rs.getLong(3),
                        rs.getLong(4)), args.toArray());
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    /** The condition that {@code column} lies in {@code [from, to]}, either end open when {@code null}. */
    private static String period(String column, LocalDate from, LocalDate to, List<Object> args) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (from != null) {
            where.append(" AND ").append(column).append(" >= ?");
            args.add(Date.valueOf(from));
        }
        if (to != null) {
            where.append(" AND ").append(column).append(" <= ?");
            args.add(Date.valueOf(to));
        }
        return where.toString();
    }
}
