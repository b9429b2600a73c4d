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
            "A statutory episode (for the child or household) open for at least N with no entry involving a GP "
                + "(sector health.primary). An episode opens with s47.started, cin_plan.started, cp_plan.started, or "
                + "case.opened / case.reopened by CSC or its front door; further openings join it; it ends with "
                + "case.closed by the lead agency, cin_plan.ended or cp_plan.ended. Its length is counted from the "
                + "last day the first opening can have happened to the first day the end can have happened (or the "
                + "as-of date). A GP is involved when it recorded or acted in an entry that can lie in the episode, "
                + "or is named in its details (invited, attended, to, from, sharedWith, contributors, referredTo, "
                + "partnersNotified, members, attendees, copiedTo, knownTo, agenciesChecked, reportsSubmitted, "
                + "requestedBy, referrer), or the worker's role is GP. One finding per episode.",
            "A statutory episode (for the child or household) open for at least N with no entry involving a GP "
                + "(sector health.primary). An episode opens with s47.started, cin_plan.started, cp_plan.started, or "
                + "case.opened / case.reopened by CSC or its front door; further openings join it; it ends with "
                + "case.closed by the lead agency, cin_plan.ended or cp_plan.ended. Its length is counted from the "
                + "last day the first opening can have happened to the first day the end can have happened (or the "
                + "as-of date). A GP is involved when it recorded or acted in an entry that can lie in the episode, "
                + "or is named in its details (invited, attended, to, from, sharedWith, contributors, referredTo, "
                + "partnersNotified, members, attendees, copiedTo, knownTo, agenciesChecked, reportsSubmitted, "
                + "requestedBy, referrer), or the worker's role is GP. One finding per episode.",
            List.of(new Parameter("N", "30d", "how long an episode may run without the GP being involved")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private static final List<String> PARTY_FIELDS = List.of("invited", "attended", "to", "from", "sharedWith",
            "contributors", "referredTo", "partnersNotified", "members", "attendees", "copiedTo", "knownTo",
            "agenciesChecked", "reportsSubmitted", "requestedBy", "referrer");

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
        for (CaseEvent event : file.events()) {
            if (!event.latest().isBefore(first.earliest()) && !event.earliest().isAfter(lastDay)
                    && involvesGp(file, event)) {
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
                        + ", at least " + span.describe() + ", with no entry involving the GP."));
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
        if (event.agencies().stream().anyMatch(file::isGp) || "GP".equalsIgnoreCase(event.workerRole())) {
            return true;
        }
        return PARTY_FIELDS.stream().anyMatch(field -> file.agencyCodes(event, field).stream().anyMatch(file::isGp));
    }
}
