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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * domain.md §c rule 33; motivated by Family T §5.50 and fn10 (the Support Worker's record of Mother's threat never
 * reached her SW; the NNU's observation about Father reached the twins' SW late) and Child O §7.3.5-7.3.7.
 */
@Component
public class InfoNotReachingLead implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("INFO_NOT_REACHING_LEAD", Category.INFORMATION_SHARING,
            "A partner agency A records a concern about the child, or completes an assessment of the child or "
                + "its family (the outcome of which the lead agency needs), while the case is open to children's "
                + "social care or its front door, and it does not reach them within N: A did not record sharing it with "
                + "them, and no information from A to them (shared, referred, escalated, a conference asked for, or "
                + "recorded by them as received from A) and no meeting of theirs that A attended (a professionals' "
                + "meeting or one with the family) can have happened "
                + "from the concern to N after its last possible day. The case is open from a lead-agency entry that "
                + "shows involvement (case opened, assessment, strategy, s47, conference, plan, CIN review, core "
                + "group, looked-after review, placement, allocation, legal planning) until a lead-agency case.closed "
                + "naming the same child. Concerns of one agency that go unshared one after another, each within W "
                + "of the one before, make one finding, at the first; when the information reached them later, the finding says when. Severity is high "
                + "when the concern is of significant harm, injury or abuse.",
            "concern.recorded by a partner (the acting agency) with details.categories and details.sharedWith; "
                + "assessment.completed by a partner; "
                + "info.shared (details.from, details.to), referral.made (details.referredTo), "
                + "escalation.raised, conference.requested and lead-agency meetings (meeting.with_family included) with "
                + "details.attended; lead-agency "
                + "entries that open and close the case; agency sectors (la.csc and la.frontdoor lead).",
            List.of(new Parameter("N", "2wd", "time within which a concern should reach the lead agency"),
                new Parameter("W", "60d", "how close one agency's unshared concerns follow each other to make one finding (design)")));

    /** Lead-agency entries that show the case is open to it. */
    private static final Set<String> INVOLVEMENT = Set.of("case.opened", "case.reopened", "assessment.started",
            "assessment.completed", "strategy.discussion", "strategy.meeting", "s47.started", "s47.concluded",
            "conference.initial", "conference.review", "cin_plan.started", "cp_plan.started", "meeting.cin_review",
            "meeting.core_group", "lac.review", "child.accommodated", "placement.started", "worker.allocated",
            "legal.planning_meeting", "legal.plo_started", "court.application");
    /** A meeting with the family: one the lead agency held and the partner attended carries what it knew too. */
    private static final String WITH_FAMILY = "meeting.with_family";
    /** Entries that can carry an agency's information to the lead agency. */
    private static final String[] REACHING = Stream.concat(Arrays.stream(Partners.MEETINGS), Stream.of(
            WITH_FAMILY, "info.shared", "referral.made", "escalation.raised", "conference.requested"))
            .toArray(String[]::new);
    /** Lead-agency entries that open or close the case, and concerns. */
    private static final String[] OPENING_AND_CONCERNS = Stream.concat(INVOLVEMENT.stream(),
            Stream.of("case.closed", "concern.recorded")).toArray(String[]::new);
    /** Entries that pass an agency's information on. */
    private static final String[] PASSING_ON = {"info.shared", "referral.made", "escalation.raised",
        "conference.requested"};
    private static final Set<String> HARMFUL = Set.of("significant_harm", "injury", "physical_abuse", "sexual_abuse",
            "cse");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        Span together = parameters.span("W");
        List<CaseEvent> events = file.events(REACHING);
        Map<String, List<Unshared>> byAgency = new LinkedHashMap<>();
        List<CaseEvent> open = new ArrayList<>();
        for (CaseEvent concern : file.events(OPENING_AND_CONCERNS)) {
            if (!concern.is("concern.recorded") && !(concern.is("assessment.completed") && !file.byLead(concern))) {
                if (file.byLead(concern)) {
                    if (INVOLVEMENT.contains(concern.type())) {
                        open.add(concern);
                    } else if (concern.is("case.closed")) {
                        open.removeIf(o -> !Collections.disjoint(o.children(), concern.children()));
                    }
                }
                continue;
            }
            if (!concern.children().contains(file.childId())) {
                continue;
            }
            String agency = concern.agency();
            if (!Partners.partner(file, agency) || file.isLead(concern.recordingAgency())
                    || !Timing.overdue(concern, within, file.calendar(), asOf)
                    || Partners.anyNamed(concern, file::isLead, "sharedWith")) {
                continue;
            }
            if (open.isEmpty() || Timing.respondedWithin(concern, within, file.calendar(), events,
                    e -> reachesLead(file, e, agency)).isPresent()) {
                continue;
            }
            CaseEvent involvement = open.get(open.size() - 1);
            List<Unshared> earlier = byAgency.computeIfAbsent(agency, a -> new ArrayList<>());
            Unshared last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
            CaseEvent previous = last == null ? null : last.concerns.get(last.concerns.size() - 1);
            if (previous != null && !concern.earliest().isAfter(together.after(previous.latest(), file.calendar()))
                    && noReachBetween(file, events, agency, previous, concern)) {
                last.concerns.add(concern);
            } else {
                earlier.add(new Unshared(agency, involvement, concern));
            }
        }
        List<Finding> findings = new ArrayList<>();
        byAgency.values().forEach(list -> list.forEach(u -> findings.add(finding(file, events, u, within))));
        return findings;
    }

    private Finding finding(CaseFile file, List<CaseEvent> reaching, Unshared unshared, Span within) {
        CaseEvent first = unshared.concerns.get(0);
        String agency = unshared.agency;
        String lead = unshared.open.agencies().stream().filter(file::isLead).findFirst().orElse(unshared.open.agency());
        List<String> evidence = new ArrayList<>();
        unshared.concerns.forEach(c -> evidence.add(c.eventId()));
        evidence.add(unshared.open.eventId());
        LocalDate deadline = Timing.deadline(first, within, file.calendar());
        String sentence = agency + "'s " + (first.is("assessment.completed") ? "assessment" : "concern") + " of "
                + first.when() + " (" + first.eventId() + ")";
        if (unshared.concerns.size() > 1) {
            sentence += " and the " + (unshared.concerns.size() - 1) + " that followed ("
                    + Explanations.entries(unshared.concerns.subList(1, unshared.concerns.size())) + ")";
        }
        sentence += " did not reach " + lead + ", which was involved with the family (" + unshared.open.eventId() + " "
                + unshared.open.when() + "): no information from " + agency + " to " + lead + " "
                + Partners.between(first.earliest(), deadline);
        Optional<CaseEvent> later = reaching.stream()
                .filter(e -> e.earliest().isAfter(deadline) && reachesLead(file, e, agency)).findFirst();
        if (later.isPresent()) {
            evidence.add(later.get().eventId());
            sentence += "; it reached " + lead + " only with " + Partners.entry(later.get());
        }
        boolean harmful = unshared.concerns.stream().anyMatch(c -> c.strings("categories").stream().anyMatch(HARMFUL::contains));
        return Finding.of(this, harmful ? Severity.HIGH : Severity.MEDIUM, first, List.of(agency), evidence,
                sentence + ".");
    }

    /** One agency's concerns that did not reach the lead agency, one after another, while the case was open. */
    private static final class Unshared {
        final String agency;
        final CaseEvent open;
        final List<CaseEvent> concerns = new ArrayList<>();

        Unshared(String agency, CaseEvent open, CaseEvent first) {
            this.agency = agency;
            this.open = open;
            concerns.add(first);
        }
    }

    /** Whether nothing from {@code agency} reached the lead agency between two of its concerns. */
    private static boolean noReachBetween(CaseFile file, List<CaseEvent> events, String agency, CaseEvent from,
                                          CaseEvent to) {
        return Partners.within(events, from.earliest(), to.latest()).stream().noneMatch(e -> reachesLead(file, e, agency));
    }

    /** Whether {@code event} carries {@code agency}'s information to the lead agency. */
    private static boolean reachesLead(CaseFile file, CaseEvent event, String agency) {
        if (event.is(PASSING_ON)) {
            if (!Partners.sentBy(event, agency)) {
                return false;
            }
            return Partners.anyRecipient(event, file::isLead) || file.isLead(event.recordingAgency());
        }
        if (Partners.isMeeting(event) || event.is(WITH_FAMILY)) {
            return file.byLead(event) && Partners.anyNamed(event, agency::equals, "attended");
        }
        return false;
    }
}
