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
import org.chronology.projections.gaps.Timing;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** domain.md §c rule 21; motivated by Baby E §1.2.2 and §4.3, Child O §7.4.3 and LP3 (a new partner unassessed). */
@Component
public class HouseholdChangeUnassessed implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("HOUSEHOLD_CHANGE_UNASSESSED", Category.RESPONSE_TO_HARM,
            "Someone joined the child's household while children's social care was involved, and within N there were "
                + "no agency checks on that person, or no update of the child's assessment (an assessment, strategy "
                + "discussion, conference or new plan). One finding per change. Read generously: checks and updates "
                + "count if they can have happened from the change's first possible day to N after its last, and the "
                + "rule decides once N has passed. Whether the newcomer is linked to other children's protection plans "
                + "(when a conference must be considered) is outside this household's record and needs a reviewer.",
            "household.change with details.change = joined (or not stated) and details.subject (else the envelope's "
                + "adults) the person who joined; involvement of the lead agency: an entry in the 90 days up to the "
                + "change recorded by it or sent to it. Checks: checks.completed whose details.subject or adults name "
                + "the person. Update, naming the child: assessment.started / assessment.completed (other than "
                + "details.kind dash_risk), strategy.discussion / strategy.meeting, conference.initial / "
                + "conference.review, cp_plan.started, cin_plan.started, legal.planning_meeting.",
            List.of(new Parameter("N", "10wd", "time within which the newcomer is checked and the assessment updated")));

    private static final int INVOLVEMENT_DAYS = 90;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        List<Finding> findings = new ArrayList<>();
        List<CaseEvent> changes = Injuries.select(file.events(), c -> c.is("household.change")
                && !"left".equals(c.text("change")) && Timing.overdue(c, within, file.calendar(), asOf));
        if (changes.isEmpty()) {
            return findings;
        }
        List<CaseEvent> leadKnew = Injuries.select(file.events(), e -> Injuries.leadKnows(file, e));
        List<CaseEvent> checks = Injuries.select(file.events(), e -> e.is("checks.completed"));
        List<CaseEvent> updates = Injuries.select(file.own(), RiskSignalsUnassessed::response);
        for (CaseEvent change : changes) {
            if (Injuries.between(leadKnew, change.earliest().minusDays(INVOLVEMENT_DAYS), change.latest()).isEmpty()) {
                continue;
            }
            Set<String> newcomers = new LinkedHashSet<>();
            if (change.text("subject") != null) {
                newcomers.add(change.text("subject"));
            } else {
                newcomers.addAll(change.adults());
            }
            boolean checked = Timing.respondedWithin(change, within, file.calendar(), checks,
                    e -> e.is("checks.completed") && (newcomers.isEmpty() || newcomers.contains(e.text("subject"))
                            || e.adults().stream().anyMatch(newcomers::contains))).isPresent();
            boolean updated = Timing.respondedWithin(change, within, file.calendar(), updates, e -> true).isPresent();
            if (checked && updated) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            if (!checked) {
                missing.add("no agency checks on " + (newcomers.isEmpty() ? "the newcomer" : String.join(", ", newcomers)));
            }
            if (!updated) {
                missing.add("no update of the child's assessment");
            }
            findings.add(Finding.of(this, Severity.MEDIUM, change, change.agencies(), List.of(change.eventId()),
                    (newcomers.isEmpty() ? "Someone" : String.join(", ", newcomers)) + " joined the household on "
                            + change.when() + " (recorded by " + change.agency() + "), and there were "
                            + String.join(" and ", missing) + " between " + change.when() + " and "
                            + Timing.deadline(change, within, file.calendar()) + "."));
        }
        return findings;
    }
}
