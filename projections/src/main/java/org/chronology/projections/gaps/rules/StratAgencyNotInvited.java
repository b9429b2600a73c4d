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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * domain.md §c rule 1; motivated by Family T §5.50, §5.53 (CAMHS and the Support Worker left out of the March 2018
 * strategy meeting), Baby L §1.7 and Child BF BF6.1.
 */
@Component
public class StratAgencyNotInvited implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("STRAT_AGENCY_NOT_INVITED", Category.INFORMATION_SHARING,
            "A strategy discussion or meeting for the child on day d leaves out an agency that was active for the "
                + "child or household in [d-L, d): it recorded or acted in an entry dated in that window. Family "
                + "informants, review bodies, the court and LA legal are not expected. When the invitees are "
                + "recorded, an active agency neither invited nor attending is left out (severity medium). When they "
                + "are not, an active agency is left out if nothing in the record shows it taking part: it did not "
                + "record the meeting itself that day, exchanged no information with the lead agency, and had no "
                + "action of its own recorded by the lead agency from P before the meeting to P after it (severity low: the record, not the invitation list, is what is "
                + "missing). An imprecise meeting date looks back from the first day it can have been, so only "
                + "surely earlier involvement counts. One finding per meeting, naming each agency with its latest "
                + "entries.",
            "strategy.discussion or strategy.meeting with details.invited and details.attended (agency codes; the "
                + "convening agency counts as present); every agency's own entries for the child, its siblings and "
                + "household adults, with their dates; meetings other agencies recorded, info.shared, info.requested, "
                + "referrals and shared concerns between an agency and the lead agency; entries the lead agency recorded "
                + "with the agency as actingAgency; agency sectors.",
            List.of(new Parameter("L", "90d", "how far before the meeting an agency's involvement makes it active"),
                new Parameter("P", "5wd", "time around a meeting with no recorded invitees within which an exchange "
                    + "with the lead agency shows an agency took part (design)")));

    private static final String[] TYPES = {"strategy.discussion", "strategy.meeting"};

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span lookback = parameters.span("L");
        Span around = parameters.span("P");
        List<Finding> findings = new ArrayList<>();
        Set<CaseEvent> seen = new HashSet<>();
        List<CaseEvent> exchanges = file.events(Partners.MEETINGS_AND_EXCHANGES);
        for (CaseEvent record : file.own(TYPES)) {
            if (seen.contains(record)) {
                continue;
            }
            List<CaseEvent> records = Partners.sameMeeting(file, record, TYPES);
            seen.addAll(records);
            CaseEvent meeting = records.get(0);
            boolean listed = records.stream().anyMatch(r -> r.stated("invited"));
            LocalDate day = meeting.earliest();
            Map<String, List<CaseEvent>> missing = Partners.leftOut(file, Partners.present(records),
                    lookback.before(day, file.calendar()), day);
            if (!listed) {
                missing.keySet().removeAll(Partners.takingPart(file, exchanges, meeting, around));
            }
            if (missing.isEmpty()) {
                continue;
            }
            List<String> evidence = new ArrayList<>();
            records.forEach(r -> evidence.add(r.eventId()));
            List<String> phrases = Partners.describe(missing, "in the " + lookback.describe() + " before", evidence);
            String start = "The " + Explanations.type(meeting) + " of " + meeting.when() + " (" + meeting.agency() + ")";
            findings.add(Finding.of(this, listed ? Severity.MEDIUM : Severity.LOW, meeting, missing.keySet(), evidence,
                    listed ? start + " did not invite " + Explanations.list(phrases, "or") + "; invited: "
                            + String.join(", ", invited(records)) + "."
                            : start + " records no invitees, and nothing shows " + Explanations.list(phrases, "or")
                            + " taking part: no record of the meeting of its own and no exchange with the lead agency "
                            + Partners.between(around.before(day, file.calendar()),
                            Timing.deadline(meeting, around, file.calendar())) + "."));
        }
        return findings;
    }

    private static Set<String> invited(List<CaseEvent> records) {
        Set<String> invited = new LinkedHashSet<>();
        records.forEach(r -> invited.addAll(Partners.named(r, "invited")));
        return invited;
    }
}
