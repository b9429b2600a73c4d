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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * domain.md §c rule 10; motivated by Child O §2.9, §5.8, §5.11 (four jaundice follow-ups missed, three CNN calls
 * unanswered), §6.2 and LP11, and Child BF BF1 (non-engagement should be read as raising risk).
 */
@Component
public class RepeatedMissedAppointments implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("REPEATED_MISSED_APPOINTMENTS", Category.ENGAGEMENT,
            "At least K missed contacts for the child (entries naming it, which include a pregnant young person's "
                + "entries naming her unborn child) dated within a window W, with no follow-up within F of the K-th. "
                + "Missed contacts: appointment.missed (any details.reason), and visit.home, contact.in_person, "
                + "contact.remote or appointment.attended whose details.outcome is no_access, no_answer, not_seen, "
                + "did_not_attend, was_not_brought or unanswered; a whole-number details.count counts as that many. "
                + "Follow-up: escalation.raised, referral.made or info.shared by an agency whose contact was missed, "
                + "any strategy discussion or meeting, a contact, visit or attended appointment by that agency at "
                + "which the child was seen, or a details.followUp stated on a later miss. Read generously: a "
                + "follow-up counts if it can have happened in time, and the finding waits until F has passed from "
                + "the last day the K-th miss can have happened. Misses after a follow-up start a new count; one "
                + "finding per cluster.",
            "At least K missed contacts for the child (entries naming it, which include a pregnant young person's "
                + "entries naming her unborn child) dated within a window W, with no follow-up within F of the K-th. "
                + "Missed contacts: appointment.missed (any details.reason), and visit.home, contact.in_person, "
                + "contact.remote or appointment.attended whose details.outcome is no_access, no_answer, not_seen, "
                + "did_not_attend, was_not_brought or unanswered; a whole-number details.count counts as that many. "
                + "Follow-up: escalation.raised, referral.made or info.shared by an agency whose contact was missed, "
                + "any strategy discussion or meeting, a contact, visit or attended appointment by that agency at "
                + "which the child was seen, or a details.followUp stated on a later miss. Read generously: a "
                + "follow-up counts if it can have happened in time, and the finding waits until F has passed from "
                + "the last day the K-th miss can have happened. Misses after a follow-up start a new count; one "
                + "finding per cluster.",
            List.of(new Parameter("K", "3", "missed contacts that make a pattern"),
                new Parameter("W", "90d", "window in which the missed contacts fall"),
                new Parameter("F", "10wd", "time after the K-th miss within which a follow-up is due (design)")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private static final Set<String> NO_FOLLOW_UP = Set.of("", "none", "no", "false", "nfa");

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        int threshold = parameters.count("K");
        Span window = parameters.span("W");
        Span followUpWithin = parameters.span("F");
        List<CaseEvent> misses = file.own().stream().filter(CaseEvent::isMissedContact).toList();
        List<Finding> findings = new ArrayList<>();
        int start = 0;
        while (start < misses.size()) {
            CaseEvent anchor = misses.get(start);
            LocalDate windowEnd = window.after(anchor.earliest(), file.calendar());
            int total = 0;
            int kth = -1;
            int last = start;
            for (int i = start; i < misses.size() && !misses.get(i).earliest().isAfter(windowEnd); i++) {
                total += misses.get(i).occurrences();
                if (kth < 0 && total >= threshold) {
                    kth = i;
                }
                last = i;
            }
            if (kth < 0) {
                start++;
                continue;
            }
            List<CaseEvent> cluster = misses.subList(start, last + 1);
            Set<String> agencies = new LinkedHashSet<>();
            cluster.forEach(m -> agencies.add(m.agency()));
            CaseEvent kthMiss = misses.get(kth);
            Optional<CaseEvent> followUp = followUp(file, kthMiss, followUpWithin, agencies);
            LocalDate due = Timing.deadline(kthMiss, followUpWithin, file.calendar());
            if (followUp.isPresent() || misses.subList(kth, last + 1).stream()
                    .anyMatch(m -> !m.earliest().isAfter(due) && followUpStated(m))) {
                start = nextAfter(misses, kth, followUp.orElse(null));
                continue;
            }
            if (!Timing.overdue(kthMiss, followUpWithin, file.calendar(), asOf)) {
                start++;
                continue;
            }
            List<String> evidence = new ArrayList<>(List.of(kthMiss.eventId()));
            List<String> described = new ArrayList<>();
            for (CaseEvent miss : cluster) {
                evidence.add(miss.eventId());
                described.add(miss.eventId() + " " + miss.agency() + " " + miss.when());
            }
            int missed = cluster.stream().mapToInt(CaseEvent::occurrences).sum();
            findings.add(Finding.of(this, Severity.MEDIUM, kthMiss, agencies, evidence,
                    missed + " contacts with the child were missed within " + window.describe() + " ("
                            + String.join(", ", described) + ") with no follow-up or escalation within "
                            + followUpWithin.describe() + " of " + kthMiss.eventId() + "."));
            start = last + 1;
        }
        return findings;
    }

    /** The first miss that can lie after the follow-up (or after the K-th, when the follow-up is stated on a miss). */
    private static int nextAfter(List<CaseEvent> misses, int kth, CaseEvent followUp) {
        int next = kth + 1;
        if (followUp != null) {
            while (next < misses.size() && !misses.get(next).earliest().isAfter(followUp.latest())) {
                next++;
            }
        }
        return next;
    }

    private static Optional<CaseEvent> followUp(CaseFile file, CaseEvent kthMiss, Span within, Set<String> agencies) {
        return Timing.respondedWithin(kthMiss, within, file.calendar(), file.events(), e -> {
            if (e.is("strategy.discussion", "strategy.meeting")) {
                return true;
            }
            Set<String> by = new LinkedHashSet<>(e.agencies());
            String from = e.text("from");
            if (from != null) {
                by.add(from.trim().split("[ (]", 2)[0]);
            }
            if (by.stream().noneMatch(agencies::contains)) {
                return false;
            }
            if (e.is("escalation.raised", "referral.made", "info.shared")) {
                return true;
            }
            return e.is("visit.home", "contact.in_person", "contact.remote", "appointment.attended") && seen(e);
        });
    }

    private static boolean seen(CaseEvent event) {
        String outcome = outcome(event);
        if (Boolean.TRUE.equals(event.flag("childSeen")) || "seen".equals(outcome)) {
            return true;
        }
        return event.is("appointment.attended") && outcome == null;
    }

    private static boolean followUpStated(CaseEvent miss) {
        Boolean flag = miss.flag("followUp");
        if (flag != null) {
            return flag;
        }
        String text = miss.text("followUp");
        return text != null && !NO_FOLLOW_UP.contains(text.trim().toLowerCase(Locale.ROOT));
    }

    private static String outcome(CaseEvent event) {
        String outcome = event.text("outcome");
        return outcome == null ? null : outcome.trim().toLowerCase(Locale.ROOT);
    }
}
