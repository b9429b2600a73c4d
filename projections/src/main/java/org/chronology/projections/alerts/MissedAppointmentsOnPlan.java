package org.chronology.projections.alerts;

import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Parameter;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.rules.Engagement;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * A child on a plan misses a third appointment within the window (Child O, §5.11: four follow-ups missed and
 * nobody told). Alerts once, on the entry that reaches the count; later misses are the gap finding's to report.
 */
@Component
public class MissedAppointmentsOnPlan implements AlertRule {

    private static final AlertRuleInfo INFO = new AlertRuleInfo("MISSED_APPOINTMENTS_ON_PLAN",
            "A child on a child protection plan, looked after or unborn with a pre-birth plan misses the K-th "
                + "contact within W.",
            "appointment.missed (not cancelled), or visit.home, contact.in_person, contact.remote or "
                + "appointment.attended with details.outcome no_access, no_answer, not_seen, was_not_brought, "
                + "did_not_attend or declined, naming the child; details.count for several; the status as "
                + "UNSCHEDULED_CARE_ON_PLAN reads it.",
            List.of(new Parameter("K", "3", "missed contacts that alert"),
                    new Parameter("W", "90d", "window the missed contacts fall in"), Recent.PARAMETER));

    @Override
    public AlertRuleInfo info() {
        return INFO;
    }

    @Override
    public List<AlertSignal> judge(CaseFile file, CaseEvent recorded, LocalDate today, Parameters parameters) {
        if (!recorded.children().contains(file.childId()) || !Engagement.missed(recorded)
                || !Recent.enough(file, recorded, today, parameters)) {
            return List.of();
        }
        int k = parameters.count("K");
        LocalDate from = parameters.span("W").before(recorded.latest(), file.calendar());
        int missed = file.own().stream().filter(e -> e != recorded && Engagement.missed(e)
                        && !e.latest().isBefore(from) && !e.earliest().isAfter(recorded.latest()))
                .mapToInt(Engagement::occurrences).sum();
        if (missed >= k || missed + Engagement.occurrences(recorded) < k) {
            return List.of();
        }
        return Protection.statusAt(file, recorded)
                .map(status -> List.of(AlertSignal.of(this, status, file.childId(), recorded))).orElse(List.of());
    }
}
