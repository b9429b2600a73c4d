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
import java.util.LinkedHashSet;
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
            "A case.closed for the child by CSC or its front door, where an agency active for the child or "
                + "household in the L before the closure (other than the closing agencies; family informants, "
                + "review bodies, courts, LA legal and UNSPECIFIED not counted) is neither in details."
                + "partnersNotified or details.knownTo (not stated means nobody was told) nor named as recipient "
                + "(to, sharedWith, partnersNotified, attended, copiedTo, knownTo) of an entry by a lead agency "
                + "that can have happened from the closure to N after it; fires once N has passed from the last day "
                + "the closure can have happened. Also fires, without waiting, when a later entry by another "
                + "agency, before any reopening, states that it was unaware of the closure (details."
                + "unawareOfClosure, assumedCaseOpen, believedCaseOpen or assumedOpen true). One finding per closure.",
            "A case.closed for the child by CSC or its front door, where an agency active for the child or "
                + "household in the L before the closure (other than the closing agencies; family informants, "
                + "review bodies, courts, LA legal and UNSPECIFIED not counted) is neither in details."
                + "partnersNotified or details.knownTo (not stated means nobody was told) nor named as recipient "
                + "(to, sharedWith, partnersNotified, attended, copiedTo, knownTo) of an entry by a lead agency "
                + "that can have happened from the closure to N after it; fires once N has passed from the last day "
                + "the closure can have happened. Also fires, without waiting, when a later entry by another "
                + "agency, before any reopening, states that it was unaware of the closure (details."
                + "unawareOfClosure, assumedCaseOpen, believedCaseOpen or assumedOpen true). One finding per closure.",
            List.of(
                new Parameter("N", "5wd", "time after the closure within which active agencies should be told"),
                new Parameter("L", "90d", "how far before the closure involvement makes an agency active (design)")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private static final List<String> RECIPIENT_FIELDS = List.of("to", "sharedWith", "partnersNotified", "attended",
            "copiedTo", "knownTo");
    private static final List<String> UNAWARE_FLAGS = List.of("unawareOfClosure", "assumedCaseOpen", "believedCaseOpen",
            "assumedOpen");
    private static final Set<String> REOPENING = Set.of("case.opened", "case.reopened", "referral.decision",
            "assessment.started", "strategy.discussion", "strategy.meeting", "s47.started", "cin_plan.started",
            "cp_plan.started");

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        Span lookback = parameters.span("L");
        List<Finding> findings = new ArrayList<>();
        for (CaseEvent closure : file.own()) {
            if (!closure.is("case.closed") || !file.byLead(closure)) {
                continue;
            }
            LocalDate day = closure.earliest();
            Map<String, List<CaseEvent>> uninformed = new LinkedHashMap<>();
            if (Timing.overdue(closure, within, file.calendar(), asOf)) {
                Set<String> notified = file.agencyCodes(closure, "partnersNotified");
                notified.addAll(file.agencyCodes(closure, "knownTo"));
                file.involvement(lookback.before(day, file.calendar()), day).forEach((agency, events) -> {
                    if (!closure.agencies().contains(agency) && Partners.expected(file, agency)
                            && !notified.contains(agency) && Timing.respondedWithin(closure, within,
                            file.calendar(), file.events(), e -> told(file, e, agency)).isEmpty()) {
                        uninformed.put(agency, events);
                    }
                });
            }
            Map<String, CaseEvent> unaware = new LinkedHashMap<>();
            List<CaseEvent> events = file.events();
            for (int i = events.indexOf(closure) + 1; i < events.size(); i++) {
                CaseEvent later = events.get(i);
                if (REOPENING.contains(later.type()) && file.byLead(later)) {
                    break;
                }
                if (UNAWARE_FLAGS.stream().anyMatch(f -> Boolean.TRUE.equals(later.flag(f)))) {
                    later.agencies().stream().filter(a -> !closure.agencies().contains(a)).findFirst()
                            .ifPresent(a -> unaware.putIfAbsent(a, later));
                }
            }
            if (uninformed.isEmpty() && unaware.isEmpty()) {
                continue;
            }
            Set<String> agencies = new LinkedHashSet<>(uninformed.keySet());
            agencies.addAll(unaware.keySet());
            List<String> evidence = new ArrayList<>(List.of(closure.eventId()));
            List<String> phrases = new ArrayList<>();
            uninformed.forEach((agency, active) -> {
                active.forEach(e -> evidence.add(e.eventId()));
                phrases.add(agency + " (involved in the " + lookback.describe() + " before: "
                        + Explanations.entries(active) + ")");
            });
            unaware.forEach((agency, later) -> evidence.add(later.eventId()));
            String sentence = "The closure of " + closure.when() + " by " + closure.agency();
            if (!uninformed.isEmpty()) {
                sentence += " was not communicated within " + within.describe() + " to "
                        + Explanations.list(phrases, "or");
            }
            if (!unaware.isEmpty()) {
                List<String> acting = new ArrayList<>();
                unaware.forEach((agency, later) ->
                        acting.add(agency + " (" + later.eventId() + " " + later.when() + ")"));
                sentence += (uninformed.isEmpty() ? " was" : ", and") + " later treated as an open case by "
                        + Explanations.list(acting, "and");
            }
            findings.add(Finding.of(this, Severity.MEDIUM, closure, agencies, evidence, sentence + "."));
        }
        return findings;
    }

    /** Whether {@code event} is the lead agency telling {@code agency} something: a closure notice, at the least. */
    private static boolean told(CaseFile file, CaseEvent event, String agency) {
        Set<String> by = new LinkedHashSet<>(event.agencies());
        by.addAll(file.agencyCodes(event, "from"));
        if (by.stream().noneMatch(file::isLead)) {
            return false;
        }
        for (String field : RECIPIENT_FIELDS) {
            if (file.agencyCodes(event, field).contains(agency)) {
                return true;
            }
        }
        return false;
    }
}
