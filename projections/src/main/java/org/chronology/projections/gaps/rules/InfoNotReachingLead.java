package org.chronology.projections.gaps.rules;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * domain.md §c rule 33; motivated by Family T §5.50 and fn10 (the Support Worker's record of Mother's threat never
 * reached her SW; the NNU's observation about Father reached the twins' SW late) and Child O §7.3.5-7.3.7.
 */
@Component
public class InfoNotReachingLead implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("INFO_NOT_REACHING_LEAD", Category.INFORMATION_SHARING,
            "A concern.recorded for the child by a non-lead practitioner agency A (its acting agency; entries "
                + "CSC or the front door recorded are known to them) while the case is open to CSC or its front door, "
                + "where neither the concern's details.sharedWith or details.knownTo names a lead agency nor an "
                + "info.shared, referral.made, escalation.raised or conference.requested from A (acting agency or "
                + "details.from) to a lead agency (details.to, referredTo, sharedWith or knownTo; or recorded by the "
                + "lead agency with details.from A), nor a lead agency's meeting A attended, can have happened "
                + "within N; fires once N has passed from the last day the concern can have happened. Open: an "
                + "earlier lead-agency entry of an involving kind (case opened, assessment, strategy, s47, "
                + "conference, plan, CIN review or core group, looked-after review, placement, worker allocation, "
                + "legal planning) for the household that no later case.closed by a lead agency naming one of the "
                + "same children has ended. Also fires on an info.shared or referral.made from a non-lead agency to "
                + "a lead agency that is recorded as late (details.delayed or details.delay true, details."
                + "sharedPromptly false, or a delay in days, details.delayDays or a whole-number details.delay, "
                + "longer than N); and, once N has passed, on any entry by a non-lead agency that says it did not "
                + "reach the lead agency (details.notKnownTo naming one, or details.sharedPromptly or sharedWithLead "
                + "false). Concerns of an agency recorded as UNSPECIFIED are not judged unless they say so.",
            "A concern.recorded for the child by a non-lead practitioner agency A (its acting agency; entries "
                + "CSC or the front door recorded are known to them) while the case is open to CSC or its front door, "
                + "where neither the concern's details.sharedWith or details.knownTo names a lead agency nor an "
                + "info.shared, referral.made, escalation.raised or conference.requested from A (acting agency or "
                + "details.from) to a lead agency (details.to, referredTo, sharedWith or knownTo; or recorded by the "
                + "lead agency with details.from A), nor a lead agency's meeting A attended, can have happened "
                + "within N; fires once N has passed from the last day the concern can have happened. Open: an "
                + "earlier lead-agency entry of an involving kind (case opened, assessment, strategy, s47, "
                + "conference, plan, CIN review or core group, looked-after review, placement, worker allocation, "
                + "legal planning) for the household that no later case.closed by a lead agency naming one of the "
                + "same children has ended. Also fires on an info.shared or referral.made from a non-lead agency to "
                + "a lead agency that is recorded as late (details.delayed or details.delay true, details."
                + "sharedPromptly false, or a delay in days, details.delayDays or a whole-number details.delay, "
                + "longer than N); and, once N has passed, on any entry by a non-lead agency that says it did not "
                + "reach the lead agency (details.notKnownTo naming one, or details.sharedPromptly or sharedWithLead "
                + "false). Concerns of an agency recorded as UNSPECIFIED are not judged unless they say so.",
            List.of(new Parameter("N", "2wd", "time within which a concern should reach the lead agency")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** Lead-agency entries that show the case is open to it. */
    private static final Set<String> INVOLVEMENT = Set.of("case.opened", "case.reopened", "assessment.started",
            "assessment.completed", "strategy.discussion", "strategy.meeting", "s47.started", "s47.concluded",
            "conference.initial", "conference.review", "cin_plan.started", "cp_plan.started", "meeting.cin_review",
            "meeting.core_group", "lac.review", "child.accommodated", "placement.started", "worker.allocated",
            "legal.planning_meeting", "legal.plo_started", "court.application");
    private static final List<String> RECIPIENT_FIELDS = List.of("to", "referredTo", "sharedWith", "knownTo");

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        List<Finding> findings = new ArrayList<>();
        List<CaseEvent> events = file.events();
        for (CaseEvent event : file.own()) {
            if (event.is("info.shared", "referral.made")) {
                lateShare(file, event, within).ifPresent(findings::add);
                continue;
            }
            String agency = event.agency();
            if (file.byLead(event) || !file.isPractitionerAgency(agency)) {
                continue;
            }
            Optional<String> withheld = statedNotShared(file, event);
            if (withheld.isPresent()) {
                if (Timing.overdue(event, within, file.calendar(), asOf)) {
                    List<String> evidence = new ArrayList<>(List.of(event.eventId()));
                    CaseEvent involvement = openInvolvement(file, events.subList(0, events.indexOf(event)));
                    if (involvement != null) {
                        evidence.add(involvement.eventId());
                    }
                    findings.add(Finding.of(this, Severity.MEDIUM, event, List.of(agency), evidence,
                            "The " + label(event) + " of " + event.when() + " by " + agency + " (" + event.eventId()
                                    + ") is recorded as " + withheld.get() + "."));
                }
                continue;
            }
            if (!event.is("concern.recorded") || Partners.UNSPECIFIED.equals(agency)) {
                continue;
            }
            CaseEvent involvement = openInvolvement(file, events.subList(0, events.indexOf(event)));
            if (involvement == null || !Timing.overdue(event, within, file.calendar(), asOf)) {
                continue;
            }
            if (file.agencyCodes(event, "sharedWith").stream().anyMatch(file::isLead)
                    || file.agencyCodes(event, "knownTo").stream().anyMatch(file::isLead)
                    || Timing.respondedWithin(event, within, file.calendar(), events,
                    e -> reachesLead(file, e, agency)).isPresent()) {
                continue;
            }
            String lead = involvement.agencies().stream().filter(file::isLead).findFirst().orElse(involvement.agency());
            findings.add(Finding.of(this, Severity.MEDIUM, event, List.of(agency),
                    List.of(event.eventId(), involvement.eventId()),
                    agency + "'s concern of " + event.when() + " did not reach " + lead + ", which was involved with "
                            + "the family (" + involvement.eventId() + " " + involvement.when() + "), within "
                            + within.describe() + "."));
        }
        return findings;
    }

    /**
     * What the entry itself says about its not reaching the lead agency: a details.notKnownTo naming a lead agency,
     * or details.sharedPromptly / sharedWithLead false.
     */
    private static Optional<String> statedNotShared(CaseFile file, CaseEvent event) {
        List<String> leads = file.agencyCodes(event, "notKnownTo").stream().filter(file::isLead).toList();
        if (!leads.isEmpty()) {
            return Optional.of("not known to " + String.join(" and ", leads));
        }
        if (Boolean.FALSE.equals(event.flag("sharedPromptly")) || Boolean.FALSE.equals(event.flag("sharedWithLead"))) {
            return Optional.of("not shared promptly with the lead agency");
        }
        return Optional.empty();
    }

    private static String label(CaseEvent event) {
        return switch (event.type()) {
            case "concern.recorded" -> "concern";
            case "assessment.completed" -> "assessment";
            default -> event.type().replace('.', ' ');
        };
    }

    /** A partner's information to the lead agency that the record itself says came late. */
    private Optional<Finding> lateShare(CaseFile file, CaseEvent share, Span within) {
        Set<String> senders = senders(file, share);
        if (senders.isEmpty() || senders.stream().anyMatch(file::isLead)) {
            return Optional.empty();
        }
        Set<String> recipients = recipients(file, share);
        if (recipients.stream().noneMatch(file::isLead)) {
            return Optional.empty();
        }
        boolean late = Boolean.TRUE.equals(share.flag("delayed")) || Boolean.TRUE.equals(share.flag("delay"))
                || Boolean.FALSE.equals(share.flag("sharedPromptly"));
        for (String field : List.of("delayDays", "delay")) {
            JsonNode days = share.details().get(field);
            if (days != null && days.isIntegralNumber() && days.intValue() > 0) {
                LocalDate known = share.earliest().minusDays(days.intValue());
                late |= within.after(known, file.calendar()).isBefore(share.earliest());
            }
        }
        if (!late) {
            return Optional.empty();
        }
        String from = String.join(", ", senders);
        String to = String.join(", ", recipients.stream().filter(file::isLead).toList());
        return Optional.of(Finding.of(this, Severity.MEDIUM, share, senders, List.of(share.eventId()),
                "The information " + from + " passed to " + to + " on " + share.when()
                        + " is recorded as having reached it late."));
    }

    /**
     * The latest lead-agency involvement among {@code before} that no later lead closure sharing a child with it has
     * ended; {@code null} when the case is not open to the lead agency.
     */
    private static CaseEvent openInvolvement(CaseFile file, List<CaseEvent> before) {
        List<CaseEvent> open = new ArrayList<>();
        for (CaseEvent event : before) {
            if (!file.byLead(event)) {
                continue;
            }
            if (INVOLVEMENT.contains(event.type())) {
                open.add(event);
            } else if (event.is("case.closed")) {
                open.removeIf(o -> !Collections.disjoint(o.children(), event.children()));
            }
        }
        return open.isEmpty() ? null : open.get(open.size() - 1);
    }

    private static boolean reachesLead(CaseFile file, CaseEvent event, String agency) {
        if (event.is("info.shared", "referral.made", "escalation.raised", "conference.requested")) {
            if (!senders(file, event).contains(agency)) {
                return false;
            }
            return recipients(file, event).stream().anyMatch(file::isLead)
                    || (file.byLead(event) && file.agencyCodes(event, "from").contains(agency));
        }
        if (event.type().startsWith("meeting.") || event.type().startsWith("conference.")
                || event.type().startsWith("strategy.")) {
            return file.byLead(event) && file.agencyCodes(event, "attended").contains(agency);
        }
        return false;
    }

    private static Set<String> senders(CaseFile file, CaseEvent event) {
        Set<String> from = file.agencyCodes(event, "from");
        return from.isEmpty() ? new LinkedHashSet<>(event.agencies()) : from;
    }

    private static Set<String> recipients(CaseFile file, CaseEvent event) {
        Set<String> to = new LinkedHashSet<>();
        RECIPIENT_FIELDS.forEach(field -> to.addAll(file.agencyCodes(event, field)));
        return to;
    }
}
