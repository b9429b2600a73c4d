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
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** domain.md §c rule 2; motivated by Baby L §1.7 (health not identified or invited to the strategy meeting). */
@Component
public class StratNoHealth implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("STRAT_NO_HEALTH", Category.INFORMATION_SHARING,
            "A strategy discussion or meeting for the child that included no health agency. When its invitees or "
                + "attendees are recorded: none of them, nor the convening agency, is of a health.* sector (severity "
                + "medium). When neither is recorded: nothing shows a health agency taking part, neither a meeting "
                + "it recorded that day, nor an exchange with the lead agency or an action of its own that the lead "
                + "agency recorded from P before to P after (severity low). "
                + "Working Together expects health at every strategy discussion, so it fires whether or not a health "
                + "agency was already involved; the finding names the health agencies the record shows before it.",
            "strategy.discussion or strategy.meeting with details.invited and details.attended (agency codes); "
                + "meetings health agencies recorded and their info.shared, info.requested, referrals and shared "
                + "concerns with the lead agency; entries the lead agency recorded with a health agency as "
                + "actingAgency; the sectors of the agencies (health.acute, health.community, "
                + "health.primary, health.mh).",
            List.of(new Parameter("P", "5wd", "time around a meeting with no recorded invitees within which an exchange "
                + "with the lead agency shows a health agency took part (design)")));

    private static final String[] TYPES = {"strategy.discussion", "strategy.meeting"};

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span around = parameters.span("P");
        List<Finding> findings = new ArrayList<>();
        Set<CaseEvent> seen = new HashSet<>();
        List<CaseEvent> healthEntries = null;
        List<CaseEvent> exchanges = file.events(Partners.MEETINGS_AND_EXCHANGES);
        for (CaseEvent record : file.own(TYPES)) {
            if (seen.contains(record)) {
                continue;
            }
            List<CaseEvent> records = Partners.sameMeeting(file, record, TYPES);
            seen.addAll(records);
            CaseEvent meeting = records.get(0);
            boolean listed = records.stream().anyMatch(r -> Partners.states(r, "invited", "attended"));
            Set<String> present = Partners.present(records);
            if (present.stream().anyMatch(file::isHealth) || !listed
                    && Partners.takingPart(file, exchanges, meeting, around).stream().anyMatch(file::isHealth)) {
                continue;
            }
            if (healthEntries == null) {
                healthEntries = file.events().stream().filter(e -> e.anyAgency(file::isHealth)).toList();
            }
            Map<String, List<CaseEvent>> health = new LinkedHashMap<>();
            for (CaseEvent event : healthEntries) {
                if (!event.date().isBefore(meeting.earliest())) {
                    break;
                }
                event.forEachAgency(agency -> {
                    if (file.isHealth(agency)) {
                        health.computeIfAbsent(agency, a -> new ArrayList<>()).add(event);
                    }
                });
            }
            List<String> evidence = new ArrayList<>();
            records.forEach(r -> evidence.add(r.eventId()));
            List<String> known = Partners.describe(health, "before", evidence);
            findings.add(Finding.of(this, listed ? Severity.MEDIUM : Severity.LOW, meeting, List.of(meeting.agency()),
                    evidence, "The " + Explanations.type(meeting) + " of " + meeting.when() + " (" + meeting.agency()
                            + (listed ? ") included no health agency (present: " + String.join(", ", present) + ")"
                            : ") records no invitees, and nothing shows a health agency taking part")
                            + (known.isEmpty() ? "" : "; health involved with the household: "
                            + Explanations.list(known, "and")) + "."));
        }
        return findings;
    }
}
