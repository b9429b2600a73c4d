package org.chronology.projections.gaps.rules;

import org.chronology.core.api.event.Sector;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** domain.md §c rule 46; motivated by Child O §7.3.5 (a pregnant 16-year-old seen by adult A&E and EPU). */
@Component
public class AdolescentInAdultServices implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("ADOLESCENT_IN_ADULT_SERVICES", Category.INFORMATION_SHARING,
            "A 16- or 17-year-old of the household with a history with children's social care attended hospital "
                + "(emergency department, admission or pregnancy booking at an acute trust, where 16- and 17-year-olds "
                + "are seen by adult services), and nothing shows safeguarding information reached children's social "
                + "care within N. One finding per attendance. Read generously: a notice counts if it can have happened "
                + "from the attendance to N after it, and the rule decides once N has passed. Whether the adult "
                + "service knew the young person's history needs a reviewer's judgement.",
            "hospital.ed_attendance, hospital.admission or health.pregnancy_confirmed recorded or acted by an agency "
                + "of sector health.acute; the person: details.subject, else the entry's children and adults; their "
                + "age from person.recorded dateOfBirth; history: an earlier entry naming them (other than "
                + "person.recorded / relationship.recorded) recorded by the lead agency or sent to it. The notice: info.shared / referral.made / concern.recorded naming the person "
                + "whose to, referredTo or sharedWith names the lead agency, or an entry the lead agency recorded "
                + "naming them.",
            List.of(new Parameter("N", "2wd", "time within which children's social care hears of the attendance (design)")));

    /** The acute trust's contacts the rule reads, asked of every entry of the household. */
    private static final String[] ACUTE_CONTACTS = {"hospital.ed_attendance", "hospital.admission",
        "health.pregnancy_confirmed"};

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        Household household = file.household();
        List<Finding> findings = new ArrayList<>();
        List<CaseEvent> leadKnew = null;
        for (CaseEvent attendance : file.events()) {
            if (!attendance.is(ACUTE_CONTACTS)
                    || attendance.agencies().stream().noneMatch(a -> acute(file, a))
                    || !Timing.overdue(attendance, within, file.calendar(), asOf)) {
                continue;
            }
            for (String person : people(attendance)) {
                int age = household.ageInYearsOn(person, attendance.earliest()).orElse(-1);
                if (age != 16 && age != 17) {
                    continue;
                }
                if (leadKnew == null) {
                    leadKnew = Injuries.select(file.events(), e -> Injuries.leadKnows(file, e));
                }
                if (!known(leadKnew, person, attendance) || Timing.respondedWithin(attendance, within,
                        file.calendar(), leadKnew, e -> names(e, person)).isPresent()) {
                    continue;
                }
                findings.add(Finding.of(this, Severity.MEDIUM, attendance, attendance.agencies(),
                        List.of(attendance.eventId()), person + ", aged " + age + " and known to children's social "
                                + "care, was seen by " + attendance.agency() + " (" + Explanations.type(attendance)
                                + ") on " + attendance.when() + ", and nothing shows children's social care was told "
                                + "between " + attendance.when() + " and "
                                + Timing.deadline(attendance, within, file.calendar()) + "."));
            }
        }
        return findings;
    }

    private static boolean acute(CaseFile file, String agency) {
        return file.sector(agency).filter(s -> s == Sector.HEALTH_ACUTE).isPresent();
    }

    private static Set<String> people(CaseEvent e) {
        Set<String> people = new LinkedHashSet<>();
        String subject = e.text("subject");
        if (subject != null) {
            people.add(subject);
        } else {
            people.addAll(e.children());
            people.addAll(e.adults());
        }
        return people;
    }

    private static boolean names(CaseEvent e, String person) {
        return e.concerns(person) || person.equals(e.text("subject"));
    }

    /**
     * An entry before the attendance, naming the person, that the lead agency recorded or was sent (a person's
     * particulars or relationships alone are not a history).
     */
    private static boolean known(List<CaseEvent> leadKnew, String person, CaseEvent attendance) {
        return leadKnew.stream().anyMatch(e -> e.latest().isBefore(attendance.earliest()) && names(e, person)
                && !e.is(Household.PERSON_RECORDED, Household.RELATIONSHIP_RECORDED));
    }
}
