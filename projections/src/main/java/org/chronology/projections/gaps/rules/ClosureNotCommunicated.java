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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

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

    /** Entries that can tell an agency something: information, notices and meetings. */
    private static final String[] TELLING = Stream.concat(Arrays.stream(Partners.MEETINGS_AND_EXCHANGES),
            Stream.of("case.closed", "written_agreement.made")).toArray(String[]::new);
    /** Reopenings and partners' writing to the lead agency, after a closure. */
    private static final String[] LATER = Stream.concat(REOPENING.stream(),
            Stream.of("info.shared", "info.requested", "escalation.raised", "conference.requested"))
            .distinct().toArray(String[]::new);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        Span lookback = parameters.span("L");
        List<Finding> findings = new ArrayList<>();
        List<CaseEvent> telling = file.events(TELLING);
        List<CaseEvent> later = null;
        for (CaseEvent closure : file.own("case.closed")) {
            if (!file.byLead(closure) || !Timing.overdue(closure, within, file.calendar(), asOf)) {
                continue;
            }
            LocalDate day = closure.earliest();
            Set<String> told = Partners.named(closure, "partnersNotified");
            for (CaseEvent e : Partners.within(telling, closure.earliest(),
                    Timing.deadline(closure, within, file.calendar()))) {
                if (e != closure && fromLead(file, e)) {
                    told.addAll(Partners.recipients(e));
                    told.addAll(Partners.named(e, "attended"));
                }
            }
            Map<String, List<CaseEvent>> uninformed = new LinkedHashMap<>();
            file.involvement(lookback.before(day, file.calendar()), day).forEach((agency, events) -> {
                if (!closure.agencies().contains(agency) && Partners.partner(file, agency) && !told.contains(agency)) {
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
            if (later == null) {
                later = file.events(LATER);
            }
            for (CaseEvent writing : writingAsIfOpen(file, later, closure, uninformed.keySet())) {
                evidence.add(writing.eventId());
                acting.add(writing.agency() + " (" + writing.eventId() + " " + writing.when() + ")");
            }
            if (!acting.isEmpty()) {
                sentence += "; later written to as an open case by " + Explanations.list(acting, "and");
            }
            findings.add(Finding.of(this, Severity.MEDIUM, closure, uninformed.keySet(), evidence, sentence + "."));
        }
        return findings;
    }

    /** The first entry of each uninformed agency that writes to the lead agency after the closure, before reopening. */
    private static List<CaseEvent> writingAsIfOpen(CaseFile file, List<CaseEvent> candidates, CaseEvent closure,
                                                   Set<String> uninformed) {
        Map<String, CaseEvent> first = new LinkedHashMap<>();
        for (CaseEvent later : candidates) {
            if (!later.earliest().isAfter(closure.earliest())) {
                continue;
            }
            if (REOPENING.contains(later.type()) && file.byLead(later)) {
                break;
            }
            if (later.is("info.shared", "info.requested", "escalation.raised", "conference.requested")
                    && Partners.anyRecipient(later, file::isLead)) {
                Partners.senders(later).stream().filter(uninformed::contains).forEach(a -> first.putIfAbsent(a, later));
            }
        }
        return List.copyOf(first.values());
    }

    /** Whether the lead agency recorded, acted in or sent {@code event}. */
    private static boolean fromLead(CaseFile file, CaseEvent event) {
        return file.byLead(event) || Partners.anySender(event, file::isLead);
    }
}
