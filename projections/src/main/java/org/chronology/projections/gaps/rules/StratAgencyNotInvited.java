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
import java.util.List;
import java.util.Map;

/**
 * domain.md §c rule 1; motivated by Family T §5.50, §5.53 (CAMHS and the Support Worker left out of the March 2018
 * strategy meeting), Baby L §1.7 and Child BF BF6.1.
 */
@Component
public class StratAgencyNotInvited implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("STRAT_AGENCY_NOT_INVITED", Category.INFORMATION_SHARING,
            "A strategy discussion or meeting for the child on day d leaves out an agency that was active for the "
                + "child or household in [d-L, d): it recorded or acted in an entry dated in that window. Family "
                + "informants, review bodies, the court and LA legal are not expected. An imprecise meeting date "
                + "looks back from the first day it can have been, so only surely earlier involvement counts. One "
                + "finding per meeting, naming each agency left out with its latest entries.",
            "strategy.discussion or strategy.meeting with details.invited (agency codes; the convening agency and "
                + "details.attended count as present; silent when invited is not stated); every agency's own "
                + "entries for the child, its siblings and household adults, with their dates; agency sectors.",
            List.of(new Parameter("L", "90d", "how far before the meeting an agency's involvement makes it active")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span lookback = parameters.span("L");
        List<Finding> findings = new ArrayList<>();
        for (CaseEvent meeting : file.own()) {
            if (!meeting.is("strategy.discussion", "strategy.meeting") || !meeting.stated("invited")) {
                continue;
            }
            LocalDate day = meeting.earliest();
            Map<String, List<CaseEvent>> missing = Partners.leftOut(file, Partners.present(meeting),
                    lookback.before(day, file.calendar()), day);
            if (missing.isEmpty()) {
                continue;
            }
            List<String> evidence = new ArrayList<>(List.of(meeting.eventId()));
            List<String> phrases = Partners.describe(missing, "in the " + lookback.describe() + " before", evidence);
            findings.add(Finding.of(this, Severity.MEDIUM, meeting, missing.keySet(), evidence,
                    "The " + Explanations.type(meeting) + " of " + meeting.when() + " (" + meeting.agency()
                            + ") did not invite " + Explanations.list(phrases, "or") + "; invited: "
                            + String.join(", ", Partners.named(meeting, "invited")) + "."));
        }
        return findings;
    }
}
