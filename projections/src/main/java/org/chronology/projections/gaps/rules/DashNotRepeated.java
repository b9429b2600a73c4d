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

/** domain.md §c rule 36; motivated by Baby E §3.1.3 and the police recommendations 1-2 (DASH at every incident). */
@Component
public class DashNotRepeated implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("DASH_NOT_REPEATED", Category.RESPONSE_TO_HARM,
            "(a) A domestic abuse incident in the household with no DASH risk assessment: no grade on the incident and "
                + "no DASH assessment within N. (b) A repeat domestic abuse incident within W graded lower than the "
                + "one before, when the household's record shows disengagement in between (a service declined, a "
                + "missed contact or a non-engagement concern): whether the grade fell for the victim's "
                + "non-engagement rather than for less risk needs a reviewer's judgement. One finding per incident. "
                + "Read generously: a DASH assessment counts if it can have happened from the incident to N after "
                + "it, and (a) is decided once N has passed.",
            "police.incident (household entries) with details.kind = domestic_abuse, or a details.daRisk grade "
                + "(standard, medium, high); assessment.started / assessment.completed with details.kind = dash_risk; "
                + "disengagement: service.declined, appointment.missed, a visit or contact whose details.outcome says "
                + "the person was not seen, or concern.recorded with details.categories non_engagement.",
            List.of(new Parameter("N", "1wd", "time within which the DASH assessment is recorded (design)"),
                    new Parameter("W", "12m", "time within which a lower grade for a repeat incident is compared")));

    private static final List<String> GRADES = List.of("standard", "medium", "high");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        Span w = parameters.span("W");
        List<Finding> findings = new ArrayList<>();
        CaseEvent previous = null;
        List<CaseEvent> incidents = Injuries.select(file.events(), e -> e.is("police.incident")
                && ("domestic_abuse".equals(e.text("kind")) || e.stated("daRisk")));
        if (incidents.isEmpty()) {
            return findings;
        }
        List<CaseEvent> dashes = Injuries.select(file.events(), DashNotRepeated::dash);
        List<CaseEvent> disengagements = Injuries.select(file.events(), DashNotRepeated::disengagement);
        for (CaseEvent incident : incidents) {
            int grade = grade(incident);
            if (grade < 0) {
                if (Timing.overdue(incident, within, file.calendar(), asOf) && Timing.respondedWithin(incident, within,
                        file.calendar(), dashes, e -> true).isEmpty()) {
                    findings.add(Finding.of(this, Severity.MEDIUM, incident, incident.agencies(),
                            List.of(incident.eventId()), "A domestic abuse incident was recorded by "
                                    + incident.agency() + " on " + incident.when() + " with no DASH risk grade, and no "
                                    + "DASH assessment is recorded between " + incident.when() + " and "
                                    + Timing.deadline(incident, within, file.calendar()) + "."));
                }
                continue;
            }
            if (previous != null && grade < grade(previous)
                    && !incident.latest().isAfter(w.after(previous.earliest(), file.calendar()))) {
                CaseEvent before = previous;
                Optional<CaseEvent> disengaged = Injuries.between(disengagements, before.earliest(), incident.latest());
                if (disengaged.isPresent()) {
                    findings.add(Finding.of(this, Severity.MEDIUM, incident, incident.agencies(),
                            List.of(incident.eventId(), before.eventId(), disengaged.get().eventId()),
                            "The domestic abuse incident of " + incident.when() + " was graded " + incident.text("daRisk")
                                    + ", lower than the " + before.text("daRisk") + " grade of " + before.when()
                                    + ", after disengagement was recorded (" + Explanations.type(disengaged.get())
                                    + ", " + disengaged.get().when() + ")."));
                }
            }
            previous = incident;
        }
        return findings;
    }

    /** The incident's DASH grade as an index of {@link #GRADES}; -1 when not stated. */
    private static int grade(CaseEvent incident) {
        String grade = incident.text("daRisk");
        return grade == null ? -1 : GRADES.indexOf(grade);
    }

    private static boolean dash(CaseEvent e) {
        return e.is("assessment.started", "assessment.completed") && "dash_risk".equals(e.text("kind"));
    }

    private static boolean disengagement(CaseEvent e) {
        return e.is("service.declined") || e.isMissedContact()
                || (e.is("concern.recorded") && e.strings("categories").contains("non_engagement"));
    }
}
