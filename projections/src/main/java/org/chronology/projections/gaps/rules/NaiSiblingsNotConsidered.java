package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Category;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.GapRule;
import org.chronology.projections.gaps.Household;
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
import java.util.Set;

/** domain.md §c rule 27; motivated by Baby E §1.3.1, §3.1.8 and §3.1.22 (the sibling's safety not considered). */
@Component
public class NaiSiblingsNotConsidered implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("NAI_SIBLINGS_NOT_CONSIDERED", Category.RESPONSE_TO_HARM,
            "A suspected non-accidental injury to the child, and a sibling with no assessment, medical or safety "
                + "entry of their own within N. One finding per episode (suspicions within 14 days of each other), "
                + "at its first suspicion, naming every sibling not considered. Read generously: N runs from the "
                + "suspicion's last possible day, an entry counts if it can have happened from the suspicion's first "
                + "possible day to then, and the rule decides once N has passed. Siblings are those the household "
                + "records; a sibling born after the suspicion or already 18 is not counted.",
            "The suspicion: hospital.ed_attendance, injury.observed, injury.diagnosed or medical.cp_medical naming the "
                + "child with details.suspectedNAI = true, or injury.observed / injury.diagnosed with "
                + "details.childMobile = false. Siblings: relationship.recorded sibling / half_sibling, or a mother or "
                + "father in common; person.recorded dateOfBirth for their age. Considered: an entry naming the sibling "
                + "among its children of type strategy.discussion / strategy.meeting, s47.started, assessment.*, "
                + "medical.cp_medical / medical.imaging, hospital.ed_attendance / hospital.admission, visit.home, "
                + "child.accommodated, placement.started, police.protection, court.order or written_agreement.made.",
            List.of(new Parameter("N", "1wd", "time within which each sibling's safety is considered")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        Household household = file.household();
        List<Finding> findings = new ArrayList<>();
        List<List<CaseEvent>> episodes = Injuries.episodes(file);
        if (episodes.isEmpty()) {
            return findings;
        }
        Set<String> siblings = household.siblings(file.childId());
        List<CaseEvent> considered = Injuries.select(file.events(), e -> considers(e)
                && e.children().stream().anyMatch(siblings::contains));
        for (List<CaseEvent> episode : episodes) {
            CaseEvent first = episode.get(0);
            if (!Timing.overdue(first, within, file.calendar(), asOf)) {
                continue;
            }
            LocalDate deadline = Timing.deadline(first, within, file.calendar());
            List<String> missed = new ArrayList<>();
            for (String sibling : siblings) {
                boolean child = household.dateOfBirth(sibling).map(b -> !b.isAfter(first.earliest())
                        && b.plusYears(18).isAfter(first.latest())).orElse(true);
                if (child && considered.stream().noneMatch(e -> e.children().contains(sibling)
                        && !e.latest().isBefore(first.earliest()) && !e.earliest().isAfter(deadline))) {
                    missed.add(sibling);
                }
            }
            if (missed.isEmpty()) {
                continue;
            }
            findings.add(Finding.of(this, Severity.HIGH, first, Injuries.agencies(episode), Injuries.ids(episode),
                    "Suspected non-accidental injury to the child was recorded by " + String.join(", ", first.agencies())
                            + " on " + first.when() + ", and no assessment, medical or safety entry for "
                            + (missed.size() == 1 ? "the sibling " : "the siblings ") + Explanations.list(missed, "and")
                            + " is recorded between " + first.when() + " and " + deadline + "."));
        }
        return findings;
    }

    private static boolean considers(CaseEvent e) {
        return e.is("strategy.discussion", "strategy.meeting", "s47.started", "assessment.started",
                "assessment.completed", "medical.cp_medical", "medical.imaging", "hospital.ed_attendance",
                "hospital.admission", "visit.home") || Injuries.safetyArrangement(e);
    }
}
