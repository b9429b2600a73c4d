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
import java.util.Set;

/** domain.md §c rule 18; motivated by Child O §7.3.7 (EPU attendance of a 15-year-old) and Child BF Rec 5. */
@Component
public class UnbornReferralDelay implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("UNBORN_REFERRAL_DELAY", Category.TIMESCALE,
            "A health agency knew of a pregnancy where a parent is under 18 or has a history with children's social "
                + "care, and the lead agency did not know of the unborn child within N. Health knows from its first "
                + "entry about the unborn child (a pregnancy confirmed or booked, an attendance, contact or referral "
                + "before the birth), or a pregnancy it confirmed on the mother's own record. The lead agency knows from a referral to it or any entry of its own about the "
                + "child, if that can have happened by N after the last day health's entry allows (an earlier one "
                + "counts). One finding per child, pointing at health's first entry; nothing is found before N has "
                + "passed.",
            "The child's date of birth or expected delivery (person.recorded dateOfBirth / expectedDelivery), else its "
                + "health.birth, details.edd or details.gestationWeeks on its pregnancy, referral or assessment "
                + "entries; entries by agencies of sector health.*; the parents (relationship.recorded mother / "
                + "father, or health.pregnancy_confirmed details.subject) with their dates of birth, and their earlier "
                + "entries by a lead agency or of a looked-after, plan or conference type; referral.made with "
                + "details.referredTo of sector la.csc or la.frontdoor.",
            List.of(new Parameter("N", "14d", "time from health knowing of the pregnancy to a referral")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        Optional<LocalDate> born = Births.born(file);
        Optional<LocalDate> expected = Births.expected(file);
        Set<String> parents = Births.parents(file);
        CaseEvent trigger = file.events().stream().filter(e -> e.anyAgency(file::isHealth)
                && !e.is("health.birth") && (e.children().contains(file.childId())
                || e.is("health.pregnancy_confirmed") && parents.contains(e.text("subject")))
                && Births.beforeBirth(file, e, born, expected)).findFirst().orElse(null);
        if (trigger == null || !Timing.overdue(trigger, within, file.calendar(), asOf)) {
            return List.of();
        }
        LocalDate deadline = Timing.deadline(trigger, within, file.calendar());
        boolean leadKnew = file.own().stream().anyMatch(e -> (file.isReferralToLead(e) || Births.involves(file, e))
                && !e.earliest().isAfter(deadline));
        if (leadKnew) {
            return List.of();
        }
        List<String> evidence = new ArrayList<>(List.of(trigger.eventId()));
        String risk = null;
        for (String parent : parents) {
            Optional<CaseEvent> history = Births.careHistory(file, parent, trigger.earliest());
            if (Births.under18(file, parent, trigger.latest())) {
                risk = "parent " + parent + " is under 18";
            } else if (history.isPresent()) {
                evidence.add(history.get().eventId());
                risk = "parent " + parent + " has been known to children's social care since " + history.get().when();
            }
            if (risk != null) {
                break;
            }
        }
        if (risk == null) {
            return List.of();
        }
        Optional<CaseEvent> later = file.own().stream().filter(e -> file.isReferralToLead(e) || Births.involves(file, e))
                .findFirst();
        later.ifPresent(e -> evidence.add(1, e.eventId()));
        return List.of(Finding.of(this, Severity.MEDIUM, trigger, trigger.agencies(), evidence, trigger.agency()
                + " knew of the pregnancy on " + trigger.when() + " (" + risk + "), but the lead agency knew nothing "
                + "of the unborn child between " + trigger.when() + " and " + deadline + "; "
                + later.map(e -> "its first entry is the " + Explanations.type(e) + " of " + e.when())
                        .orElse("no referral to it is recorded") + "."));
    }
}
