package org.chronology.projections.gaps.rules;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** domain.md §c rule 30; motivated by Family T §5.47 and LP7, Child O LP10 and Baby L §1.14. */
@Component
public class DischargeWithoutPlanning implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("DISCHARGE_WITHOUT_PLANNING", Category.RESPONSE_TO_HARM,
            "A vulnerable baby, or a new mother under a child in need or protection plan, left hospital without a "
                + "multi-agency discharge planning meeting in the N before. The child's hospital.discharge counts "
                + "when, at that time, it had a neonatal stay in the same episode (a hospital.admission, "
                + "hospital.transfer or health.birth whose admittedTo / unit / toUnit / ward mentions NNU, "
                + "neonatal, SCBU or NICU, with no discharge since), an open CIN or CP plan (cin_plan / cp_plan "
                + "started and not ended), an open s47 enquiry, a pre-birth assessment (details.kind pre_birth) with "
                + "no lead-agency closure since, or a court.order in the year before. A household member's discharge "
                + "counts while the child's CIN or CP plan is open when it is a maternity discharge (unit / service "
                + "/ ward mentions maternity or postnatal, or it falls within 42 days after the child's birth) of "
                + "someone who is not a baby in the file. Fires when details.planningMeetingHeld = false; when it "
                + "is not stated, fires unless a meeting.discharge_planning, or a multi-agency meeting (meeting.mdt "
                + "only with details.multiAgency = true) whose details.purpose, decision, outcome, topics or agenda "
                + "mention discharge, can have happened from N before the discharge's first possible day to its "
                + "last, or the child was discharged into local-authority care (details.dischargeTo mentions "
                + "foster, local authority or a mother and baby placement), which is itself the lead agency's plan.",
            "A vulnerable baby, or a new mother under a child in need or protection plan, left hospital without a "
                + "multi-agency discharge planning meeting in the N before. The child's hospital.discharge counts "
                + "when, at that time, it had a neonatal stay in the same episode (a hospital.admission, "
                + "hospital.transfer or health.birth whose admittedTo / unit / toUnit / ward mentions NNU, "
                + "neonatal, SCBU or NICU, with no discharge since), an open CIN or CP plan (cin_plan / cp_plan "
                + "started and not ended), an open s47 enquiry, a pre-birth assessment (details.kind pre_birth) with "
                + "no lead-agency closure since, or a court.order in the year before. A household member's discharge "
                + "counts while the child's CIN or CP plan is open when it is a maternity discharge (unit / service "
                + "/ ward mentions maternity or postnatal, or it falls within 42 days after the child's birth) of "
                + "someone who is not a baby in the file. Fires when details.planningMeetingHeld = false; when it "
                + "is not stated, fires unless a meeting.discharge_planning, or a multi-agency meeting (meeting.mdt "
                + "only with details.multiAgency = true) whose details.purpose, decision, outcome, topics or agenda "
                + "mention discharge, can have happened from N before the discharge's first possible day to its "
                + "last, or the child was discharged into local-authority care (details.dischargeTo mentions "
                + "foster, local authority or a mother and baby placement), which is itself the lead agency's plan.",
            List.of(new Parameter("N", "7d", "time before the discharge in which the planning meeting is held")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private static final List<String> NEONATAL = List.of("nnu", "neonatal", "scbu", "nicu", "special care baby");
    private static final List<String> MATERNITY = List.of("maternity", "postnatal", "post-natal", "labour ward");
    private static final List<String> LA_CARE = List.of("foster", "local authority", "la care", "residential",
            "children's home", "mother and baby");
    private static final List<String> MEETINGS = List.of("strategy.discussion", "strategy.meeting",
            "conference.initial", "conference.review", "meeting.core_group", "meeting.cin_review",
            "meeting.professionals", "meeting.mdt");

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span before = parameters.span("N");
        List<CaseEvent> own = file.own();
        List<Finding> findings = new ArrayList<>();
        for (CaseEvent discharge : file.events()) {
            if (!discharge.is("hospital.discharge")) {
                continue;
            }
            boolean ownDischarge = discharge.children().contains(file.childId());
            Reason reason = ownDischarge ? ownReason(file, own, discharge) : householdReason(file, own, discharge);
            if (reason == null) {
                continue;
            }
            Boolean held = discharge.flag("planningMeetingHeld");
            if (Boolean.TRUE.equals(held)) {
                continue;
            }
            if (held == null && (planned(file, discharge, before) || (ownDischarge && intoCare(discharge)))) {
                continue;
            }
            Set<String> agencies = new LinkedHashSet<>(discharge.agencies());
            if (reason.event != null) {
                reason.event.agencies().stream().filter(file::isLead).forEach(agencies::add);
            }
            String whose = ownDischarge ? "The child" : "A parent";
            String how = Boolean.FALSE.equals(held) ? ", and " + discharge.agency() + " records that no discharge "
                    + "planning meeting was held" : ", and no multi-agency discharge planning meeting is recorded in the "
                    + before.describe() + " before";
            findings.add(Finding.of(this, Severity.HIGH, discharge, agencies, List.of(discharge.eventId()),
                    whose + " was discharged from hospital by " + discharge.agency() + " on " + discharge.when() + " "
                            + reason.text + how + "."));
        }
        return findings;
    }

    private record Reason(String text, CaseEvent event) {
    }

    private static Reason ownReason(CaseFile file, List<CaseEvent> own, CaseEvent discharge) {
        // Neonatal stay in this episode: no discharge of the child between it and this one.
        CaseEvent neonatal = null;
        for (CaseEvent e : own) {
            if (e == discharge || e.date().isAfter(discharge.date())) {
                continue;
            }
            if (e.is("hospital.discharge")) {
                neonatal = null;
            } else if (e.is("hospital.admission", "hospital.transfer", "health.birth")
                    && mentions(e, List.of("admittedTo", "unit", "toUnit", "ward", "service"), NEONATAL)) {
                neonatal = e;
            }
        }
        if (neonatal == null && mentions(discharge, List.of("unit", "fromUnit", "ward", "service"), NEONATAL)) {
            neonatal = discharge;
        }
        if (neonatal != null) {
            return new Reason("after a neonatal unit stay (" + neonatal.when() + ")", neonatal);
        }
        Reason plan = openPlan(file, discharge);
        if (plan != null) {
            return plan;
        }
        CaseEvent s47 = file.openAt(discharge, "s47.started", "s47.concluded").orElse(null);
        CaseEvent preBirth = null;
        CaseEvent order = null;
        for (CaseEvent e : own) {
            if (e == discharge || e.date().isAfter(discharge.date())) {
                continue;
            }
            if (e.is("assessment.started", "assessment.completed") && "pre_birth".equals(e.text("kind"))) {
                preBirth = e;
            } else if (e.is("case.closed") && file.byLead(e)) {
                preBirth = null;
            } else if (e.is("court.order") && !e.date().isBefore(discharge.date().minusYears(1))) {
                order = e;
            }
        }
        if (s47 != null) {
            return new Reason("during a section 47 enquiry (" + s47.when() + ")", s47);
        }
        if (order != null) {
            return new Reason("under a court order (" + order.when() + ")", order);
        }
        if (preBirth != null) {
            return new Reason("after a pre-birth assessment (" + preBirth.when() + ")", preBirth);
        }
        return null;
    }

    private static Reason householdReason(CaseFile file, List<CaseEvent> own, CaseEvent discharge) {
        Reason plan = openPlan(file, discharge);
        if (plan == null) {
            return null;
        }
        Set<String> babies = new HashSet<>();
        file.events().stream().filter(e -> e.is("health.birth")).forEach(e -> babies.addAll(e.children()));
        List<String> discharged = new ArrayList<>(discharge.children());
        discharged.addAll(discharge.adults());
        if (discharged.stream().anyMatch(babies::contains)) {
            return null;
        }
        boolean maternity = mentions(discharge, List.of("unit", "ward", "service", "fromUnit"), MATERNITY)
                || own.stream().filter(e -> e.is("health.birth")).anyMatch(b -> !discharge.date().isBefore(b.date())
                && !discharge.date().isAfter(b.latest().plusDays(42)));
        return maternity ? new Reason("after giving birth, " + plan.text, plan.event) : null;
    }

    /** An open child in need or child protection plan at the discharge. */
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
                .filter(m -> m.is("meeting.discharge_planning")
                        || (m.is(MEETINGS.toArray(String[]::new)) && mentionsDischarge(m)
                        && (!m.is("meeting.mdt") || Boolean.TRUE.equals(m.flag("multiAgency")))))
                .anyMatch(m -> !m.latest().isBefore(from) && !m.earliest().isAfter(discharge.latest()));
    }

    private static boolean mentionsDischarge(CaseEvent meeting) {
        for (String field : List.of("purpose", "decision", "outcome", "topics", "agenda")) {
            JsonNode value = meeting.details().get(field);
            if (value != null && value.toString().toLowerCase(Locale.ROOT).contains("discharge")) {
                return true;
            }
        }
        return false;
    }

    private static boolean intoCare(CaseEvent discharge) {
        return mentions(discharge, List.of("dischargeTo"), LA_CARE);
    }

    private static boolean mentions(CaseEvent e, List<String> fields, List<String> words) {
        for (String field : fields) {
            String value = e.text(field);
            if (value != null) {
                String text = value.toLowerCase(Locale.ROOT);
                if (words.stream().anyMatch(text::contains)) {
                    return true;
                }
            }
        }
        return false;
    }
}
