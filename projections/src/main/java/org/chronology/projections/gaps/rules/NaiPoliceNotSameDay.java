package org.chronology.projections.gaps.rules;

import org.chronology.core.api.event.Precision;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** domain.md §c rule 22; motivated by Child BF finding BF7 and Rec 9 (police told of a possible NAI the next day). */
@Component
public class NaiPoliceNotSameDay implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("NAI_POLICE_NOT_SAME_DAY", Category.RESPONSE_TO_HARM,
            "Suspected non-accidental injury to a child under the age, a non-mobile child or a child on a child "
                + "protection plan, and police not told on the same calendar day. Triggers are hospital.ed_attendance, "
                + "injury.observed and injury.diagnosed naming the child with details.suspectedNAI = true. The child "
                + "is under the age when its health.birth (earliest date) or the trigger's details.childAgeWeeks / "
                + "childAgeMonths / ageWeeks / ageMonths / childAgeDays make it certainly so; non-mobile when "
                + "details.childMobile = false; on a plan when a cp_plan.started on or before the trigger has no "
                + "cp_plan.ended before it, or details.onCpPlan = true. Police know through police.notified, any "
                + "police.* entry by a police agency, a strategy discussion or meeting recorded by, inviting or "
                + "attended by police, or info.shared / referral.made to police (household entries included). Read "
                + "generously: any such entry that can have happened on the trigger's day counts, unless it states "
                + "details.delayed = true or details.delayDays >= 1; when the first police.notified after the trigger "
                + "states such a delay, only an entry dated to that same day (day precision) counts. Decided once "
                + "the trigger's last possible day has passed; triggers that can share a day make one finding.",
            "Suspected non-accidental injury to a child under the age, a non-mobile child or a child on a child "
                + "protection plan, and police not told on the same calendar day. Triggers are hospital.ed_attendance, "
                + "injury.observed and injury.diagnosed naming the child with details.suspectedNAI = true. The child "
                + "is under the age when its health.birth (earliest date) or the trigger's details.childAgeWeeks / "
                + "childAgeMonths / ageWeeks / ageMonths / childAgeDays make it certainly so; non-mobile when "
                + "details.childMobile = false; on a plan when a cp_plan.started on or before the trigger has no "
                + "cp_plan.ended before it, or details.onCpPlan = true. Police know through police.notified, any "
                + "police.* entry by a police agency, a strategy discussion or meeting recorded by, inviting or "
                + "attended by police, or info.shared / referral.made to police (household entries included). Read "
                + "generously: any such entry that can have happened on the trigger's day counts, unless it states "
                + "details.delayed = true or details.delayDays >= 1; when the first police.notified after the trigger "
                + "states such a delay, only an entry dated to that same day (day precision) counts. Decided once "
                + "the trigger's last possible day has passed; triggers that can share a day make one finding.",
            List.of(new Parameter("age", "1y", "age under which any suspected NAI must reach police the same day")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span age = parameters.span("age");
        List<CaseEvent> own = file.own();
        Optional<CaseEvent> birth = birth(own);
        List<List<CaseEvent>> groups = new ArrayList<>();
        List<CaseEvent> notices = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (CaseEvent trigger : own) {
            if (!trigger.suspectsNonAccidentalInjury() || !asOf.isAfter(trigger.latest())) {
                continue;
            }
            String reason = vulnerability(file, trigger, birth, age);
            if (reason == null) {
                continue;
            }
            Optional<CaseEvent> notified = file.events().stream()
                    .filter(e -> e != trigger && e.is("police.notified") && !e.latest().isBefore(trigger.earliest()))
                    .findFirst();
            boolean statedLate = notified.filter(NaiPoliceNotSameDay::late).isPresent();
            boolean sameDay = file.events().stream()
                    .filter(e -> e != trigger && policeKnows(file, e) && !late(e))
                    .anyMatch(e -> statedLate ? certainlySameDay(e, trigger) : Timing.maySameDay(e, trigger));
            if (sameDay) {
                continue;
            }
            CaseEvent notice = notified.filter(n -> statedLate || !n.earliest().isAfter(trigger.latest().plusDays(7)))
                    .orElse(null);
            if (!groups.isEmpty() && Timing.maySameDay(groups.get(groups.size() - 1).get(0), trigger)) {
                groups.get(groups.size() - 1).add(trigger);
                continue;
            }
            groups.add(new ArrayList<>(List.of(trigger)));
            notices.add(notice);
            reasons.add(reason);
        }
        List<Finding> findings = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<CaseEvent> triggers = groups.get(g);
            CaseEvent first = triggers.get(0);
            CaseEvent notice = notices.get(g);
            List<String> evidence = new ArrayList<>(triggers.stream().map(CaseEvent::eventId).toList());
            Set<String> agencies = new LinkedHashSet<>();
            triggers.forEach(t -> agencies.addAll(t.agencies()));
            String police;
            if (notice != null) {
                evidence.add(notice.eventId());
                police = "police were notified (" + notice.agency() + ", " + notice.when() + ")"
                        + (late(notice) ? ", recorded as delayed, " : " ") + "but not on the same day";
            } else {
                police = "nothing shows that police were told on the same day";
            }
            findings.add(Finding.of(this, Severity.HIGH, first, agencies, evidence, "Suspected non-accidental "
                    + "injury to " + reasons.get(g) + " was recorded by " + String.join(", ", first.agencies())
                    + " on " + first.when() + ", and " + police + "."));
        }
        return findings;
    }

    /** Why the child is vulnerable, or null when it is not known to be under the age, non-mobile or on a plan. */
    private static String vulnerability(CaseFile file, CaseEvent trigger, Optional<CaseEvent> birth, Span age) {
        if (birth.isPresent() && trigger.latest().isBefore(age.after(birth.get().earliest(), file.calendar()))) {
            return "a child under " + age.describe() + " (born " + birth.get().when() + ")";
        }
        LocalDate statedBirth = statedBirth(trigger);
        if (statedBirth != null && trigger.earliest().isBefore(age.after(statedBirth, file.calendar()))) {
            return "a child under " + age.describe();
        }
        if (Boolean.FALSE.equals(trigger.flag("childMobile"))) {
            return "a non-mobile child";
        }
        if (Boolean.TRUE.equals(trigger.flag("onCpPlan"))
                || file.openAt(trigger, "cp_plan.started", "cp_plan.ended").isPresent()) {
            return "a child on a child protection plan";
        }
        return null;
    }

    /** The child's birth: a health.birth naming it, unless it already had entries (other than as unborn) before. */
    private static Optional<CaseEvent> birth(List<CaseEvent> own) {
        for (CaseEvent birth : own) {
            if (birth.is("health.birth")) {
                boolean livedBefore = own.stream().anyMatch(e -> e.latest().isBefore(birth.earliest())
                        && !Boolean.TRUE.equals(e.flag("unborn")) && !e.is("health.pregnancy_confirmed"));
                return livedBefore ? Optional.empty() : Optional.of(birth);
            }
        }
        return Optional.empty();
    }

    private static LocalDate statedBirth(CaseEvent trigger) {
        for (String field : List.of("childAgeDays", "ageDays")) {
            Integer n = trigger.number(field);
            if (n != null) {
                return trigger.earliest().minusDays(n);
            }
        }
        for (String field : List.of("childAgeWeeks", "ageWeeks")) {
            Integer n = trigger.number(field);
            if (n != null) {
                return trigger.earliest().minusWeeks(n);
            }
        }
        for (String field : List.of("childAgeMonths", "ageMonths")) {
            Integer n = trigger.number(field);
            if (n != null) {
                return trigger.earliest().minusMonths(n);
            }
        }
        return null;
    }

    /** Whether the entry shows that police knew. */
    private static boolean policeKnows(CaseFile file, CaseEvent e) {
        if (e.is("police.notified")) {
            return true;
        }
        boolean byPolice = e.agencies().stream().anyMatch(file::isPolice);
        if (e.type().startsWith("police.") && byPolice) {
            return true;
        }
        if (e.is("strategy.discussion", "strategy.meeting")) {
            return byPolice || e.strings("invited").stream().anyMatch(file::isPolice)
                    || e.strings("attended").stream().anyMatch(file::isPolice);
        }
        if (e.is("info.shared", "referral.made")) {
            List<String> to = new ArrayList<>(e.strings("to"));
            if (e.text("to") != null) {
                to.add(e.text("to"));
            }
            if (e.text("referredTo") != null) {
                to.add(e.text("referredTo"));
            }
            return to.stream().anyMatch(file::isPolice);
        }
        return false;
    }

    /** The entry states that it came a day or more late. */
    private static boolean late(CaseEvent e) {
        if (Boolean.TRUE.equals(e.flag("delayed"))) {
            return true;
        }
        Integer days = e.number("delayDays");
        return days != null && days >= 1;
    }

    /** Both dated to the day by the agency (bounds alone can collapse to one day without being a stated date). */
    private static boolean certainlySameDay(CaseEvent a, CaseEvent b) {
        return exact(a) && exact(b) && a.earliest().equals(b.earliest());
    }

    private static boolean exact(CaseEvent e) {
        return (e.precision() == Precision.DAY || e.precision() == Precision.INSTANT) && e.earliest().equals(e.latest());
    }
}
