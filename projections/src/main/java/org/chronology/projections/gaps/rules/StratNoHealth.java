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
import java.util.List;

/** domain.md §c rule 2; motivated by Baby L §1.7 (health not identified or invited). */
@Component
public class StratNoHealth implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("STRAT_NO_HEALTH", Category.INFORMATION_SHARING,
            "A strategy discussion or meeting whose invitees and attendees include no health agency "
                + "(sector health.*), or that states healthPresent: false. Relies on details.invited, "
                + "details.attended and details.healthPresent; silent when none is stated.",
            "A strategy discussion or meeting whose invitees and attendees include no health agency "
                + "(sector health.*), or that states healthPresent: false. Relies on details.invited, "
                + "details.attended and details.healthPresent; silent when none is stated.",
            List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        List<Finding> findings = new ArrayList<>();
        for (CaseEvent meeting : file.own()) {
            if (!meeting.is("strategy.discussion", "strategy.meeting")) {
                continue;
            }
            List<String> present = new ArrayList<>(meeting.strings("invited"));
            present.addAll(meeting.strings("attended"));
            boolean listed = meeting.stated("invited") || meeting.stated("attended");
            if (Boolean.FALSE.equals(meeting.flag("healthPresent"))
                    || (listed && present.stream().noneMatch(file::isHealth))) {
                findings.add(Finding.of(this, Severity.MEDIUM, meeting, List.of(meeting.agency()),
                        List.of(meeting.eventId()), "The " + meeting.type().replace('.', ' ') + " of " + meeting.when()
                                + " invited no health agency, although health holds the child's medical picture."));
            }
        }
        return findings;
    }
}
