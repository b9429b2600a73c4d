package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Category;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.GapRule;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.RuleInfo;
import org.chronology.projections.gaps.Severity;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** domain.md §c rule 2; motivated by Baby L §1.7 (health not identified or invited to the strategy meeting). */
@Component
public class StratNoHealth implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("STRAT_NO_HEALTH", Category.INFORMATION_SHARING,
            "A strategy discussion or meeting for the child that included no health agency: none of its invitees, "
                + "its attendees or the convening agency is of a health.* sector. Working Together expects health "
                + "at every strategy discussion, so it fires whether or not a health agency was already involved; "
                + "the finding names the health agencies the household's record shows before the meeting.",
            "strategy.discussion or strategy.meeting with details.invited or details.attended (agency codes; "
                + "silent when neither is stated); the sectors of the agencies (health.acute, health.community, "
                + "health.primary, health.mh).",
            List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        List<Finding> findings = new ArrayList<>();
        for (CaseEvent meeting : file.own()) {
            if (!meeting.is("strategy.discussion", "strategy.meeting") || !Partners.states(meeting, "invited", "attended")) {
                continue;
            }
            Set<String> present = Partners.present(meeting);
            if (present.stream().anyMatch(file::isHealth)) {
                continue;
            }
            Map<String, List<CaseEvent>> health = new LinkedHashMap<>();
            file.involvement(LocalDate.MIN, meeting.earliest()).forEach((agency, events) -> {
                if (file.isHealth(agency)) {
                    health.put(agency, events);
                }
            });
            List<String> evidence = new ArrayList<>(List.of(meeting.eventId()));
            List<String> known = Partners.describe(health, "before", evidence);
            findings.add(Finding.of(this, Severity.MEDIUM, meeting, List.of(meeting.agency()), evidence,
                    "The " + Explanations.type(meeting) + " of " + meeting.when() + " (" + meeting.agency()
                            + ") included no health agency (present: " + String.join(", ", present) + ")"
                            + (known.isEmpty() ? "" : "; health involved with the household: "
                            + Explanations.list(known, "and")) + "."));
        }
        return findings;
    }
}
