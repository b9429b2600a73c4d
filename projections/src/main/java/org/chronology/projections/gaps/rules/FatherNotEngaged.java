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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * domain.md §c rule 20; motivated by Family T §5.13, Child BF BF3, Baby E §1.3.9, Child O §7.4 and Baby L §1.15:
 * the father or male carer left out of assessment and planning, in all five reviews.
 */
@Component
public class FatherNotEngaged implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("FATHER_NOT_ENGAGED", Category.ENGAGEMENT,
            "An assessment, child protection conference or new plan for the child with no entry involving its "
                + "father or male carer (seen, contacted, checked, assessed, invited or told) from W before it to its "
                + "date; or, when no father or male carer is recorded for the child at all, the assessments and "
                + "plans went ahead without him being identified. Consecutive pieces of work that leave the same man "
                + "out make one finding, at the first. Read generously: an entry counts if it can have happened in the "
                + "window. Whether it was safe or possible to involve him needs a reviewer's judgement.",
            "Pieces of work naming the child: assessment.completed (details.kind child_and_family, pre_birth, core, "
                + "initial, parenting, early_help, neglect_tool or not stated), conference.initial, "
                + "conference.review, cp_plan.started, cin_plan.started. The men: relationship.recorded father, "
                + "step_parent or partner_of_parent of the child, or partner_of_parent of its mother. Involvement: "
                + "visit.home, contact.*, meeting.*, appointment.attended, assessment.*, checks.completed, "
                + "conference.*, family.informed or written_agreement.made naming him in the envelope's adults or "
                + "children, or in details.participants, subject, subjects, parentsAttended, parentsInformed or "
                + "parties.",
            List.of(new Parameter("W", "90d", "time before a piece of work in which the father is involved")));

    private static final Set<String> KINDS = Set.of("child_and_family", "pre_birth", "core", "initial", "parenting",
            "early_help", "neglect_tool");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span w = parameters.span("W");
        List<CaseEvent> work = file.own().stream().filter(FatherNotEngaged::pieceOfWork).toList();
        List<Finding> findings = new ArrayList<>();
        if (work.isEmpty()) {
            return findings;
        }
        Set<String> men = file.household().fathersAndMaleCarers(file.childId());
        if (men.isEmpty()) {
            CaseEvent first = work.get(0);
            findings.add(Finding.of(this, Severity.MEDIUM, first, leads(file, work), Injuries.ids(work),
                    "No father or male carer of the child is recorded, and " + describe(work) + " went ahead without "
                            + "him being identified (the first, " + Explanations.type(first) + ", on " + first.when()
                            + ")."));
            return findings;
        }
        for (String man : men) {
            List<CaseEvent> involved = file.events().stream().filter(e -> involves(e, man)).toList();
            List<CaseEvent> run = new ArrayList<>();
            for (CaseEvent piece : work) {
                LocalDate from = w.before(piece.earliest(), file.calendar());
                boolean engaged = involved.stream().anyMatch(e -> !e.latest().isBefore(from)
                        && !e.earliest().isAfter(piece.latest()));
                if (engaged) {
                    report(file, man, run, w, findings);
                    run = new ArrayList<>();
                } else {
                    run.add(piece);
                }
            }
            report(file, man, run, w, findings);
        }
        return findings;
    }

    private void report(CaseFile file, String man, List<CaseEvent> run, Span w, List<Finding> findings) {
        if (run.isEmpty()) {
            return;
        }
        CaseEvent first = run.get(0);
        String pieces = describe(run);
        findings.add(Finding.of(this, Severity.MEDIUM, first, leads(file, run), Injuries.ids(run),
                Character.toUpperCase(pieces.charAt(0)) + pieces.substring(1) + " went ahead with no entry involving " + man + ", the child's father or male carer, from "
                + w.before(first.earliest(), file.calendar()) + " to " + run.get(run.size() - 1).when()
                + ": he was not seen, contacted, checked, assessed, invited or told."));
    }

    private static String describe(List<CaseEvent> run) {
        List<String> items = new ArrayList<>();
        run.forEach(e -> items.add("the " + Explanations.type(e) + " of " + e.when() + " (" + e.eventId() + ")"));
        return Explanations.list(items, "and");
    }

    private static Set<String> leads(CaseFile file, List<CaseEvent> run) {
        Set<String> agencies = new LinkedHashSet<>();
        run.forEach(e -> agencies.add(e.agency()));
        return agencies;
    }

    private static final String[] CONFERENCES_AND_PLANS = {"conference.initial", "conference.review",
        "cp_plan.started", "cin_plan.started"};

    private static boolean pieceOfWork(CaseEvent e) {
        if (e.is("assessment.completed")) {
            String kind = e.text("kind");
            return kind == null || KINDS.contains(kind);
        }
        return e.is(CONFERENCES_AND_PLANS);
    }

    private static boolean involves(CaseEvent e, String man) {
        if (!(e.type().startsWith("contact.") || e.type().startsWith("meeting.") || e.type().startsWith("assessment.")
                || e.type().startsWith("conference.") || e.is("visit.home", "appointment.attended", "checks.completed",
                "family.informed", "written_agreement.made"))) {
            return false;
        }
        return People.named(e, man);
    }
}
