package org.chronology.projections.dashboard;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Aggregate figures for dashboards: counts only, never a person, a summary or free text. */
@Repository
public class DashboardRepository {

    private final JdbcTemplate jdbc;

    public DashboardRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Count(String key, long count) {
    }

    public record Totals(long children, long entries, long findings, long agencies) {
    }

    public List<Count> findingsByRule(LocalDate from, LocalDate to) {
        List<Object> args = new ArrayList<>();
        String where = period("f.occurred_on", from, to, args);
        return jdbc.query("SELECT rule, COUNT(*) FROM finding f WHERE " + where + " GROUP BY rule ORDER BY rule",
                (rs, i) -> new Count(rs.getString(1), rs.getLong(2)), args.toArray());
    }

    public List<Count> findingsByAgency(LocalDate from, LocalDate to) {
        List<Object> args = new ArrayList<>();
        String where = period("f.occurred_on", from, to, args);
        return jdbc.query("SELECT a.agency, COUNT(*) FROM finding f JOIN finding_agency a ON a.child_id = f.child_id"
                        + " AND a.seq = f.seq WHERE " + where + " GROUP BY a.agency ORDER BY a.agency",
                (rs, i) -> new Count(rs.getString(1), rs.getLong(2)), args.toArray());
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
        return monthly("occurred_on", "finding", where, args);
    }

    /** Missed appointments per month, a trend of engagement. */
    public List<Count> missedAppointmentsByMonth(LocalDate from, LocalDate to) {
        List<Object> args = new ArrayList<>();
        String where = "event_type = 'appointment.missed' AND status <> 'retracted' AND "
                + period("occurred_from", from, to, args);
        return monthly("occurred_from", "timeline_entry", where, args);
    }

    public Totals totals() {
        return new Totals(
                count("SELECT COUNT(DISTINCT person_id) FROM timeline_person WHERE is_child = TRUE"),
                count("SELECT COUNT(*) FROM timeline_entry"),
                count("SELECT COUNT(*) FROM finding"),
                count("SELECT COUNT(*) FROM agency"));
    }

    private List<Count> monthly(String column, String table, String where, List<Object> args) {
        String year = "EXTRACT(YEAR FROM " + column + ")";
        String month = "EXTRACT(MONTH FROM " + column + ")";
        return jdbc.query("SELECT " + year + ", " + month + ", COUNT(*) FROM " + table + " WHERE " + where
                        + " GROUP BY " + year + ", " + month + " ORDER BY " + year + ", " + month,
                (rs, i) -> new Count(String.format("%04d-%02d", rs.getInt(1), rs.getInt(2)), rs.getLong(3)),
                args.toArray());
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
