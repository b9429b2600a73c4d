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
import java.util.function.Predicate;

/**
 * domain.md §c rule 10; motivated by Child O §2.9, §5.8, §5.11 (four jaundice follow-ups missed, three CNN calls
 * unanswered), §6.2 and LP11, and Child BF BF1 (non-engagement should be read as raising risk).
 */
@Component
public class RepeatedMissedAppointments implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("REPEATED_MISSED_APPOINTMENTS", Category.ENGAGEMENT,
            "At least K contacts with the child (or with a pregnant young person, on her own record) did not happen "
                + "within W, and no agency whose contact was missed followed them up within F of the K-th: no "
                + "escalation, referral, information shared or asked, conference requested, strategy discussion, "
                + "contact at which the child was seen, and no follow-up written on a miss. Further misses with no "
                + "follow-up in between, each within W of the one before, belong to the same episode: one finding, "
                + "pointing at the K-th miss. Read generously: a follow-up counts if it can have happened in time, "
                + "and the finding waits until F has passed from the last day the K-th miss can have happened. "
                + "Whether a follow-up was adequate is a judgement the rule leaves to the reader.",
            "appointment.missed (details.reason; 'cancelled' is not counted), and visit.home, contact.in_person, "
                + "contact.remote or appointment.attended with details.outcome no_access, no_answer, not_seen, "
                + "was_not_brought, did_not_attend or declined; details.count when one entry records several; "
                + "details.followUp on appointment.missed; as follow-up: escalation.raised, referral.made, "
                + "info.shared, info.requested or conference.requested by the missing agency (recording, acting or "
                + "details.from), strategy.discussion or strategy.meeting, and a contact with outcome seen, "
                + "childSeen true or an appointment.attended.",
            List.of(new Parameter("K", "3", "missed contacts that make a pattern"),
                new Parameter("W", "90d", "window in which the missed contacts fall"),
                new Parameter("F", "10wd", "time after the K-th miss within which a follow-up is due (design)")));

    /** Entries by the missing agency that follow a miss up (strategy discussions follow up whoever holds them). */
    private static final String[] FOLLOW_UPS = {"escalation.raised", "referral.made", "info.shared", "info.requested",
        "conference.requested", "strategy.discussion", "strategy.meeting"};

    private static final Set<String> NO_FOLLOW_UP = Set.of("", "none", "no", "nil", "n/a", "nfa");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        int threshold = parameters.count("K");
        Span window = parameters.span("W");
        Span within = parameters.span("F");
        List<CaseEvent> misses = file.own().stream().filter(Engagement::missed).toList();
        if (Engagement.occurrences(misses) < threshold) {
            return List.of();
        }
        // The entries that can follow a miss up at all, found once: each miss is then checked against these only.
        List<CaseEvent> candidates = file.events().stream().filter(e -> e.is(FOLLOW_UPS)
                || (e.children().contains(file.childId()) && Engagement.seen(e))).toList();
        List<Finding> findings = new ArrayList<>();
        int start = 0;
        while (start < misses.size()) {
            LocalDate windowEnd = window.after(misses.get(start).earliest(), file.calendar());
            int total = 0;
            int kth = -1;
            for (int i = start; i < misses.size() && !misses.get(i).earliest().isAfter(windowEnd); i++) {
                total += Engagement.occurrences(misses.get(i));
                if (total >= threshold) {
                    kth = i;
                    break;
                }
            }
            if (kth < 0) {
                start++;
                continue;
            }
            CaseEvent kthMiss = misses.get(kth);
            Set<String> agencies = agencies(misses.subList(start, kth + 1));
            Optional<CaseEvent> followUp = followUp(file, candidates, kthMiss, within, agencies,
                    misses.subList(start, kth + 1));
            if (followUp.isPresent()) {
                start = firstAfter(misses, kth + 1, followUp.get());
                continue;
            }
            if (!Timing.overdue(kthMiss, within, file.calendar(), asOf)) {
                start++;
                continue;
            }
            // The episode goes on while further misses come within W of the one before, with no follow-up between.
            int last = kth;
            while (last + 1 < misses.size()) {
                CaseEvent previous = misses.get(last);
                CaseEvent next = misses.get(last + 1);
                Predicate<CaseEvent> followsUp = isFollowUp(file, agencies(misses.subList(start, last + 2)));
                boolean between = candidates.stream().anyMatch(e -> followsUp.test(e)
                        && !e.latest().isBefore(previous.earliest()) && !e.earliest().isAfter(next.latest()));
                if (next.earliest().isAfter(window.after(previous.earliest(), file.calendar())) || between
                        || misses.subList(start, last + 2).stream().anyMatch(RepeatedMissedAppointments::followUpWritten)) {
                    break;
                }
                last++;
            }
            List<CaseEvent> episode = misses.subList(start, last + 1);
            findings.add(finding(kthMiss, episode, window, Timing.deadline(kthMiss, within, file.calendar())));
            start = last + 1;
        }
        return findings;
    }

    private Finding finding(CaseEvent kthMiss, List<CaseEvent> episode, Span window, LocalDate due) {
        List<String> evidence = new ArrayList<>(List.of(kthMiss.eventId()));
        episode.forEach(m -> evidence.add(m.eventId()));
        Set<String> agencies = agencies(episode);
        CaseEvent lastMiss = episode.get(episode.size() - 1);
        return Finding.of(this, Severity.MEDIUM, kthMiss, agencies, evidence,
                Engagement.occurrences(episode) + " contacts with the child did not happen between "
                        + episode.get(0).when() + " and " + lastMiss.when() + " (" + Explanations.entries(episode)
                        + "; by " + String.join(", ", agencies) + "), and no follow-up or escalation by "
                        + String.join(", ", agencies) + " is recorded between " + kthMiss.when() + " and "
                        + due + " (each miss within " + window.describe() + " of the one before).");
    }

    private static Set<String> agencies(List<CaseEvent> misses) {
        Set<String> agencies = new LinkedHashSet<>();
        misses.forEach(m -> agencies.add(m.agency()));
        return agencies;
    }

    /** The first miss that can only lie after the follow-up. */
    private static int firstAfter(List<CaseEvent> misses, int from, CaseEvent followUp) {
        int next = from;
        while (next < misses.size() && !misses.get(next).earliest().isAfter(followUp.latest())) {
            next++;
        }
        return next;
    }

    private static Optional<CaseEvent> followUp(CaseFile file, List<CaseEvent> candidates, CaseEvent miss, Span within,
                                                Set<String> agencies, List<CaseEvent> misses) {
        LocalDate due = Timing.deadline(miss, within, file.calendar());
        Optional<CaseEvent> written = misses.stream().filter(m -> !m.earliest().isAfter(due) && followUpWritten(m))
                .findFirst();
        if (written.isPresent()) {
            return written;
        }
        return Timing.respondedWithin(miss, within, file.calendar(), candidates, isFollowUp(file, agencies));
    }

    private static Predicate<CaseEvent> isFollowUp(CaseFile file, Set<String> agencies) {
        return e -> {
            if (e.is("strategy.discussion", "strategy.meeting")) {
                return true;
            }
            if (!agencies.contains(e.recordingAgency()) && !agencies.contains(e.actingAgency())
                    && !agencies.contains(e.text("from"))) {
                return false;
            }
            return e.is(FOLLOW_UPS) || (e.children().contains(file.childId()) && Engagement.seen(e));
        };
    }

    private static boolean followUpWritten(CaseEvent miss) {
        String text = miss.text("followUp");
        return text != null && !NO_FOLLOW_UP.contains(text.trim().toLowerCase(Locale.ROOT));
    }
}
