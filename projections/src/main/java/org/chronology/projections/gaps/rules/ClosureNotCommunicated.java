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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * domain.md §c rule 13; motivated by Child O §4.4, §5.2 and LP10 (a closure partners did not hear of; a health
 * visitor still writing to a closed case).
 */
@Component
public class ClosureNotCommunicated implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("CLOSURE_NOT_COMMUNICATED", Category.INFORMATION_SHARING,
            "Children's social care or its front door closes the child's case, and a partner agency active for the "
                + "child or household in the L before the closure is not told within N: it is not among the partners "
                + "the closure records as notified, and no entry of the lead agency's names it as recipient (to, "
                + "sharedWith, copiedTo, partnersNotified) or attendee from the closure to N after the closure's last "
                + "possible day. Fires once N has passed. Where such an agency later writes to the lead agency before "
                + "any reopening, as if the case were open, the finding cites it. One finding per closure.",
            "case.closed by la.csc or la.frontdoor with details.partnersNotified (agency codes; not stated means "
                + "nobody was told); every agency's entries for the child and household with their dates; lead-agency "
                + "info.shared, meetings and other entries naming recipients or attendees; partners' info.shared, "
                + "info.requested, escalation.raised and conference.requested to the lead agency after the closure.",
            List.of(
                new Parameter("N", "5wd", "time after the closure within which active agencies should be told"),
                new Parameter("L", "90d", "how far before the closure involvement makes an agency active (design)")));

    /** Lead-agency entries that show the case open again. */
    private static final Set<String> REOPENING = Set.of("case.opened", "case.reopened", "referral.decision",
            "assessment.started", "strategy.discussion", "strategy.meeting", "s47.started", "cin_plan.started",
            "cp_plan.started");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        Span lookback = parameters.span("L");
        List<Finding> findings = new ArrayList<>();
        for (CaseEvent closure : file.own()) {
            if (!closure.is("case.closed") || !file.byLead(closure)
                    || !Timing.overdue(closure, within, file.calendar(), asOf)) {
                continue;
            }
            LocalDate day = closure.earliest();
            Set<String> notified = Partners.named(closure, "partnersNotified");
            Map<String, List<CaseEvent>> uninformed = new LinkedHashMap<>();
            file.involvement(lookback.before(day, file.calendar()), day).forEach((agency, events) -> {
                if (!closure.agencies().contains(agency) && Partners.partner(file, agency)
                        && !notified.contains(agency) && Timing.respondedWithin(closure, within,
                        file.calendar(), file.events(), e -> told(file, e, agency)).isEmpty()) {
                    uninformed.put(agency, events);
                }
            });
            if (uninformed.isEmpty()) {
                continue;
            }
            List<String> evidence = new ArrayList<>(List.of(closure.eventId()));
            List<String> phrases = Partners.describe(uninformed, "in the " + lookback.describe() + " before", evidence);
            LocalDate deadline = Timing.deadline(closure, within, file.calendar());
            String sentence = "The closure of " + closure.when() + " (" + closure.eventId() + ") by " + closure.agency()
                    + " was not communicated to " + Explanations.list(phrases, "or") + ": no notice "
                    + Partners.between(closure.earliest(), deadline);
            List<String> acting = new ArrayList<>();
            for (CaseEvent later : writingAsIfOpen(file, closure, uninformed.keySet())) {
                evidence.add(later.eventId());
                acting.add(later.agency() + " (" + later.eventId() + " " + later.when() + ")");
            }
            if (!acting.isEmpty()) {
                sentence += "; later written to as an open case by " + Explanations.list(acting, "and");
            }
            findings.add(Finding.of(this, Severity.MEDIUM, closure, uninformed.keySet(), evidence, sentence + "."));
        }
        return findings;
    }

    /** The first entry of each uninformed agency that writes to the lead agency after the closure, before reopening. */
    private static List<CaseEvent> writingAsIfOpen(CaseFile file, CaseEvent closure, Set<String> uninformed) {
        Map<String, CaseEvent> first = new LinkedHashMap<>();
        List<CaseEvent> events = file.events();
        for (int i = events.indexOf(closure) + 1; i < events.size(); i++) {
            CaseEvent later = events.get(i);
            if (REOPENING.contains(later.type()) && file.byLead(later)) {
                break;
            }
            if (later.is("info.shared", "info.requested", "escalation.raised", "conference.requested")
                    && Partners.recipients(later).stream().anyMatch(file::isLead)) {
                Partners.senders(later).stream().filter(uninformed::contains).forEach(a -> first.putIfAbsent(a, later));
            }
        }
        return List.copyOf(first.values());
    }

    /** Whether {@code event} is the lead agency telling {@code agency} something: a closure notice, at the least. */
    private static boolean told(CaseFile file, CaseEvent event, String agency) {
        if (event.agencies().stream().noneMatch(file::isLead) && Partners.senders(event).stream().noneMatch(file::isLead)) {
            return false;
        }
        return Partners.recipients(event).contains(agency) || Partners.named(event, "attended").contains(agency);
    }
}
