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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * domain.md §c rule 11; motivated by Child O §7.2.9 and LP6 (a case closed after the family stopped engaging) and
 * Child BF BF1.1 (non-engagement read as raising risk).
 */
@Component
public class ClosureDespiteDisengagement implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("CLOSURE_DESPITE_DISENGAGEMENT", Category.ENGAGEMENT,
            "A case was closed while the family was not engaging: at least K contacts with the child did not happen "
                + "in the W2 before the closure (with the child not seen since by the agency that missed them), or "
                + "the child's household declined at least M services in the W before it. The closure is the lead "
                + "agency's (children's social care or its front door), or another agency's closure of its own "
                + "service when some of the misses or refusals were its own. One finding per episode: the first such closure "
                + "points at the pattern, and a later closure needs new misses or refusals. Only entries that can "
                + "have come before the closure count. Whether the closure was nevertheless justified is a judgement "
                + "the rule leaves to the reader.",
            "case.closed (its recording or acting agency's sector); missed contacts as REPEATED_MISSED_APPOINTMENTS "
                + "reads them (appointment.missed, or details.outcome no_access, no_answer, not_seen, was_not_brought, "
                + "did_not_attend or declined on a visit, contact or attended appointment; details.count); contacts "
                + "at which the child was seen (outcome seen or childSeen); service.declined for the child or a "
                + "household member, with details.provider when another agency provides the service.",
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
        Map<String, List<CaseEvent>> misses = new LinkedHashMap<>();
        Map<String, List<CaseEvent>> declines = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (CaseEvent event : file.events()) {
            boolean own = event.children().contains(file.childId());
            if (own && Engagement.missed(event)) {
                misses.computeIfAbsent(event.agency(), a -> new ArrayList<>()).add(event);
            } else if (own && Engagement.seen(event)) {
                misses.remove(event.agency());
            } else if (event.is("service.declined")) {
                String provider = event.text("provider") != null ? event.text("provider") : event.agency();
                declines.computeIfAbsent(provider, a -> new ArrayList<>()).add(event);
            } else if (own && event.is("case.closed")) {
                LocalDate missesFrom = missWindow.before(event.latest(), file.calendar());
                LocalDate declinesFrom = declineWindow.before(event.latest(), file.calendar());
                // Another agency's closure concerns the pattern only when some of the misses or refusals were its own.
                if (!file.byLead(event) && within(misses, event.agencies(), missesFrom).isEmpty()
                        && within(declines, event.agencies(), declinesFrom).isEmpty()) {
                    continue;
                }
                Set<String> concerned = new LinkedHashSet<>(misses.keySet());
                Set<String> declinedTo = new LinkedHashSet<>(declines.keySet());
                List<CaseEvent> missed = within(misses, concerned, missesFrom);
                List<CaseEvent> declined = within(declines, declinedTo, declinesFrom);
                boolean missPattern = Engagement.occurrences(missed) >= missesNeeded;
                boolean declinePattern = declined.size() >= declinesNeeded;
                if (missPattern || declinePattern) {
                    findings.add(finding(event, missPattern ? missed : List.of(), missWindow,
                            declinePattern ? declined : List.of(), declineWindow));
                    concerned.forEach(misses::remove);
                    declinedTo.forEach(declines::remove);
                }
            }
        }
        return findings;
    }

    private static List<CaseEvent> within(Map<String, List<CaseEvent>> byAgency, Set<String> agencies, LocalDate from) {
        List<CaseEvent> found = new ArrayList<>();
        byAgency.forEach((agency, events) -> {
            if (agencies.contains(agency)) {
                events.stream().filter(e -> !e.earliest().isBefore(from)).forEach(found::add);
            }
        });
        return found;
    }

    private Finding finding(CaseEvent closure, List<CaseEvent> missed, Span missWindow, List<CaseEvent> declined,
                            Span declineWindow) {
        List<String> evidence = new ArrayList<>(List.of(closure.eventId()));
        List<String> reasons = new ArrayList<>();
        if (!missed.isEmpty()) {
            missed.forEach(e -> evidence.add(e.eventId()));
            reasons.add(Engagement.occurrences(missed) + " contacts with the child did not happen in the "
                    + missWindow.describe() + " before (" + Explanations.entries(missed)
                    + ") and the child was not seen since by the agencies that missed them");
        }
        if (!declined.isEmpty()) {
            declined.forEach(e -> evidence.add(e.eventId()));
            reasons.add(declined.size() + " services were declined in the " + declineWindow.describe() + " before ("
                    + Explanations.entries(declined) + ")");
        }
        return Finding.of(this, Severity.HIGH, closure, closure.agencies(), evidence, closure.agency()
                + " closed the case on " + closure.when() + " although " + String.join(", and ", reasons) + ".");
    }
}
