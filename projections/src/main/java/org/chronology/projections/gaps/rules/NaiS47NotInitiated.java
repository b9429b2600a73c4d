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

/** domain.md §c rule 24; motivated by Baby E §1.3.3 and §3.1.4 (s47 is triggered by suspicion, not evidence). */
@Component
public class NaiS47NotInitiated implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("NAI_S47_NOT_INITIATED", Category.RESPONSE_TO_HARM,
            "A suspected non-accidental injury to the child with no section 47 enquiry started within N. One finding "
                + "per episode (suspicions within 14 days of each other), at its first suspicion. An enquiry already "
                + "open for the child, one started for the child or its household within N, a strategy discussion or "
                + "meeting that decided on a (joint) section 47 enquiry, or a concluded enquiry whose start is not "
                + "recorded all count. Read generously: N runs from the suspicion's last possible day, and an enquiry "
                + "counts if it can have started by then.",
            "The suspicion: hospital.ed_attendance, injury.observed, injury.diagnosed or medical.cp_medical naming the "
                + "child with details.suspectedNAI = true, or injury.observed / injury.diagnosed with "
                + "details.childMobile = false. The enquiry: s47.started (or s47.concluded) naming the child or a "
                + "household member, or strategy.discussion / strategy.meeting with details.decision s47 or joint_s47 "
                + "(or no decision stated: read generously, it may have started one).",
            List.of(new Parameter("N", "1wd", "time within which a section 47 enquiry starts")));

    private static final Set<String> S47_DECISIONS = Set.of("s47", "joint_s47");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        List<Finding> findings = new ArrayList<>();
        List<List<CaseEvent>> episodes = Injuries.episodes(file);
        if (episodes.isEmpty()) {
            return findings;
        }
        List<CaseEvent> events = Injuries.select(file.events(), e -> enquiry(e) || e.is("s47.concluded"));
        List<CaseEvent> ownEnquiries = Injuries.select(file.own(), e -> e.is("s47.started", "s47.concluded"));
        for (List<CaseEvent> episode : episodes) {
            CaseEvent first = episode.get(0);
            if (!Timing.overdue(first, within, file.calendar(), asOf)
                    || Injuries.openAt(ownEnquiries, first, "s47.started").isPresent()
                    || Timing.respondedWithin(first, within, file.calendar(), events, NaiS47NotInitiated::enquiry)
                    .isPresent() || concludedWithoutStart(events, first)) {
                continue;
            }
            LocalDate deadline = Timing.deadline(first, within, file.calendar());
            List<String> evidence = Injuries.ids(episode);
            Optional<CaseEvent> later = events.stream()
                    .filter(e -> enquiry(e) && e.earliest().isAfter(deadline)).findFirst();
            later.ifPresent(e -> evidence.add(e.eventId()));
            Set<String> agencies = Injuries.agencies(episode);
            later.ifPresent(e -> agencies.addAll(e.agencies()));
            findings.add(Finding.of(this, Severity.HIGH, first, agencies, evidence, "Suspected non-accidental "
                    + "injury was recorded by " + String.join(", ", first.agencies()) + " on " + first.when()
                    + ", and no section 47 enquiry started between " + first.when() + " and " + deadline
                    + later.map(e -> " (the first " + Explanations.type(e) + " is dated " + e.when() + ")").orElse("")
                    + "."));
        }
        return findings;
    }

    private static boolean enquiry(CaseEvent e) {
        String decision = e.text("decision");
        return e.is("s47.started") || (e.is("strategy.discussion", "strategy.meeting")
                && (decision == null || S47_DECISIONS.contains(decision)));
    }

    /** An s47.concluded after the trigger whose start is not recorded: it may have started in time. */
    private static boolean concludedWithoutStart(List<CaseEvent> events, CaseEvent trigger) {
        LocalDate since = trigger.earliest();
        boolean started = false;
        for (CaseEvent e : events) {
            if (e.latest().isBefore(since)) {
                continue;
            }
            if (e.is("s47.started")) {
                started = true;
            } else if (e.is("s47.concluded") && !started) {
                return true;
            }
        }
        return false;
    }
}
