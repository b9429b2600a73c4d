package org.chronology.projections.gaps.rules;

import org.chronology.core.api.event.Sector;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * domain.md §c rule 5; motivated by Baby L §1.10 and Rec 7 (not all agencies gave the conference a report, whether
 * or not they attended) and Family T §5.51 (no information from the NNU reached the ICPC).
 */
@Component
public class ConfReportMissing implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("CONF_REPORT_MISSING", Category.INFORMATION_SHARING,
            "An initial or review child protection conference at which an invited agency (the attendees when "
                + "invitees are not stated) gave no report, whether or not it attended. The convening agency, the "
                + "independent reviewing officer (la.iro), family informants, review bodies, the court and LA legal "
                + "are not expected to report. One finding per conference, naming each agency without a report.",
            "conference.initial or conference.review with details.reportsSubmitted (agency codes; silent when it is "
                + "not stated) and details.invited or details.attended; agency sectors.",
            List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        List<Finding> findings = new ArrayList<>();
        for (CaseEvent conference : file.own()) {
            if (!conference.is("conference.initial", "conference.review") || !conference.stated("reportsSubmitted")
                    || !Partners.states(conference, "invited", "attended")) {
                continue;
            }
            Set<String> submitted = Partners.named(conference, "reportsSubmitted");
            Set<String> expected = Partners.named(conference, conference.stated("invited") ? "invited" : "attended");
            Set<String> missing = new LinkedHashSet<>();
            for (String agency : expected) {
                if (!submitted.contains(agency) && !conference.agencies().contains(agency)
                        && Partners.expected(file, agency)
                        && file.sector(agency).filter(s -> s == Sector.LA_IRO).isEmpty()) {
                    missing.add(agency);
                }
            }
            if (missing.isEmpty()) {
                continue;
            }
            Set<String> attended = Partners.named(conference, "attended");
            List<String> phrases = new ArrayList<>();
            for (String agency : missing) {
                phrases.add(agency + (!conference.stated("attended") ? ""
                        : attended.contains(agency) ? " (attended)" : " (did not attend)"));
            }
            findings.add(Finding.of(this, Severity.MEDIUM, conference, missing, List.of(conference.eventId()),
                    "The " + Explanations.meeting(conference) + " of " + conference.when() + " ("
                            + conference.agency() + ") had no report from " + Explanations.list(phrases, "or")
                            + "; reports came from " + (submitted.isEmpty() ? "no agency" : String.join(", ", submitted))
                            + "."));
        }
        return findings;
    }
}
