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
import java.util.Optional;

/**
 * domain.md §c rule 6; motivated by Baby E §1.3.8 and §3.1.21, Child O §7.3.6 and Baby L §1.6.6 (GP practices
 * hold key information and were not contacted).
 */
@Component
public class GpNotInvolved implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("GP_NOT_INVOLVED", Category.INFORMATION_SHARING,
            "A statutory episode for the child or household (section 47 enquiry, child in need or child protection "
                + "plan, or a case opened by children's social care or its front door) runs for at least N with no "
                + "entry involving a GP. Openings that follow one another join one episode, which ends with the "
                + "lead agency's case.closed or the end of the plan. Its length runs from the last day the first "
                + "opening can have happened to the first day the end can have happened (or the as-of date), so "
                + "imprecise dates never make an episode longer than it surely was. One finding per episode.",
            "s47.started, cin_plan.started, cp_plan.started, case.opened and case.reopened (by la.csc or "
                + "la.frontdoor); case.closed, cin_plan.ended and cp_plan.ended; any entry a GP practice (sector "
                + "health.primary) recorded or acted in, or that names it in an agency field (invited, attended, to, "
                + "from, sharedWith, copiedTo, partnersNotified, referredTo, referrerAgency, requestedBy, "
                + "contributors, members, agenciesChecked, reportsSubmitted...).",
            List.of(new Parameter("N", "30d", "how long an episode may run without the GP being involved")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span span = parameters.span("N");
        List<Finding> findings = new ArrayList<>();
        List<CaseEvent> openings = new ArrayList<>();
        for (CaseEvent event : file.events()) {
            if (opens(file, event)) {
                openings.add(event);
            } else if (closes(file, event) && !openings.isEmpty()) {
                check(file, asOf, span, openings, event).ifPresent(findings::add);
                openings = new ArrayList<>();
            }
        }
        if (!openings.isEmpty()) {
            check(file, asOf, span, openings, null).ifPresent(findings::add);
        }
        return findings;
    }

    private Optional<Finding> check(CaseFile file, LocalDate asOf, Span span, List<CaseEvent> openings,
                                              CaseEvent close) {
        CaseEvent first = openings.get(0);
        LocalDate end = close == null || close.earliest().isAfter(asOf) ? asOf : close.earliest();
        if (end.isBefore(span.after(first.latest(), file.calendar()))) {
            return Optional.empty();
        }
        LocalDate lastDay = close == null ? asOf : close.latest();
        for (CaseEvent event : Partners.within(file.events(), first.earliest(), lastDay)) {
            if (involvesGp(file, event)) {
                return Optional.empty();
            }
        }
        List<String> evidence = new ArrayList<>();
        openings.forEach(e -> evidence.add(e.eventId()));
        if (close != null) {
            evidence.add(close.eventId());
        }
        String period = close == null ? "open since " + first.when() + " (as of " + asOf + ")"
                : "open from " + first.when() + " to " + close.when() + " (" + close.eventId() + ")";
        return Optional.of(Finding.of(this, Severity.MEDIUM, first, List.of(first.agency()), evidence,
                "The " + label(first) + " (" + first.eventId() + ", " + first.agency() + ") was " + period
                        + ", at least " + span.describe() + ", with no entry involving a GP "
                        + Partners.between(first.earliest(), lastDay) + "."));
    }

    private static String label(CaseEvent opening) {
        return switch (opening.type()) {
            case "s47.started" -> "section 47 enquiry";
            case "cin_plan.started" -> "child in need plan";
            case "cp_plan.started" -> "child protection plan";
            default -> "case";
        };
    }

    private static boolean opens(CaseFile file, CaseEvent event) {
        return event.is("s47.started", "cin_plan.started", "cp_plan.started")
                || (event.is("case.opened", "case.reopened") && file.byLead(event));
    }

    private static boolean closes(CaseFile file, CaseEvent event) {
        return event.is("cin_plan.ended", "cp_plan.ended") || (event.is("case.closed") && file.byLead(event));
    }

    private static boolean involvesGp(CaseFile file, CaseEvent event) {
        return Partners.names(event, file::isGp);
    }
}
