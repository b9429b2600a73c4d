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
import java.util.Set;

/** domain.md §c rule 44; motivated by Family T §5.35-5.36 and fn23, Baby E §4.2 (parents left out of planning). */
@Component
public class ParentParticipationGap implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("PARENT_PARTICIPATION_GAP", Category.ENGAGEMENT,
            "A parent left out: a decision told to the family, or a meeting with the family, that leaves out one of "
                + "the child's recorded parents; a court hearing about the child without a recorded parent present; or "
                + "a child protection conference held within D of the child's discharge from hospital, before the "
                + "parents could prepare. One finding per event. Read generously: a conference counts as soon after the "
                + "discharge only when its dates make it certain. Why a parent was absent (childcare, bail conditions, "
                + "risk) needs a reviewer's judgement.",
            "The parents: relationship.recorded mother or father of the child. family.informed with "
                + "details.parentsInformed; meeting.with_family with details.participants; court.hearing with "
                + "details.partiesPresent (each listing person ids; silent when the list is not stated); "
                + "conference.initial / conference.review and the child's hospital.discharge.",
            List.of(new Parameter("D", "2d", "time after a discharge within which a conference leaves parents no time")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span soon = parameters.span("D");
        // A young parent's own parents are not the parents of the baby's decisions and meetings.
        Set<String> parents = file.household().relatives(file.childId()).stream().anyMatch(p -> file.household()
                .parents(p).contains(file.childId())) ? Set.of() : file.household().parents(file.childId());
        List<Finding> findings = new ArrayList<>();
        CaseEvent discharge = null;
        for (CaseEvent e : file.own()) {
            if (e.is("hospital.discharge") && (e.text("subject") == null || file.childId().equals(e.text("subject")))) {
                discharge = e;
            } else if (e.is("conference.initial", "conference.review") && discharge != null
                    && !e.earliest().isBefore(discharge.latest()) && !e.latest().isAfter(soon.after(discharge.earliest(), file.calendar()))) {
                findings.add(Finding.of(this, Severity.MEDIUM, e, e.agencies(), List.of(e.eventId(), discharge.eventId()),
                        "The " + Explanations.meeting(e) + " of " + e.when() + " was held within " + soon.describe() + " of "
                                + "the child's discharge from hospital (" + discharge.when() + "), leaving the parents "
                                + "little time to read the reports and prepare."));
            } else {
                String field = e.is("family.informed") ? "parentsInformed" : e.is("meeting.with_family") ? "participants"
                        : e.is("court.hearing") ? "partiesPresent" : null;
                if (field == null || !e.stated(field)) {
                    continue;
                }
                List<String> present = e.texts(field);
                List<String> left = parents.stream().filter(p -> !present.contains(p)).toList();
                if (!left.isEmpty()) {
                    String what = e.is("family.informed") ? "the decision told to the family"
                            : e.is("meeting.with_family") ? "the meeting with the family" : "the court hearing";
                    findings.add(Finding.of(this, Severity.MEDIUM, e, e.agencies(), List.of(e.eventId()),
                            "The child's " + (left.size() == 1 ? "parent " : "parents ") + Explanations.list(left, "and")
                                    + (left.size() == 1 ? " was" : " were") + " not among those of " + what + " on "
                                    + e.when() + " (" + String.join(", ", present) + ")."));
                }
            }
        }
        return findings;
    }
}
