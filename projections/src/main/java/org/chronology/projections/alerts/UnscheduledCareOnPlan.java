package org.chronology.projections.alerts;

import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Parameters;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * As the NHS Child Protection - Information Sharing service does: a child on a plan, looked after, or unborn
 * with a pre-birth plan, attends unscheduled care, and the lead agency hears of it at once.
 */
@Component
public class UnscheduledCareOnPlan implements AlertRule {

    public static final String NAME = "UNSCHEDULED_CARE_ON_PLAN";

    private static final AlertRuleInfo INFO = new AlertRuleInfo(NAME,
            "A child on a child protection plan, looked after, or unborn with a pre-birth plan attends unscheduled "
                + "care.",
            "hospital.ed_attendance naming the child, in any setting (details.setting: an emergency department "
                + "when not stated, an urgent treatment centre, minor injuries unit, walk-in centre or out-of-hours "
                + "GP); the status: cp_plan.started with no "
                + "cp_plan.ended since; child.accommodated, placement.started or lac.review with no case.closed by "
                + "a lead agency since; or an expected delivery (person.recorded expectedDelivery, an assessment's "
                + "edd), no birth yet, and cin_plan.started with no cin_plan.ended since.",
            List.of(Recent.PARAMETER));

    @Override
    public AlertRuleInfo info() {
        return INFO;
    }

    @Override
    public List<AlertSignal> judge(CaseFile file, CaseEvent recorded, LocalDate today, Parameters parameters) {
        if (!recorded.is("hospital.ed_attendance") || !recorded.children().contains(file.childId())
                || !Recent.enough(file, recorded, today, parameters)) {
            return List.of();
        }
        return Protection.statusAt(file, recorded)
                .map(status -> List.of(AlertSignal.of(this, status, file.childId(), recorded))).orElse(List.of());
    }
}
