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

/** domain.md §c rule 23; motivated by Family T §5.65 and LP6, Baby E §3.1.14 (a bruised non-mobile baby). */
@Component
public class NaiMedicalPathwayDelay implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("NAI_MEDICAL_PATHWAY_DELAY", Category.RESPONSE_TO_HARM,
            "A suspected non-accidental injury to a non-mobile baby without, on the same day, both an emergency "
                + "department attendance or child protection medical and notice to the child's social worker (the "
                + "lead agency). One finding per episode (suspicions within 14 days of each other), at its first "
                + "suspicion; routine appointments of the child that can fall between the suspicion and the first "
                + "medical are cited. Read generously: anything that can have happened on the suspicion's day counts, "
                + "and the rule decides once that day has passed. Whether a routine appointment was used instead of "
                + "the pathway needs a reviewer's judgement when dates do not order them.",
            "The suspicion: hospital.ed_attendance, injury.observed, injury.diagnosed or medical.cp_medical naming the "
                + "child with details.suspectedNAI = true, or injury.observed / injury.diagnosed with "
                + "details.childMobile = false. Non-mobile: details.childMobile = false, or the child certainly under "
                + "the age (person.recorded dateOfBirth or its health.birth). The medical: hospital.ed_attendance "
                + "at an emergency department (details.setting ed or not stated), hospital.admission or "
                + "medical.cp_medical naming the child. The notice: an entry recorded by or "
                + "acting for the lead agency (children's social care or its front door), or info.shared / "
                + "referral.made / police.notified / concern.recorded whose to, referredTo or sharedWith names it. "
                + "Routine appointments: appointment.attended / appointment.missed naming the child.",
            List.of(new Parameter("age", "6m", "age under which a baby is taken as not mobile when mobility is not recorded")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span age = parameters.span("age");
        List<Finding> findings = new ArrayList<>();
        List<List<CaseEvent>> episodes = Injuries.episodes(file);
        if (episodes.isEmpty()) {
            return findings;
        }
        List<CaseEvent> medicals = Injuries.select(file.own(), NaiMedicalPathwayDelay::medical);
        List<CaseEvent> notices = Injuries.select(file.events(), e -> Injuries.leadKnows(file, e));
        List<CaseEvent> appointments = Injuries.select(file.own(), e -> e.is("appointment.attended", "appointment.missed"));
        for (List<CaseEvent> episode : episodes) {
            CaseEvent first = episode.get(0);
            if (!asOf.isAfter(first.latest())) {
                continue;
            }
            boolean nonMobile = episode.stream().anyMatch(Injuries::nonMobile);
            Optional<LocalDate> born = nonMobile ? Optional.empty() : Injuries.bornUnder(file, first, age);
            if (!nonMobile && (born.isEmpty() || episode.stream().anyMatch(e -> Boolean.TRUE.equals(e.flag("childMobile"))))) {
                continue;
            }
            Optional<CaseEvent> medical = medicals.stream()
                    .filter(e -> medical(e) && !e.latest().isBefore(first.earliest())).findFirst();
            boolean sameDayMedical = medical(first) || medical.filter(m -> Timing.maySameDay(m, first)).isPresent();
            boolean sameDayNotice = Injuries.between(notices, first.earliest(), first.latest()).isPresent();
            if (sameDayMedical && sameDayNotice) {
                continue;
            }
            List<CaseEvent> routine = appointments.stream().filter(e -> !e.latest().isBefore(first.earliest())
                    && medical.map(m -> !e.earliest().isAfter(m.latest())).orElse(!e.earliest().isAfter(first.latest().plusDays(Injuries.EPISODE_DAYS))))
                    .toList();
            List<String> evidence = Injuries.ids(episode);
            routine.forEach(e -> evidence.add(e.eventId()));
            medical.ifPresent(m -> evidence.add(m.eventId()));
            Set<String> agencies = Injuries.agencies(episode);
            routine.forEach(e -> agencies.addAll(e.agencies()));
            List<String> missing = new ArrayList<>();
            if (!sameDayMedical) {
                missing.add("no emergency department attendance or child protection medical on " + first.when()
                        + medical.map(m -> " (the first, " + Explanations.type(m) + ", is dated " + m.when() + ")")
                        .orElse(""));
            }
            if (!sameDayNotice) {
                missing.add("nothing shows the child's social worker was told on " + first.when());
            }
            String who = nonMobile ? "a non-mobile baby" : "a baby under " + age.describe() + " (born " + born.get() + ")";
            findings.add(Finding.of(this, Severity.HIGH, first, agencies, evidence, "Suspected non-accidental injury "
                    + "to " + who + " was recorded by " + String.join(", ", first.agencies()) + " on " + first.when()
                    + "; " + String.join(", and ", missing)
                    + (routine.isEmpty() ? "" : "; routine appointments came in the meantime ("
                    + Explanations.entries(routine) + ")") + "."));
        }
        return findings;
    }

    /** An out-of-hours GP, urgent treatment centre or minor injuries unit is no paediatric medical. */
    private static boolean medical(CaseEvent e) {
        return e.is("hospital.admission", "medical.cp_medical") || e.is("hospital.ed_attendance")
                && (!e.stated("setting") || "ed".equals(e.text("setting")));
    }
}
