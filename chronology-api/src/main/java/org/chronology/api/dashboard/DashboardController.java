package org.chronology.api.dashboard;

import org.chronology.api.web.QueryParameters;
import org.chronology.projections.dashboard.DashboardRepository;
import org.chronology.projections.turnover.TurnoverRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Aggregate figures for dashboards, read from stored findings, turnover (kept current in the background) and alerts,
 * so a request never re-evaluates children. Counts only: no person ids, summaries or free text; counts of one
 * to four children suppressed, and periods in whole months, so that no filter isolates one child.
 */
@RestController
@RequestMapping("/api/v1/dashboard")
class DashboardController {

    private final DashboardRepository dashboard;
    private final TurnoverRepository turnover;
    private final AlertCounts alerts;

    DashboardController(DashboardRepository dashboard, TurnoverRepository turnover, AlertCounts alerts) {
        this.dashboard = dashboard;
        this.turnover = turnover;
        this.alerts = alerts;
    }

    record Counts(String groupedBy, LocalDate from, LocalDate to, List<DashboardRepository.Count> counts) {
    }

    record Distribution(String role, List<Bucket> distribution) {
    }

    /** {@code children} is {@code null} when suppressed. */
    record Bucket(int distinctWorkers, Integer children, boolean suppressed) {
    }

    @GetMapping("/summary")
    DashboardRepository.Totals summary() {
        return dashboard.totals();
    }

    @GetMapping("/findings/by-rule")
    Counts byRule(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate f = monthStart(QueryParameters.date("from", from));
        LocalDate t = monthEnd(QueryParameters.date("to", to));
        return new Counts("rule", f, t, dashboard.findingsByRule(f, t));
    }

    @GetMapping("/findings/by-agency")
    Counts byAgency(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate f = monthStart(QueryParameters.date("from", from));
        LocalDate t = monthEnd(QueryParameters.date("to", to));
        return new Counts("agency", f, t, dashboard.findingsByAgency(f, t));
    }

    @GetMapping("/findings/by-month")
    Counts byMonth(@RequestParam(required = false) String rule, @RequestParam(required = false) String agency,
                   @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate f = monthStart(QueryParameters.date("from", from));
        LocalDate t = monthEnd(QueryParameters.date("to", to));
        if (rule != null && !rule.matches("[A-Z0-9_]{1,64}")) {
            throw org.chronology.api.web.Problem.invalid("rule", "must be a rule name such as SW_TURNOVER");
        }
        String agencyCode = QueryParameters.agency("agency", agency);
        return new Counts("month", f, t, dashboard.findingsByMonth(rule, agencyCode, f, t));
    }

    @GetMapping("/missed-appointments/by-month")
    Counts missedAppointments(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate f = monthStart(QueryParameters.date("from", from));
        LocalDate t = monthEnd(QueryParameters.date("to", to));
        return new Counts("month", f, t, dashboard.missedAppointmentsByMonth(f, t));
    }

    /** Alerts raised in the period, by rule. */
    @GetMapping("/alerts/by-rule")
    Counts alertsByRule(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate f = monthStart(QueryParameters.date("from", from));
        LocalDate t = monthEnd(QueryParameters.date("to", to));
        return new Counts("rule", f, t, alerts.byRule(f, t));
    }

    /** Alerts raised in the period by how long their agency took to acknowledge them, those still open last. */
    @GetMapping("/alerts/by-time-to-acknowledge")
    Counts alertsByTimeToAcknowledge(@RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to) {
        LocalDate f = monthStart(QueryParameters.date("from", from));
        LocalDate t = monthEnd(QueryParameters.date("to", to));
        return new Counts("time to acknowledge", f, t, alerts.byTimeToAcknowledge(f, t));
    }

    @GetMapping("/turnover")
    Distribution turnover(@RequestParam(defaultValue = "SOCIAL_WORKER") String role) {
        Map<Integer, Integer> histogram = turnover.distribution(role);
        return new Distribution(role, histogram.entrySet().stream()
                .map(e -> DashboardRepository.suppressed(e.getValue()) ? new Bucket(e.getKey(), null, true)
                        : new Bucket(e.getKey(), e.getValue(), false)).toList());
    }

    /** Periods are whole months: a day-by-day window could isolate one child's finding. */
    private static LocalDate monthStart(LocalDate date) {
        return date == null ? null : date.withDayOfMonth(1);
    }

    private static LocalDate monthEnd(LocalDate date) {
        return date == null ? null : YearMonth.from(date).atEndOfMonth();
    }
}
