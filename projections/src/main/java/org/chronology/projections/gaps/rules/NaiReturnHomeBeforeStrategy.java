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

/** domain.md §c rule 26; motivated by Baby E §3.1.7 and §1.3.7, Baby L §1.17-1.18 (safety during enquiries). */
@Component
public class NaiReturnHomeBeforeStrategy implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("NAI_RETURN_HOME_BEFORE_STRATEGY", Category.RESPONSE_TO_HARM,
            "(a) After a suspected non-accidental injury, the child left hospital with no strategy discussion or "
                + "meeting, no concluded section 47 enquiry and no recorded safety arrangement before it: the child "
                + "went back to the household where the injury may have happened. (b) A section 47 enquiry with no "
                + "safety arrangement recorded from shortly before its start to N after it. One finding per episode "
                + "(a) or enquiry (b). Read generously: a strategy, outcome or arrangement counts if it can have "
                + "happened in time. Who caused the injury, and whether an enquiry needed arrangements beyond those "
                + "recorded, need a reviewer's judgement: the rule shows that none were recorded.",
            "The suspicion: hospital.ed_attendance, injury.observed, injury.diagnosed or medical.cp_medical naming the "
                + "child with details.suspectedNAI = true, or injury.observed / injury.diagnosed with "
                + "details.childMobile = false; the return: the child's first hospital.discharge within 28 days of "
                + "the episode; before it: strategy.discussion / strategy.meeting or s47.concluded naming the child. "
                + "The enquiry: s47.started naming the child. Safety arrangements naming the child: "
                + "child.accommodated, placement.started, police.protection, court.order, written_agreement.made, or "
                + "police.arrest with details.bailConditions (from 90 days before the enquiry).",
            List.of(new Parameter("N", "2wd", "time after an enquiry starts within which its safety arrangements are "
                    + "recorded (design)")));

    private static final int RETURN_DAYS = 28;
    private static final int ARRANGEMENT_BEFORE_DAYS = 90;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        List<Finding> findings = new ArrayList<>();
        List<List<CaseEvent>> episodes = Injuries.episodes(file);
        List<CaseEvent> arrangements = Injuries.select(file.own(), Injuries::safetyArrangement);
        for (List<CaseEvent> episode : episodes) {
            returnedHome(file, episode, arrangements).ifPresent(findings::add);
        }
        for (CaseEvent enquiry : file.own()) {
            if (!enquiry.is("s47.started") || !Timing.overdue(enquiry, within, file.calendar(), asOf)) {
                continue;
            }
            LocalDate from = enquiry.earliest().minusDays(ARRANGEMENT_BEFORE_DAYS);
            LocalDate deadline = Timing.deadline(enquiry, within, file.calendar());
            if (Injuries.between(arrangements, from, deadline).isPresent()) {
                continue;
            }
            boolean nai = episodes.stream().anyMatch(ep -> !ep.get(0).earliest().isAfter(enquiry.latest())
                    && !ep.get(0).latest().isBefore(from));
            findings.add(Finding.of(this, nai ? Severity.HIGH : Severity.MEDIUM, enquiry, enquiry.agencies(),
                    List.of(enquiry.eventId()), "A section 47 enquiry started on " + enquiry.when() + " ("
                            + enquiry.agency() + "), and no arrangement for the child's safety during it (placement, "
                            + "police protection, court order, written agreement or bail conditions) is recorded "
                            + "between " + from + " and " + deadline + "."));
        }
        return findings;
    }

    private Optional<Finding> returnedHome(CaseFile file, List<CaseEvent> episode, List<CaseEvent> arrangements) {
        CaseEvent first = episode.get(0);
        LocalDate until = episode.get(episode.size() - 1).latest().plusDays(RETURN_DAYS);
        Optional<CaseEvent> discharge = file.own().stream().filter(e -> e.is("hospital.discharge")
                && (e.text("subject") == null || file.childId().equals(e.text("subject")))
                && !e.latest().isBefore(first.earliest()) && !e.earliest().isAfter(until)).findFirst();
        if (discharge.isEmpty()) {
            return Optional.empty();
        }
        CaseEvent home = discharge.get();
        boolean decided = file.own().stream().anyMatch(e -> e.is("strategy.discussion", "strategy.meeting",
                "s47.concluded") && !e.latest().isBefore(first.earliest()) && !e.earliest().isAfter(home.latest()));
        if (decided || Injuries.between(arrangements, first.earliest(), home.latest().plusDays(1)).isPresent()) {
            return Optional.empty();
        }
        List<String> evidence = Injuries.ids(episode);
        evidence.add(home.eventId());
        List<String> agencies = new ArrayList<>(Injuries.agencies(episode));
        agencies.addAll(home.agencies());
        return Optional.of(Finding.of(this, Severity.HIGH, first, agencies, evidence, "Suspected non-accidental "
                + "injury was recorded by " + String.join(", ", first.agencies()) + " on " + first.when()
                + ", and the child was discharged from hospital on " + home.when() + " with no strategy discussion, "
                + "concluded section 47 enquiry or safety arrangement recorded between " + first.when() + " and "
                + home.when() + "."));
    }
}
