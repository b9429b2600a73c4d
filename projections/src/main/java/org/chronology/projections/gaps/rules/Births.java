package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rules' reading of a pregnancy and a birth: when the child was born, when it was expected, whether an entry came
 * before the birth, and who its parents are. Read from the household (person.recorded, relationship.recorded) and
 * from the dates, gestation and expected date of delivery that pregnancy, referral, assessment and birth entries give.
 */
final class Births {

    private static final int TERM_WEEKS = 40;

    private Births() {
    }

    /** The first day the child can have been born: its recorded date of birth, else its health.birth entry. */
    static Optional<LocalDate> born(CaseFile file) {
        Optional<LocalDate> recorded = file.household().dateOfBirth(file.childId());
        if (recorded.isPresent()) {
            return recorded;
        }
        return file.own("health.birth").stream().map(CaseEvent::earliest).findFirst();
    }

    /**
     * The expected date of delivery, read late when imprecise: the recorded one (person.recorded, or details.edd on
     * the child's entries), else the latest date a stated gestation gives (entry's last day + the weeks to term).
     */
    static Optional<LocalDate> expected(CaseFile file) {
        Optional<LocalDate> recorded = file.household().expectedDelivery(file.childId());
        if (recorded.isPresent()) {
            return recorded;
        }
        LocalDate fromGestation = null;
        for (CaseEvent e : file.own()) {
            Optional<LocalDate> edd = date(e.text("edd"));
            if (edd.isPresent()) {
                return edd;
            }
            Integer weeks = e.number("gestationWeeks");
            if (weeks != null && weeks > 0 && weeks <= TERM_WEEKS && !e.is("health.birth") && fromGestation == null) {
                fromGestation = e.latest().plusWeeks(TERM_WEEKS - weeks);
            }
        }
        return Optional.ofNullable(fromGestation);
    }

    /**
     * Whether the entry certainly came before the birth: before the first day the child can have been born, or with
     * no birth known, before the expected date of delivery; a pregnancy confirmed is always before it.
     */
    static boolean beforeBirth(CaseFile file, CaseEvent event, Optional<LocalDate> born, Optional<LocalDate> expected) {
        if (born.isPresent()) {
            return event.latest().isBefore(born.get());
        }
        if (expected.isPresent()) {
            return event.latest().isBefore(expected.get());
        }
        return event.is("health.pregnancy_confirmed");
    }

    /** The child's parents: its recorded mother and father, and the pregnant person its pregnancy entries name. */
    static Set<String> parents(CaseFile file) {
        Set<String> parents = new LinkedHashSet<>(file.household().parents(file.childId()));
        file.own("health.pregnancy_confirmed").stream().map(e -> e.text("subject"))
                .filter(s -> s != null && !s.equals(file.childId())).forEach(parents::add);
        return parents;
    }

    /** Whether the person is certainly under 18 on the day (the date of birth read as its earliest). */
    static boolean under18(CaseFile file, String person, LocalDate on) {
        return file.household().ageInYearsOn(person, on).map(age -> age < 18).orElse(false);
    }

    /**
     * The person's involvement with children's social care before {@code before}: a lead-agency entry naming them,
     * or a looked-after, plan or conference entry naming them as a child; empty when none.
     */
    static Optional<CaseEvent> careHistory(CaseFile file, String person, LocalDate before) {
        return file.events().stream().filter(e -> e.latest().isBefore(before) && e.concerns(person)
                && (involves(file, e) || (e.children().contains(person) && e.is("lac.review", "child.accommodated",
                "placement.started", "cp_plan.started", "cin_plan.started", "conference.initial")))).findFirst();
    }

    /**
     * Whether the lead agency recorded or acted in the entry about its work: a person's particulars or relationships
     * (person.recorded, relationship.recorded) say who people are, not that the lead agency was involved.
     */
    static boolean involves(CaseFile file, CaseEvent event) {
        return file.byLead(event) && !event.is("person.recorded", "relationship.recorded");
    }

    private static Optional<LocalDate> date(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(text.length() == 7 ? YearMonth.parse(text).atEndOfMonth() : LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
