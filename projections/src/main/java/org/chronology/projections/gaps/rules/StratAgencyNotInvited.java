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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * domain.md §c rule 1; motivated by Family T §5.50, §5.53 (CAMHS, the Support Worker and Mother's SW left out of
 * the March 2018 strategy meeting), Baby L §1.7 and Child BF BF6.1.
 */
@Component
public class StratAgencyNotInvited implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("STRAT_AGENCY_NOT_INVITED", Category.INFORMATION_SHARING,
            "A strategy discussion or meeting on day d that leaves out an agency active for the child or household "
                + "in [d-L, d) (it recorded or acted in an entry dated in that window; family informants, review "
                + "bodies, courts, LA legal and UNSPECIFIED are not counted), or that is recorded as leaving an "
                + "agency out. "
                + "Relies on details.invited (details.attended, details.chair and the convening agency count as "
                + "present) and on details.notInvited: entries naming a known agency ('K2 (Support Worker)' names K2) "
                + "count as left out, and entries naming no known agency are reported as stated. Silent when neither "
                + "invited nor notInvited is stated.",
            "A strategy discussion or meeting on day d that leaves out an agency active for the child or household "
                + "in [d-L, d) (it recorded or acted in an entry dated in that window; family informants, review "
                + "bodies, courts, LA legal and UNSPECIFIED are not counted), or that is recorded as leaving an "
                + "agency out. "
                + "Relies on details.invited (details.attended, details.chair and the convening agency count as "
                + "present) and on details.notInvited: entries naming a known agency ('K2 (Support Worker)' names K2) "
                + "count as left out, and entries naming no known agency are reported as stated. Silent when neither "
                + "invited nor notInvited is stated.",
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
            if (!meeting.is("strategy.discussion", "strategy.meeting")
                    || (!meeting.stated("invited") && !meeting.stated("notInvited"))) {
                continue;
            }
            Set<String> present = Partners.present(file, meeting);

            LocalDate day = meeting.earliest();
            Map<String, List<CaseEvent>> active = file.involvement(lookback.before(day, file.calendar()), day);
            Map<String, List<CaseEvent>> missing = new LinkedHashMap<>();
            if (meeting.stated("invited")) {
                active.forEach((agency, events) -> {
                    if (!present.contains(agency) && Partners.expected(file, agency)) {
                        missing.put(agency, events);
                    }
                });
            }
            Set<String> statedOnly = new LinkedHashSet<>();
            List<String> unresolved = new ArrayList<>();
            for (String entry : meeting.texts("notInvited")) {
                Set<String> named = file.agencyCodes(entry);
                if (named.isEmpty()) {
                    if (!entry.isBlank()) {
                        unresolved.add(entry.trim());
                    }
                    continue;
                }
                for (String agency : named) {
                    if (!present.contains(agency) && file.isPractitionerAgency(agency)
                            && !missing.containsKey(agency)) {
                        missing.put(agency, active.getOrDefault(agency, List.of()));
                        statedOnly.add(agency);
                    }
                }
            }
            if (missing.isEmpty() && unresolved.isEmpty()) {
                continue;
            }
            List<String> evidence = new ArrayList<>(List.of(meeting.eventId()));
            List<String> phrases = new ArrayList<>();
            missing.forEach((agency, events) -> {
                events.forEach(e -> evidence.add(e.eventId()));
                if (statedOnly.contains(agency) && events.isEmpty()) {
                    phrases.add(agency + " (recorded as not invited)");
                } else {
                    phrases.add(agency + " (involved in the " + lookback.describe() + " before: "
                            + Explanations.entries(events) + ")");
                }
            });
            unresolved.forEach(text -> phrases.add("'" + text + "' (recorded as not invited)"));
            List<String> agencies = missing.isEmpty() ? List.of(meeting.agency()) : List.copyOf(missing.keySet());
            findings.add(Finding.of(this, Severity.MEDIUM, meeting, agencies, evidence,
                    "The " + meeting.type().replace('.', ' ') + " of " + meeting.when() + " (" + meeting.agency()
                            + ") did not include " + Explanations.list(phrases, "or") + "."));
        }
        return findings;
    }
}
