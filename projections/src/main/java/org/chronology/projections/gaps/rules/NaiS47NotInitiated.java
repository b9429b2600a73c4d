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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** domain.md §c rule 24; motivated by Baby E §1.3.3 and §3.1.4 (s47 is triggered by suspicion, not evidence). */
@Component
public class NaiS47NotInitiated implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("NAI_S47_NOT_INITIATED", Category.RESPONSE_TO_HARM,
            "Suspected non-accidental injury with no section 47 enquiry started within N. Triggers are "
                + "hospital.ed_attendance, injury.observed and injury.diagnosed naming the child with "
                + "details.suspectedNAI = true. An enquiry is an s47.started of the child or its household, an "
                + "s47.concluded with no recorded start (its start date is unknown, so it counts), or a strategy "
                + "discussion or meeting whose details.decision or details.outcome names s47 / section 47. Read "
                + "generously: N runs from the trigger's last possible day, and an enquiry counts if it can have "
                + "started by then. Triggers within one another's deadline make one finding.",
            "Suspected non-accidental injury with no section 47 enquiry started within N. Triggers are "
                + "hospital.ed_attendance, injury.observed and injury.diagnosed naming the child with "
                + "details.suspectedNAI = true. An enquiry is an s47.started of the child or its household, an "
                + "s47.concluded with no recorded start (its start date is unknown, so it counts), or a strategy "
                + "discussion or meeting whose details.decision or details.outcome names s47 / section 47. Read "
                + "generously: N runs from the trigger's last possible day, and an enquiry counts if it can have "
                + "started by then. Triggers within one another's deadline make one finding.",
            List.of(new Parameter("N", "1wd", "time within which a section 47 enquiry starts")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        List<CaseEvent> events = file.events();
        Predicate<CaseEvent> enquiry = e -> e.is("s47.started") || (e.is("strategy.discussion", "strategy.meeting")
                && (namesS47(e.text("decision")) || namesS47(e.text("outcome"))));
        List<List<CaseEvent>> groups = new ArrayList<>();
        for (CaseEvent trigger : file.own()) {
            if (!trigger.suspectsNonAccidentalInjury() || !Timing.overdue(trigger, within, file.calendar(), asOf)) {
                continue;
            }
            if (Timing.respondedWithin(trigger, within, file.calendar(), events, enquiry).isPresent()
                    || concludedWithoutStart(events, trigger)) {
                continue;
            }
            if (!groups.isEmpty()) {
                CaseEvent previous = groups.get(groups.size() - 1).get(0);
                if (!trigger.earliest().isAfter(Timing.deadline(previous, within, file.calendar()))) {
                    groups.get(groups.size() - 1).add(trigger);
                    continue;
                }
            }
            groups.add(new ArrayList<>(List.of(trigger)));
        }
        List<Finding> findings = new ArrayList<>();
        for (List<CaseEvent> triggers : groups) {
            CaseEvent first = triggers.get(0);
            LocalDate deadline = Timing.deadline(first, within, file.calendar());
            List<String> evidence = new ArrayList<>(triggers.stream().map(CaseEvent::eventId).toList());
            Optional<CaseEvent> later = events.stream()
                    .filter(e -> e.is("s47.started") && e.earliest().isAfter(deadline)).findFirst();
            later.ifPresent(e -> evidence.add(e.eventId()));
            Set<String> agencies = new LinkedHashSet<>();
            triggers.forEach(t -> agencies.addAll(t.agencies()));
            file.activeAgencies(first.date().minusYears(1), deadline.plusDays(1)).stream().filter(file::isLead)
                    .forEach(agencies::add);
            findings.add(Finding.of(this, Severity.HIGH, first, agencies, evidence, "Suspected non-accidental "
                    + "injury was recorded by " + String.join(", ", first.agencies()) + " on " + first.when()
                    + ", and no section 47 enquiry started within " + within.describe()
                    + later.map(e -> " (the first is dated " + e.when() + ")").orElse("") + "."));
        }
        return findings;
    }

    /** An s47.concluded after the trigger whose start is not recorded: it may have started in time. */
    private static boolean concludedWithoutStart(List<CaseEvent> events, CaseEvent trigger) {
        for (CaseEvent e : events) {
            if (e.is("s47.concluded") && !e.latest().isBefore(trigger.earliest())) {
                boolean started = events.stream().anyMatch(s -> s.is("s47.started")
                        && !s.latest().isBefore(trigger.earliest()) && !s.earliest().isAfter(e.latest()));
                if (!started) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean namesS47(String text) {
        if (text == null) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("s47") || t.contains("s.47") || t.contains("section 47");
    }
}
