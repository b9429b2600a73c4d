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
import java.util.Objects;
import java.util.Set;

/**
 * domain.md §c rule 9; motivated by Family T §5.45 fn26 and §5.56 (the first CIN meeting rescheduled for a new social
 * worker, so key practitioners missed it; agencies not told of changes) and Child O §7.2.7.
 */
@Component
public class WorkerChangeDisruption implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("WORKER_CHANGE_DISRUPTION", Category.TURNOVER,
            "A change of the child's social worker disrupted the multi-agency work: a multi-agency meeting recorded as "
                + "rescheduled within N of the change, or partner agencies of the child's multi-agency meetings in the "
                + "L before the change not told of it within N (no information shared with them by the lead agency, "
                + "no meeting with them). A change is an allocation after an earlier social worker of the child. "
                + "Changes within N of each other are one episode: one finding, at the rescheduled meeting when there "
                + "is one, else at the change. Read generously: a meeting or notice counts if it can have fallen "
                + "within N, and nothing is found before N has passed.",
            "worker.allocated and worker.left with the envelope's worker (id, role SOCIAL_WORKER; details.role; "
                + "details.forPerson); meetings (strategy.*, conference.*, meeting.cin_review, meeting.core_group, "
                + "meeting.professionals and the like) with details.rescheduled, details.invited and details.attended; "
                + "info.shared by a lead agency (sector la.csc or la.frontdoor) with details.to.",
            List.of(new Parameter("N", "10wd", "time after a change within which partners are told"),
                new Parameter("L", "90d", "lookback for the partners of the child's multi-agency meetings")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        Span lookback = parameters.span("L");
        List<CaseEvent> changes = changes(Workers.changes(file, Workers.SW));
        if (changes.isEmpty()) {
            return List.of();
        }
        List<CaseEvent> meetings = file.own().stream().filter(Partners::isMeeting).toList();
        List<CaseEvent> notices = file.events().stream().filter(e -> e.is("info.shared")
                && Partners.anySender(e, file::isLead)).toList();
        List<Finding> findings = new ArrayList<>();
        int i = 0;
        while (i < changes.size()) {
            // An episode: changes each within N of the one before.
            int last = i;
            while (last + 1 < changes.size() && !changes.get(last + 1).earliest()
                    .isAfter(Timing.deadline(changes.get(last), within, file.calendar()))) {
                last++;
            }
            List<CaseEvent> episode = changes.subList(i, last + 1);
            i = last + 1;
            CaseEvent first = episode.get(0);
            CaseEvent latest = episode.get(episode.size() - 1);
            LocalDate until = Timing.deadline(latest, within, file.calendar());
            CaseEvent rescheduled = meetings.stream().filter(e -> Boolean.TRUE.equals(e.flag("rescheduled"))
                    && !e.latest().isBefore(first.earliest()) && !e.earliest().isAfter(until)).findFirst().orElse(null);
            if (rescheduled != null) {
                List<String> evidence = new ArrayList<>(List.of(rescheduled.eventId()));
                episode.forEach(c -> evidence.add(c.eventId()));
                findings.add(Finding.of(this, Severity.MEDIUM, rescheduled, rescheduled.agencies(), evidence,
                        "The " + Explanations.type(rescheduled) + " of " + rescheduled.when() + " was rescheduled "
                                + "within " + within.describe() + " of the change of social worker ("
                                + Explanations.entries(episode) + ")."));
                continue;
            }
            if (!asOf.isAfter(until)) {
                continue;
            }
            Set<String> untold = partners(file, meetings, lookback.before(first.earliest(), file.calendar()),
                    first.earliest());
            for (CaseEvent e : notices) {
                if (!e.latest().isBefore(first.earliest()) && !e.earliest().isAfter(until)) {
                    untold.removeAll(Partners.recipients(e));
                }
            }
            for (CaseEvent e : meetings) {
                if (!e.latest().isBefore(first.earliest()) && !e.earliest().isAfter(until)) {
                    untold.removeAll(e.stated("attended") ? Partners.named(e, "attended") : Partners.present(e));
                }
            }
            if (!untold.isEmpty()) {
                findings.add(Finding.of(this, Severity.LOW, first, first.agencies(),
                        episode.stream().map(CaseEvent::eventId).toList(), "The child's social worker changed ("
                                + Explanations.entries(episode) + ") and " + String.join(", ", untold)
                                + ", partners at the child's meetings in the " + lookback.describe() + " before, "
                                + "were neither sent information by the lead agency nor met it "
                                + Partners.between(first.earliest(), until) + "."));
            }
        }
        return findings;
    }

    /** Allocations that follow an earlier social worker of the child (a different or unnamed worker). */
    private static List<CaseEvent> changes(List<CaseEvent> entries) {
        List<CaseEvent> changes = new ArrayList<>();
        CaseEvent previous = null;
        for (CaseEvent entry : entries) {
            if (entry.is("worker.allocated") && previous != null && (entry.workerId() == null
                    || !Objects.equals(entry.workerId(), previous.workerId()) || previous.is("worker.left"))) {
                changes.add(entry);
            }
            previous = entry;
        }
        return changes;
    }

    /** The partner agencies invited to or attending the child's multi-agency meetings in {@code [from, to)}. */
    private static Set<String> partners(CaseFile file, List<CaseEvent> meetings, LocalDate from, LocalDate to) {
        Set<String> partners = new LinkedHashSet<>();
        for (CaseEvent e : meetings) {
            if (!e.date().isBefore(from) && e.date().isBefore(to)) {
                Partners.present(e).stream().filter(a -> Partners.partner(file, a)).forEach(partners::add);
            }
        }
        return partners;
    }
}
