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
import java.util.Set;

/** domain.md §c rule 22; motivated by Child BF finding BF7 and Rec 9 (police told of a possible NAI the next day). */
@Component
public class NaiPoliceNotSameDay implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("NAI_POLICE_NOT_SAME_DAY", Category.RESPONSE_TO_HARM,
            "A suspected non-accidental injury to a child under the age, a non-mobile child or a child on a child "
                + "protection plan, and police not told on the same calendar day. One finding per episode "
                + "(suspicions within 14 days of each other), at its first suspicion; the first later entry showing "
                + "that police knew is cited. Read generously: any entry showing police knew that can have happened "
                + "on the suspicion's day counts, and the rule decides once that day has passed.",
            "The suspicion: hospital.ed_attendance, injury.observed, injury.diagnosed or medical.cp_medical naming the "
                + "child with details.suspectedNAI = true, or injury.observed / injury.diagnosed with "
                + "details.childMobile = false. Age: the child's person.recorded dateOfBirth, or its health.birth. "
                + "Non-mobile: details.childMobile = false. On a plan: cp_plan.started with no cp_plan.ended since. "
                + "Police knew: police.notified, any police.* entry by a police agency, a strategy discussion or "
                + "meeting convened by, inviting or attended by police, or info.shared / referral.made / "
                + "concern.recorded whose to, referredTo or sharedWith names a police agency (household entries "
                + "included).",
            List.of(new Parameter("age", "1y", "age under which any suspected NAI must reach police the same day")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span age = parameters.span("age");
        List<Finding> findings = new ArrayList<>();
        List<List<CaseEvent>> episodes = Injuries.episodes(file);
        List<CaseEvent> police = episodes.isEmpty() ? List.of()
                : Injuries.select(file.events(), e -> Injuries.policeKnows(file, e));
        for (List<CaseEvent> episode : episodes) {
            CaseEvent first = episode.get(0);
            if (!asOf.isAfter(first.latest())) {
                continue;
            }
            String vulnerable = vulnerability(file, episode, age);
            if (vulnerable == null || Injuries.between(police, first.earliest(), first.latest()).isPresent()) {
                continue;
            }
            Optional<CaseEvent> notice = police.stream().filter(e -> e.earliest().isAfter(first.latest())).findFirst();
            List<String> evidence = Injuries.ids(episode);
            notice.ifPresent(n -> evidence.add(n.eventId()));
            Set<String> agencies = Injuries.agencies(episode);
            findings.add(Finding.of(this, Severity.HIGH, first, agencies, evidence, "Suspected non-accidental "
                    + "injury to " + vulnerable + " was recorded by " + String.join(", ", first.agencies()) + " on "
                    + first.when() + ", and nothing shows that police were told that day"
                    + notice.map(n -> " (the first entry showing they knew, " + Explanations.type(n) + " by "
                    + n.agency() + ", is dated " + n.when() + ")").orElse("") + "."));
        }
        return findings;
    }

    /** Why the child is vulnerable, or null when it is not known to be under the age, non-mobile or on a plan. */
    private static String vulnerability(CaseFile file, List<CaseEvent> episode, Span age) {
        CaseEvent first = episode.get(0);
        Optional<LocalDate> born = Injuries.bornUnder(file, first, age);
        if (born.isPresent()) {
            return "a child under " + age.describe() + " (born " + born.get() + ")";
        }
        if (episode.stream().anyMatch(Injuries::nonMobile)) {
            return "a non-mobile child";
        }
        return file.openAt(first, "cp_plan.started", "cp_plan.ended")
                .map(cp -> "a child on a child protection plan (since " + cp.when() + ")").orElse(null);
    }
}
