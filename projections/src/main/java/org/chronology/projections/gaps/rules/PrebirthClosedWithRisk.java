package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Category;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.GapRule;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.RuleInfo;
import org.chronology.projections.gaps.Severity;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** domain.md §c rule 15; motivated by Family T §5.7-5.8, §5.24 and LP1 (a pre-birth case closed two months before the birth). */
@Component
public class PrebirthClosedWithRisk implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("PREBIRTH_CLOSED_WITH_RISK", Category.RESPONSE_TO_HARM,
            "Before the birth the lead agency ended its involvement with the unborn child (an assessment concluding "
                + "no further action or early help, a decision of no further action, or the case closed) although a "
                + "parent had risk markers, and no legal planning meeting, pre-proceedings or strategy discussion was "
                + "held. Markers: a parent under 18, looked after or formerly looked after, on a child protection plan "
                + "before, or concerns of child sexual exploitation, substance misuse or domestic abuse recorded about "
                + "a parent or the unborn child, or a domestic abuse incident. One finding per ending, pointing at the "
                + "closure (or the decision when no closure followed). Whether the markers were weighed is a "
                + "judgement; the rule shows that they were on record and no legal or strategy step was.",
            "The child's date of birth or expected delivery (person.recorded, health.birth, details.edd or "
                + "details.gestationWeeks); parents from relationship.recorded (mother, father) or "
                + "health.pregnancy_confirmed details.subject, with dates of birth; the lead agency's "
                + "assessment.completed (details.outcome), referral.decision (details.decision) and case.closed; "
                + "lac.review, child.accommodated, placement.started and cp_plan.started naming a parent; "
                + "concern.recorded details.categories and referral.made details.concerns (cse, substance, "
                + "da_coercive_control); police.incident details.kind domestic_abuse; legal.planning_meeting, "
                + "legal.plo_started, strategy.discussion and strategy.meeting.",
            List.of());

    private static final Set<String> ENDING = Set.of("nfa", "early_help", "signposting");
    private static final Set<String> MARKED_CONCERNS = Set.of("cse", "substance", "da_coercive_control");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Optional<LocalDate> born = Births.born(file);
        Optional<LocalDate> expected = Births.expected(file);
        List<CaseEvent> own = file.own();
        CaseEvent decision = null;
        CaseEvent ending = null;
        for (CaseEvent event : own) {
            if (!file.byLead(event) || !Births.beforeBirth(file, event, born, expected)) {
                continue;
            }
            if (event.is("assessment.completed") && ENDING.contains(Referrals.code(event, "outcome"))
                    || event.is("referral.decision") && ENDING.contains(Referrals.code(event, "decision"))) {
                decision = decision == null ? event : decision;
            } else if (event.is("case.closed")) {
                ending = event;
                break;
            }
        }
        CaseEvent pointed = ending != null ? ending : decision;
        if (pointed == null) {
            return List.of();
        }
        LocalDate at = pointed.latest();
        if (own.stream().anyMatch(e -> e.is("legal.planning_meeting", "legal.plo_started", "strategy.discussion",
                "strategy.meeting") && !e.earliest().isAfter(at))) {
            return List.of();
        }
        List<String> markers = new ArrayList<>();
        Set<String> evidence = new LinkedHashSet<>(List.of(pointed.eventId()));
        if (decision != null) {
            evidence.add(decision.eventId());
        }
        Set<String> parents = Births.parents(file);
        for (String parent : parents) {
            if (Births.under18(file, parent, at)) {
                markers.add(parent + " under 18");
            }
        }
        for (CaseEvent e : file.events()) {
            if (e == pointed || e.earliest().isAfter(at)) {
                continue;
            }
            String marker = marker(file, e, parents);
            if (marker != null && !markers.contains(marker)) {
                markers.add(marker);
                evidence.add(e.eventId());
            }
        }
        if (markers.isEmpty()) {
            return List.of();
        }
        String ended = pointed.is("case.closed") ? "closed the case" : "decided " + (pointed.is("assessment.completed")
                ? Referrals.code(pointed, "outcome") : Referrals.code(pointed, "decision"));
        return List.of(Finding.of(this, Severity.HIGH, pointed, pointed.agencies(), List.copyOf(evidence),
                pointed.agency() + " " + ended + " on " + pointed.when() + ", before the birth, although "
                        + String.join(", ", markers) + " (" + String.join(", ", evidence.stream().skip(1).toList())
                        + "); no legal planning meeting, pre-proceedings or strategy discussion is recorded by then."));
    }

    /** The risk marker an earlier entry shows, or null. */
    private static String marker(CaseFile file, CaseEvent e, Set<String> parents) {
        String parent = parents.stream().filter(e::concerns).findFirst().orElse(null);
        boolean aboutParent = parent != null && e.children().contains(parent);
        if (aboutParent && e.is("lac.review", "child.accommodated", "placement.started")) {
            return parent + " looked after";
        }
        if (aboutParent && e.is("cp_plan.started")) {
            return parent + " on a child protection plan before";
        }
        boolean aboutFamily = parent != null || e.children().contains(file.childId());
        if (!aboutFamily) {
            return null;
        }
        List<String> concerns = new ArrayList<>(e.strings("categories"));
        concerns.addAll(e.strings("concerns"));
        for (String concern : concerns) {
            if (MARKED_CONCERNS.contains(concern)) {
                return concern.replace("da_coercive_control", "domestic abuse").replace("cse",
                        "child sexual exploitation").replace("substance", "substance misuse") + " recorded";
            }
        }
        if (e.is("police.incident") && "domestic_abuse".equals(Referrals.code(e, "kind"))) {
            return "a domestic abuse incident";
        }
        return null;
    }
}
