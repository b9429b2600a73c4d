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
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;

/** domain.md §c rule 30; motivated by Family T §5.47 and LP7, Child O LP10 and Baby L §1.14. */
@Component
public class DischargeWithoutPlanning implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("DISCHARGE_WITHOUT_PLANNING", Category.RESPONSE_TO_HARM,
            "A vulnerable baby, or a new mother while her baby is on a child in need or protection plan, left "
                + "hospital with no multi-agency discharge planning meeting in the N before. The baby is vulnerable "
                + "when it has been in hospital since a birth at which it was admitted to a unit, or has an open child "
                + "in need or protection plan, an open section 47 enquiry, a court order in force, or a pre-birth "
                + "assessment with no closure since. A discharge into the local authority's care (the child "
                + "accommodated, placed or under police protection around the discharge) is itself the lead agency's "
                + "plan and is not reported. Read generously: a meeting counts if it can have happened from N before "
                + "the discharge's first possible day to its last.",
            "hospital.discharge naming the child (details.subject, when stated, is the person discharged). Baby: "
                + "under 1 year by its person.recorded dateOfBirth or health.birth, or an expected delivery or "
                + "health.pregnancy_confirmed of it in the year before. Vulnerability: health.birth with "
                + "details.admittedTo (and no discharge since), cin_plan.started / cp_plan.started not ended, "
                + "s47.started not concluded, court.order (details.durationMonths, else a year), assessment.* with "
                + "details.kind = pre_birth and no lead-agency case.closed since. Mother: relationship.recorded mother "
                + "of the child, or the details.subject of a health.pregnancy_confirmed naming the child; her "
                + "discharge counts within 42 days of the birth. Planning: meeting.discharge_planning, or "
                + "meeting.professionals / meeting.mdt / meeting.cin_review / meeting.core_group whose agencies, "
                + "invited or attended include both the lead agency and the discharging hospital. Care: "
                + "child.accommodated, placement.started or police.protection of the child.",
            List.of(new Parameter("N", "7d", "time before the discharge in which the planning meeting is held")));

    private static final int POSTNATAL_DAYS = 42;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span before = parameters.span("N");
        List<Finding> findings = new ArrayList<>();
        for (CaseEvent discharge : file.events()) {
            if (!discharge.is("hospital.discharge")) {
                continue;
            }
            Set<String> discharged = discharged(discharge);
            Reason reason = discharged.contains(file.childId()) ? babyReason(file, discharge)
                    : motherReason(file, discharge, discharged);
            if (reason == null || planned(file, discharge, before) || intoCare(file, discharge, before)) {
                continue;
            }
            Set<String> agencies = new LinkedHashSet<>(discharge.agencies());
            reason.event.agencies().stream().filter(file::isLead).forEach(agencies::add);
            String whose = discharged.contains(file.childId()) ? "The baby" : "The baby's mother";
            findings.add(Finding.of(this, Severity.HIGH, discharge, agencies,
                    List.of(discharge.eventId(), reason.event.eventId()), whose + " was discharged from hospital by "
                            + discharge.agency() + " on " + discharge.when() + " " + reason.text + ", and no "
                            + "multi-agency discharge planning meeting is recorded between "
                            + before.before(discharge.earliest(), file.calendar()) + " and " + discharge.latest() + "."));
        }
        return findings;
    }

    private record Reason(String text, CaseEvent event) {
    }

    /** Who left hospital: details.subject when stated, else the entry's children and adults. */
    private static Set<String> discharged(CaseEvent discharge) {
        Set<String> who = new LinkedHashSet<>();
        String subject = discharge.text("subject");
        if (subject != null) {
            who.add(subject);
        } else {
            who.addAll(discharge.children());
            who.addAll(discharge.adults());
        }
        return who;
    }

    private static Reason babyReason(CaseFile file, CaseEvent discharge) {
        if (!baby(file, discharge)) {
            return null;
        }
        CaseEvent admittedAtBirth = null;
        CaseEvent preBirth = null;
        CaseEvent order = null;
        for (CaseEvent e : file.own()) {
            if (e == discharge || e.earliest().isAfter(discharge.earliest())) {
                continue;
            }
            if (e.is("health.birth") && e.stated("admittedTo")) {
                admittedAtBirth = e;
            } else if (e.is("hospital.discharge") && discharged(e).contains(file.childId())) {
                admittedAtBirth = null;
            } else if (e.is("assessment.started", "assessment.completed") && "pre_birth".equals(e.text("kind"))) {
                preBirth = e;
            } else if (e.is("case.closed") && file.byLead(e)) {
                preBirth = null;
            } else if (e.is("court.order") && inForce(e, discharge)) {
                order = e;
            }
        }
        if (admittedAtBirth != null) {
            return new Reason("after a stay since its birth (" + admittedAtBirth.when() + ", admitted to a unit)",
                    admittedAtBirth);
        }
        Reason plan = openPlan(file, discharge);
        if (plan != null) {
            return plan;
        }
        Optional<CaseEvent> s47 = file.openAt(discharge, "s47.started", "s47.concluded");
        if (s47.isPresent()) {
            return new Reason("during a section 47 enquiry (" + s47.get().when() + ")", s47.get());
        }
        if (order != null) {
            return new Reason("under a court order (" + order.when() + ")", order);
        }
        return preBirth == null ? null : new Reason("after a pre-birth assessment (" + preBirth.when() + ")", preBirth);
    }

    /** Certainly under a year old, or expected or confirmed as a pregnancy in the year before. */
    private static boolean baby(CaseFile file, CaseEvent discharge) {
        if (Injuries.bornUnder(file, discharge, Span.parse("1y")).isPresent()) {
            return true;
        }
        LocalDate yearBefore = discharge.latest().minusYears(1);
        if (file.household().expectedDelivery(file.childId()).filter(d -> d.isAfter(yearBefore)).isPresent()) {
            return true;
        }
        return Injuries.born(file).isEmpty() && file.own().stream().anyMatch(e -> e.is("health.pregnancy_confirmed")
                && e.earliest().isAfter(yearBefore) && !e.earliest().isAfter(discharge.latest()));
    }

    private static boolean inForce(CaseEvent order, CaseEvent discharge) {
        Integer months = order.number("durationMonths");
        LocalDate end = order.latest().plusMonths(months != null ? months : 12);
        return !end.isBefore(discharge.earliest());
    }

    /** A mother's discharge within the weeks after the birth, while her baby's plan is open. */
    private static Reason motherReason(CaseFile file, CaseEvent discharge, Set<String> discharged) {
        Set<String> mothers = new LinkedHashSet<>(file.household().relatives(file.childId(), Household.MOTHER));
        file.own().stream().filter(e -> e.is("health.pregnancy_confirmed") && e.text("subject") != null)
                .forEach(e -> mothers.add(e.text("subject")));
        if (discharged.stream().noneMatch(mothers::contains)) {
            return null;
        }
        Optional<LocalDate> born = Injuries.born(file);
        if (born.isPresent() && (discharge.latest().isBefore(born.get())
                || discharge.earliest().isAfter(born.get().plusDays(POSTNATAL_DAYS)))) {
            return null;
        }
        Reason plan = openPlan(file, discharge);
        return plan == null ? null : new Reason("after the birth, " + plan.text, plan.event);
    }

    private static Reason openPlan(CaseFile file, CaseEvent discharge) {
        Optional<CaseEvent> cp = file.openAt(discharge, "cp_plan.started", "cp_plan.ended");
        if (cp.isPresent()) {
            return new Reason("while on a child protection plan (" + cp.get().when() + ")", cp.get());
        }
        return file.openAt(discharge, "cin_plan.started", "cin_plan.ended")
                .map(cin -> new Reason("while on a child in need plan (" + cin.when() + ")", cin)).orElse(null);
    }

    /** A planning meeting that can have happened from N before the discharge up to its last possible day. */
    private static boolean planned(CaseFile file, CaseEvent discharge, Span before) {
        LocalDate from = before.before(discharge.earliest(), file.calendar());
        return file.events().stream()
                .filter(m -> !m.latest().isBefore(from) && !m.earliest().isAfter(discharge.latest()))
                .anyMatch(m -> m.is("meeting.discharge_planning")
                        || (m.is("meeting.professionals", "meeting.mdt", "meeting.cin_review", "meeting.core_group")
                        && hospitalAndLead(file, m, discharge)));
    }

    private static boolean hospitalAndLead(CaseFile file, CaseEvent meeting, CaseEvent discharge) {
        Set<String> present = Partners.present(file, meeting);
        return present.stream().anyMatch(file::isLead) && present.stream().anyMatch(discharge.agencies()::contains);
    }

    /** The child accommodated, placed or protected around the discharge: the lead agency's own plan. */
    private static boolean intoCare(CaseFile file, CaseEvent discharge, Span before) {
        LocalDate from = before.before(discharge.earliest(), file.calendar());
        return discharged(discharge).contains(file.childId()) && file.own().stream()
                .anyMatch(e -> e.is("child.accommodated", "placement.started", "police.protection")
                        && !e.latest().isBefore(from) && !e.earliest().isAfter(discharge.latest().plusDays(1)));
    }
}
