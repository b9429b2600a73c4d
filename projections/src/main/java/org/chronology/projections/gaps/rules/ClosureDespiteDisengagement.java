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
import java.util.ArrayList;
import java.util.List;

/**
 * domain.md §c rule 11; motivated by Child O §7.2.9 and LP6 (a case closed after the family stopped engaging) and
 * Child BF BF1.1 (non-engagement read as raising risk).
 */
@Component
public class ClosureDespiteDisengagement implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("CLOSURE_DESPITE_DISENGAGEMENT", Category.ENGAGEMENT,
            "A case.closed for the child (by any agency) preceded by at least K missed contacts for the child "
                + "within W2 (as REPEATED_MISSED_APPOINTMENTS counts them: appointment.missed, or a visit, contact or "
                + "attended appointment whose details.outcome is no_access, no_answer, not_seen, did_not_attend, "
                + "was_not_brought or unanswered; details.count counts as that many), or by at least M "
                + "service.declined for the child or household within W. Only entries before the closure in the "
                + "timeline and certainly within the window (their first day no earlier than the window before the "
                + "closure's last day) are counted.",
            "A case.closed for the child (by any agency) preceded by at least K missed contacts for the child "
                + "within W2 (as REPEATED_MISSED_APPOINTMENTS counts them: appointment.missed, or a visit, contact or "
                + "attended appointment whose details.outcome is no_access, no_answer, not_seen, did_not_attend, "
                + "was_not_brought or unanswered; details.count counts as that many), or by at least M "
                + "service.declined for the child or household within W. Only entries before the closure in the "
                + "timeline and certainly within the window (their first day no earlier than the window before the "
                + "closure's last day) are counted.",
            List.of(new Parameter("M", "2", "services declined that make disengagement"),
                new Parameter("W", "180d", "window before the closure for declined services"),
                new Parameter("K", "3", "missed contacts that make disengagement"),
                new Parameter("W2", "90d", "window before the closure for missed contacts")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        int declinesNeeded = parameters.count("M");
        Span declineWindow = parameters.span("W");
        int missesNeeded = parameters.count("K");
        Span missWindow = parameters.span("W2");
        List<Finding> findings = new ArrayList<>();
        List<CaseEvent> events = file.events();
        for (CaseEvent closure : file.own()) {
            if (!closure.is("case.closed")) {
                continue;
            }
            int at = events.indexOf(closure);
            LocalDate missesFrom = missWindow.before(closure.latest(), file.calendar());
            LocalDate declinesFrom = declineWindow.before(closure.latest(), file.calendar());
            List<CaseEvent> misses = new ArrayList<>();
            List<CaseEvent> declines = new ArrayList<>();
            for (CaseEvent event : events.subList(0, at)) {
                if (event.children().contains(file.childId()) && event.isMissedContact()
                        && !event.earliest().isBefore(missesFrom)) {
                    misses.add(event);
                }
                if (event.is("service.declined") && !event.earliest().isBefore(declinesFrom)) {
                    declines.add(event);
                }
            }
            int missed = misses.stream().mapToInt(CaseEvent::occurrences).sum();
            int declined = declines.stream().mapToInt(CaseEvent::occurrences).sum();
            boolean missedPattern = missed >= missesNeeded;
            boolean declinedPattern = declined >= declinesNeeded;
            if (!missedPattern && !declinedPattern) {
                continue;
            }
            List<String> evidence = new ArrayList<>(List.of(closure.eventId()));
            List<String> reasons = new ArrayList<>();
            if (missedPattern) {
                misses.forEach(e -> evidence.add(e.eventId()));
                reasons.add(missed + " missed contacts in the " + missWindow.describe() + " before ("
                        + Explanations.entries(misses) + ")");
            }
            if (declinedPattern) {
                declines.forEach(e -> evidence.add(e.eventId()));
                reasons.add(declined + " declined services in the " + declineWindow.describe() + " before ("
                        + Explanations.entries(declines) + ")");
            }
            findings.add(Finding.of(this, Severity.HIGH, closure, List.of(closure.agency()), evidence,
                    "The case was closed by " + closure.agency() + " on " + closure.when() + " despite "
                            + String.join(" and ", reasons) + "."));
        }
        return findings;
    }
}
