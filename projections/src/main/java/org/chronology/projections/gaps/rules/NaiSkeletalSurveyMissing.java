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
import java.util.Optional;

/** domain.md §c rule 25; motivated by Baby E §4.3 (hospital recommendation: skeletal survey for under-2s). */
@Component
public class NaiSkeletalSurveyMissing implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("NAI_SKELETAL_SURVEY_MISSING", Category.RESPONSE_TO_HARM,
            "A suspected non-accidental injury to a child under the age (or recorded as not mobile) with no skeletal "
                + "survey within N. One finding per episode (suspicions within 14 days of each other), at its first "
                + "suspicion. Read generously: N runs from the suspicion's last possible day, a survey counts if it can "
                + "have happened from the suspicion's first possible day to then, and the rule decides once N has "
                + "passed. N is a design default: the survey is done within days, and repeated later.",
            "The suspicion: hospital.ed_attendance, injury.observed, injury.diagnosed or medical.cp_medical naming the "
                + "child with details.suspectedNAI = true, or injury.observed / injury.diagnosed with "
                + "details.childMobile = false. Age: the child's person.recorded dateOfBirth, or its health.birth. "
                + "The survey: medical.imaging naming the child with details.modality = skeletal_survey.",
            List.of(new Parameter("age", "2y", "age under which a suspected NAI calls for a skeletal survey"),
                    new Parameter("N", "5wd", "time within which the skeletal survey is done (design)")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span age = parameters.span("age");
        Span within = parameters.span("N");
        List<Finding> findings = new ArrayList<>();
        List<List<CaseEvent>> episodes = Injuries.episodes(file);
        List<CaseEvent> surveys = episodes.isEmpty() ? List.of()
                : Injuries.select(file.own(), NaiSkeletalSurveyMissing::survey);
        for (List<CaseEvent> episode : episodes) {
            CaseEvent first = episode.get(0);
            if (!Timing.overdue(first, within, file.calendar(), asOf)) {
                continue;
            }
            Optional<LocalDate> born = Injuries.bornUnder(file, first, age);
            if (born.isEmpty() && episode.stream().noneMatch(Injuries::nonMobile)) {
                continue;
            }
            if (Timing.respondedWithin(first, within, file.calendar(), surveys, e -> true)
                    .isPresent()) {
                continue;
            }
            LocalDate deadline = Timing.deadline(first, within, file.calendar());
            Optional<CaseEvent> later = surveys.stream().filter(e -> e.earliest().isAfter(deadline)).findFirst();
            List<String> evidence = Injuries.ids(episode);
            later.ifPresent(e -> evidence.add(e.eventId()));
            String who = born.map(b -> "a child under " + age.describe() + " (born " + b + ")")
                    .orElse("a non-mobile child");
            findings.add(Finding.of(this, Severity.HIGH, first, Injuries.agencies(episode), evidence,
                    "Suspected non-accidental injury to " + who + " was recorded by "
                            + String.join(", ", first.agencies()) + " on " + first.when() + ", and no skeletal survey "
                            + "is recorded between " + first.when() + " and " + deadline
                            + later.map(e -> " (the first is dated " + e.when() + ")").orElse("") + "."));
        }
        return findings;
    }

    private static boolean survey(CaseEvent e) {
        return e.is("medical.imaging") && "skeletal_survey".equals(e.text("modality"));
    }
}
