package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Category;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.GapRule;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.RuleInfo;
import org.chronology.projections.gaps.Severity;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** domain.md §c rule 40; motivated by Child O LP10 (a case reopened after a police incident and closed unseen). */
@Component
public class ReopenWithoutVisit implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("REOPEN_WITHOUT_VISIT", Category.ENGAGEMENT,
            "The lead agency reopened the child's case and closed it again with no home visit at which the child was "
                + "seen and no exchange with another agency in between (no information shared with or asked of "
                + "another agency, no checks, strategy discussion or multi-agency meeting). One finding per reopening, "
                + "pointing at the closure. Read generously: a visit or exchange counts if it can have happened "
                + "between the reopening and the closure.",
            "case.reopened (or case.opened after an earlier case.closed) and case.closed by a lead agency (sector "
                + "la.csc or la.frontdoor); visit.home with details.outcome seen or details.childSeen true (or no "
                + "outcome stated); info.shared / info.requested (details.from, details.to), checks.completed, "
                + "strategy.discussion / strategy.meeting, and meetings (meeting.*, conference.*) whose "
                + "details.invited or attended name another agency.",
            List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        List<Finding> findings = new ArrayList<>();
        CaseEvent reopened = null;
        boolean closedBefore = false;
        for (CaseEvent event : file.own()) {
            if (!file.byLead(event)) {
                continue;
            }
            if (event.is("case.reopened") || (event.is("case.opened") && closedBefore)) {
                reopened = event;
            } else if (event.is("case.closed")) {
                closedBefore = true;
                CaseEvent from = reopened;
                if (from != null && file.own().stream()
                        .noneMatch(e -> e != from && e != event && sawOrExchanged(file, e, from, event))) {
                    findings.add(Finding.of(this, Severity.MEDIUM, event, event.agencies(),
                            List.of(event.eventId(), from.eventId()), event.agency() + " closed the case on "
                                    + event.when() + " after reopening it on " + from.when() + ", with no home "
                                    + "visit seeing the child and no exchange with another agency between "
                                    + from.when() + " and " + event.when() + "."));
                }
                reopened = null;
            }
        }
        return findings;
    }

    private static boolean sawOrExchanged(CaseFile file, CaseEvent e, CaseEvent from, CaseEvent to) {
        if (e.latest().isBefore(from.earliest()) || e.earliest().isAfter(to.latest())) {
            return false;
        }
        if (e.is("visit.home")) {
            return Engagement.seen(e) || (!e.stated("outcome") && !Boolean.FALSE.equals(e.flag("childSeen")));
        }
        if (e.is("info.shared", "info.requested", "checks.completed", "strategy.discussion", "strategy.meeting")) {
            return true;
        }
        if (e.type().startsWith("meeting.") || e.type().startsWith("conference.")) {
            return Partners.present(file, e).stream().anyMatch(a -> !file.isLead(a) && file.isPractitionerAgency(a));
        }
        return e.agencies().stream().anyMatch(a -> !file.isLead(a) && file.isPractitionerAgency(a))
                && e.is("referral.made", "escalation.raised", "escalation.responded");
    }
}
