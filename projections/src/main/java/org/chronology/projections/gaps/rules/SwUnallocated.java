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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** domain.md §c rule 8; motivated by Family T Tbl Feb-2018 and §5.37 (Mother's SW and PA left, not replaced). */
@Component
public class SwUnallocated implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("SW_UNALLOCATED", Category.TURNOVER,
            "A social worker or personal adviser left the child's open case (or a looked-after parent's) and no one "
                + "of the same role was allocated within N. The case is open unless the lead agency closed it before "
                + "the leaving with no opening since; a lead-agency closure within N ends the need. Read generously: N "
                + "runs from the last day the leaving can have happened, an allocation counts if it can have happened "
                + "by then, and a different named worker of the role allocated before the leaving (and not left "
                + "since) already covers the case. One finding per leaving, naming each role left unfilled.",
            "worker.left and worker.allocated entries with the envelope's worker (id and role code SOCIAL_WORKER or "
                + "PERSONAL_ADVISER; details.role 'SW', 'PA' or 'SW and PA' also reads, so one entry can record both "
                + "leaving) and details.forPerson when the worker is a looked-after parent's; case.closed, "
                + "case.opened and case.reopened by a lead agency (sector la.csc or la.frontdoor).",
            List.of(new Parameter("N", "5wd", "time within which a new worker of the same role is allocated")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private static final String SW = Workers.SW;
    /** The entries the rule reads: allocations and leavings, and the lead agency's openings and closures. */
    private static final String[] CHANGES = {"worker.allocated", "worker.left", "case.closed", "case.opened",
        "case.reopened"};
    private static final String PA = Workers.PA;

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        List<CaseEvent> own = file.events(CHANGES).stream().filter(e -> e.is("worker.allocated", "worker.left")
                ? Workers.forChild(file, e) : e.children().contains(file.childId())).toList();
        List<Leaving> leavings = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            CaseEvent left = own.get(i);
            Set<String> roles = roles(left);
            if (!left.is("worker.left") || roles.isEmpty() || !Timing.overdue(left, within, file.calendar(), asOf)
                    || closedBefore(file, own, i)) {
                continue;
            }
            boolean closedSoon = Timing.respondedWithin(left, within, file.calendar(), own,
                    e -> e.is("case.closed") && file.byLead(e)).isPresent();
            if (closedSoon) {
                continue;
            }
            List<String> unfilled = new ArrayList<>();
            List<CaseEvent> later = new ArrayList<>();
            for (String role : roles) {
                if (coveredAtLeaving(own, i, role, left)) {
                    continue;
                }
                Optional<CaseEvent> replaced = Timing.respondedWithin(left, within, file.calendar(), own,
                        e -> isAllocationOf(e, role, left));
                if (replaced.isEmpty()) {
                    unfilled.add(role);
                    own.stream().skip(i + 1L).filter(e -> isAllocationOf(e, role, left)).findFirst()
                            .ifPresent(later::add);
                }
            }
            if (unfilled.isEmpty()) {
                continue;
            }
            // Leavings the same agency records for the same date are one episode (a SW and a PA leaving together).
            Leaving same = leavings.isEmpty() ? null : leavings.get(leavings.size() - 1);
            if (same != null && same.left.when().equals(left.when()) && same.left.agency().equals(left.agency())) {
                same.others.add(left);
                unfilled.stream().filter(r -> !same.unfilled.contains(r)).forEach(same.unfilled::add);
                same.later.addAll(later);
            } else {
                leavings.add(new Leaving(left, unfilled, later));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Leaving leaving : leavings) {
            CaseEvent left = leaving.left;
            List<String> evidence = new ArrayList<>(List.of(left.eventId()));
            leaving.others.forEach(e -> evidence.add(e.eventId()));
            leaving.later.forEach(e -> evidence.add(e.eventId()));
            String who = String.join(" and ", leaving.unfilled.stream().map(SwUnallocated::label).toList());
            List<String> next = new ArrayList<>();
            leaving.later.forEach(e -> next.add(e.eventId() + " " + e.when()));
            String explanation = "The child's " + who + " (" + left.agency() + ") left in " + left.when()
                    + " while the case was open and no replacement was allocated between " + left.when() + " and "
                    + Timing.deadline(left, within, file.calendar()) + "; " + (next.isEmpty()
                    ? "no later allocation is recorded" : "the next allocations are " + String.join(", ", next)) + ".";
            findings.add(Finding.of(this, Severity.MEDIUM, left, left.agencies(), evidence, explanation));
        }
        return findings;
    }

    private record Leaving(CaseEvent left, List<String> unfilled, List<CaseEvent> later, List<CaseEvent> others) {
        Leaving(CaseEvent left, List<String> unfilled, List<CaseEvent> later) {
            this(left, new ArrayList<>(unfilled), new ArrayList<>(later), new ArrayList<>());
        }
    }

    /** Whether a lead agency closed the case before the leaving at {@code index}, with no reopening since. */
    private static boolean closedBefore(CaseFile file, List<CaseEvent> own, int index) {
        boolean closed = false;
        for (int j = 0; j < index; j++) {
            CaseEvent e = own.get(j);
            if (e.is("case.closed") && file.byLead(e)) {
                closed = true;
            } else if (e.is("case.opened", "case.reopened")) {
                closed = false;
            }
        }
        return closed;
    }

    /**
     * Whether another, named worker of the role was already allocated when this one left (a handover overlap): the
     * latest allocation of the role before the leaving is of a different worker who has not left since.
     */
    private static boolean coveredAtLeaving(List<CaseEvent> own, int index, String role, CaseEvent left) {
        int latest = -1;
        for (int j = 0; j < index; j++) {
            if (own.get(j).is("worker.allocated") && roles(own.get(j)).contains(role)) {
                latest = j;
            }
        }
        if (latest < 0) {
            return false;
        }
        String other = own.get(latest).workerId();
        if (other == null || left.workerId() == null || other.equals(left.workerId())) {
            return false;
        }
        for (int j = latest + 1; j < index; j++) {
            if (own.get(j).is("worker.left") && other.equals(own.get(j).workerId())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllocationOf(CaseEvent e, String role, CaseEvent left) {
        return e.is("worker.allocated") && roles(e).contains(role)
                && (left.workerId() == null || !Objects.equals(left.workerId(), e.workerId()));
    }

    private static String label(String role) {
        return role.equals(SW) ? "social worker" : "personal adviser";
    }

    private static Set<String> roles(CaseEvent event) {
        return Workers.roles(event);
    }
}
