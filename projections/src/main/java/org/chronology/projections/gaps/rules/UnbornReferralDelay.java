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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** domain.md §c rule 18; motivated by Child O §7.3.7 (EPU attendance of a 15-year-old) and Child BF Rec 5. */
@Component
public class UnbornReferralDelay implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("UNBORN_REFERRAL_DELAY", Category.TIMESCALE,
            "Health knew of a pregnancy where a parent is under 18 or has a history with children's social care, "
                + "and the lead agency was not told within N. Health knows from the first health.pregnancy_confirmed, "
                + "or hospital ED attendance or admission, appointment, contact or home visit with details.pregnant = "
                + "true or details.gestationWeeks, recorded or acted by a health agency and naming the child, where "
                + "the child is the unborn baby (it has no entry dated before). The parents are the other people the "
                + "entry names who already have entries dated before it (so an unborn twin is not a parent). A "
                + "parent is under 18 when named among the entry's children (the API lists parents under 18 there) "
                + "or the entry states details.parentUnder18 = true or details.parentAge / motherAge below 18; a "
                + "parent has history when an earlier entry names them and was recorded or acted by a lead agency, "
                + "or is a lac.review, child.accommodated or CP/CIN plan entry, or the entry states "
                + "details.parentCscHistory = true. The lead agency knows from a referral.made to it (details."
                + "referredTo a la.csc / la.frontdoor agency) or any lead-agency entry naming the child, if it can "
                + "have happened by N after the trigger's last possible day (an earlier one counts). One finding per "
                + "child.",
            "Health knew of a pregnancy where a parent is under 18 or has a history with children's social care, "
                + "and the lead agency was not told within N. Health knows from the first health.pregnancy_confirmed, "
                + "or hospital ED attendance or admission, appointment, contact or home visit with details.pregnant = "
                + "true or details.gestationWeeks, recorded or acted by a health agency and naming the child, where "
                + "the child is the unborn baby (it has no entry dated before). The parents are the other people the "
                + "entry names who already have entries dated before it (so an unborn twin is not a parent). A "
                + "parent is under 18 when named among the entry's children (the API lists parents under 18 there) "
                + "or the entry states details.parentUnder18 = true or details.parentAge / motherAge below 18; a "
                + "parent has history when an earlier entry names them and was recorded or acted by a lead agency, "
                + "or is a lac.review, child.accommodated or CP/CIN plan entry, or the entry states "
                + "details.parentCscHistory = true. The lead agency knows from a referral.made to it (details."
                + "referredTo a la.csc / la.frontdoor agency) or any lead-agency entry naming the child, if it can "
                + "have happened by N after the trigger's last possible day (an earlier one counts). One finding per "
                + "child.",
            List.of(new Parameter("N", "14d", "time from health knowing of the pregnancy to a referral")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private static final List<String> KNOWING = List.of("health.pregnancy_confirmed", "hospital.ed_attendance",
            "hospital.admission", "appointment.attended", "appointment.missed", "contact.in_person",
            "contact.remote", "visit.home");

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        List<CaseEvent> own = file.own();
        Optional<CaseEvent> first = own.stream().filter(e -> knowsOfPregnancy(file, e)).findFirst();
        if (first.isEmpty()) {
            return List.of();
        }
        CaseEvent trigger = first.get();
        boolean unborn = own.stream().noneMatch(e -> e.latest().isBefore(trigger.earliest()));
        if (!unborn || !Timing.overdue(trigger, within, file.calendar(), asOf)) {
            return List.of();
        }
        List<CaseEvent> history = new ArrayList<>();
        String risk = risk(file, trigger, history);
        if (risk == null) {
            return List.of();
        }
        LocalDate deadline = Timing.deadline(trigger, within, file.calendar());
        Predicate<CaseEvent> leadKnows = e -> e != trigger && (file.isReferralToLead(e) || file.byLead(e));
        boolean known = own.stream().filter(leadKnows).anyMatch(e -> !e.earliest().isAfter(deadline));
        if (known) {
            return List.of();
        }
        List<String> evidence = new ArrayList<>(List.of(trigger.eventId()));
        Optional<CaseEvent> later = own.stream().filter(file::isReferralToLead).findFirst();
        later.ifPresent(e -> evidence.add(e.eventId()));
        history.forEach(e -> evidence.add(e.eventId()));
        Set<String> agencies = new LinkedHashSet<>(trigger.agencies());
        String referral = later.map(e -> "the first referral to the lead agency is dated " + e.when())
                .orElse("no referral to the lead agency is recorded");
        return List.of(Finding.of(this, Severity.MEDIUM, trigger, agencies, evidence, trigger.agency()
                + " knew of the pregnancy on " + trigger.when() + " (" + risk + "), but children's social care was "
                + "not told within " + within.describe() + "; " + referral + "."));
    }

    private static boolean knowsOfPregnancy(CaseFile file, CaseEvent e) {
        if (!e.is(KNOWING.toArray(String[]::new)) || e.agencies().stream().noneMatch(file::isHealth)) {
            return false;
        }
        return e.is("health.pregnancy_confirmed") || Boolean.TRUE.equals(e.flag("pregnant"))
                || e.stated("gestationWeeks");
    }

    /** Why the pregnancy needed a referral, or null; earlier entries showing history are added to {@code history}. */
    private static String risk(CaseFile file, CaseEvent trigger, List<CaseEvent> history) {
        Integer age = trigger.number("parentAge");
        if (age == null) {
            age = trigger.number("motherAge");
        }
        if (Boolean.TRUE.equals(trigger.flag("parentUnder18")) || (age != null && age < 18)) {
            return "a parent under 18";
        }
        List<String> parents = new ArrayList<>();
        trigger.children().stream().filter(p -> !p.equals(file.childId())).forEach(parents::add);
        trigger.adults().stream().filter(p -> !parents.contains(p)).forEach(parents::add);
        String reason = null;
        for (String parent : parents) {
            List<CaseEvent> before = file.events().stream()
                    .filter(e -> e.concerns(parent) && e.latest().isBefore(trigger.earliest())).toList();
            if (before.isEmpty()) {
                continue; // not yet a person in the record: an unborn sibling, not a parent
            }
            Optional<CaseEvent> csc = before.stream().filter(e -> file.byLead(e)
                    || e.is("lac.review", "child.accommodated", "cp_plan.started", "cin_plan.started")).findFirst();
            if (csc.isPresent()) {
                history.add(csc.get());
                reason = "parent " + parent + " is known to children's social care since " + csc.get().when();
                break;
            }
            if (trigger.children().contains(parent) && reason == null) {
                reason = "parent " + parent + " is under 18";
            }
        }
        if (reason == null && Boolean.TRUE.equals(trigger.flag("parentCscHistory"))) {
            reason = "a parent known to children's social care";
        }
        return reason;
    }
}
