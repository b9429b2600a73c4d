package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Category;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.GapRule;
import org.chronology.projections.gaps.Parameter;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.RuleInfo;
import org.chronology.projections.gaps.Severity;
import org.chronology.projections.gaps.Span;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** domain.md §c rule 42; motivated by Baby L §1.11 (a CP plan ended without evidence of sustained change). */
@Component
public class CpPlanEndedEarly implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("CP_PLAN_ENDED_EARLY", Category.RESPONSE_TO_HARM,
            "A child protection plan ended less than M after it started, or the child was referred again to the lead "
                + "agency (or a new plan or initial conference followed) within R of its end: proxies for change that "
                + "was not sustained, which the rule cannot judge itself. A plan that ended because the child became "
                + "looked after is not counted. Read generously: the plan counts as short only if it lasted less than "
                + "M however its imprecise dates are read, and a re-referral only if it certainly came within R. One "
                + "finding per ended plan, pointing at its end.",
            "cp_plan.started and cp_plan.ended (or a conference.initial / conference.review with details.outcome "
                + "cp_plan as the start); referral.made to a lead agency (details.referredTo of sector la.csc or "
                + "la.frontdoor), a later cp_plan.started or conference.initial; child.accommodated, placement.started "
                + "(details.placementType other than placement_with_parents) and court.order (details.order ico, "
                + "care_order, placement_order) for a child who became looked after.",
            List.of(new Parameter("M", "6m", "shortest plan that is not counted as ended early"),
                new Parameter("R", "6m", "time after the end within which a re-referral counts")));

    private static final Set<String> CARE = Set.of("ico", "care_order", "placement_order");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span shortest = parameters.span("M");
        Span reReferral = parameters.span("R");
        List<CaseEvent> own = file.own();
        List<Finding> findings = new ArrayList<>();
        CaseEvent started = null;
        for (int i = 0; i < own.size(); i++) {
            CaseEvent event = own.get(i);
            boolean planDecided = event.is("conference.initial", "conference.review")
                    && "cp_plan".equals(Referrals.code(event, "outcome"));
            if (event.is("cp_plan.started") || planDecided) {
                if (started == null) {
                    started = event; // the plan runs from the first of the decision and the recorded start
                }
                continue;
            }
            if (!event.is("cp_plan.ended")) {
                continue;
            }
            CaseEvent start = started;
            started = null;
            if (start != null && lookedAfter(own, start, event)) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            List<String> evidence = new ArrayList<>(List.of(event.eventId()));
            if (start != null && event.latest().isBefore(shortest.after(start.earliest(), file.calendar()))) {
                evidence.add(start.eventId());
                long days = ChronoUnit.DAYS.between(start.earliest(), event.latest());
                reasons.add("it had lasted at most " + days + " days since " + start.when() + " (less than "
                        + shortest.describe() + ")");
            }
            LocalDate within = reReferral.after(event.earliest(), file.calendar());
            for (CaseEvent later : own.subList(i + 1, own.size())) {
                if (later.earliest().isAfter(within)) {
                    break;
                }
                if ((file.isReferralToLead(later) || later.is("cp_plan.started", "conference.initial"))
                        && !later.latest().isAfter(within)) {
                    evidence.add(later.eventId());
                    reasons.add("the " + Explanations.type(later) + " of " + later.when() + " came within "
                            + reReferral.describe() + " of its end");
                    break;
                }
            }
            if (!reasons.isEmpty()) {
                findings.add(Finding.of(this, Severity.MEDIUM, event, event.agencies(), evidence,
                        "The child protection plan ended on " + event.when() + " although "
                                + String.join(", and ", reasons) + "."));
            }
        }
        return findings;
    }

    private static boolean lookedAfter(List<CaseEvent> own, CaseEvent start, CaseEvent end) {
        return own.stream().anyMatch(e -> !e.latest().isBefore(start.earliest()) && !e.earliest().isAfter(end.latest())
                && (e.is("child.accommodated") || (e.is("placement.started")
                && !"placement_with_parents".equals(Referrals.code(e, "placementType")))
                || (e.is("court.order") && CARE.contains(Referrals.code(e, "order")))));
    }
}
