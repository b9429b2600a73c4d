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
import java.util.regex.Pattern;

/**
 * domain.md §c rule 5; motivated by Baby L §1.10 and Rec 7 (not all agencies gave the conference a report, whether
 * or not they attended) and Family T §5.51 (no information from the NNU reached the ICPC).
 */
@Component
public class ConfReportMissing implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("CONF_REPORT_MISSING", Category.INFORMATION_SHARING,
            "An initial or review child protection conference or a core group where an invited agency (details."
                + "invited; details.attended when invitees are not stated) is not in details.reportsSubmitted, "
                + "whether or not it attended; the convening agency and the chair (details.chair, la.iro) are not "
                + "expected to report. Silent on this check when reportsSubmitted is not stated. Also fires on "
                + "details.reportsMissing (agency codes or descriptions, or true) and on a details.reportsNote that "
                + "says reports were not given; details.infoLimited (agencies that gave limited information) is "
                + "named in the explanation.",
            "An initial or review child protection conference or a core group where an invited agency (details."
                + "invited; details.attended when invitees are not stated) is not in details.reportsSubmitted, "
                + "whether or not it attended; the convening agency and the chair (details.chair, la.iro) are not "
                + "expected to report. Silent on this check when reportsSubmitted is not stated. Also fires on "
                + "details.reportsMissing (agency codes or descriptions, or true) and on a details.reportsNote that "
                + "says reports were not given; details.infoLimited (agencies that gave limited information) is "
                + "named in the explanation.",
            List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** A free-text note on reports that says some were not given. */
    private static final Pattern SHORTFALL = Pattern.compile(
            "(?i)\\b(not|no|none|missing|without|absent|lacking|failed)\\b");

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        List<Finding> findings = new ArrayList<>();
        for (CaseEvent meeting : file.own()) {
            if (!meeting.is("conference.initial", "conference.review", "meeting.core_group")) {
                continue;
            }
            Set<String> missing = new LinkedHashSet<>();
            List<String> described = new ArrayList<>();
            if (meeting.stated("reportsSubmitted")) {
                Set<String> submitted = file.agencyCodes(meeting, "reportsSubmitted");
                Set<String> chair = file.agencyCodes(meeting, "chair");
                String expectedField = meeting.stated("invited") ? "invited" : "attended";
                for (String agency : file.agencyCodes(meeting, expectedField)) {
                    if (!submitted.contains(agency) && !meeting.agencies().contains(agency) && !chair.contains(agency)
                            && file.isPractitionerAgency(agency)
                            && file.sector(agency).filter(s -> s == Sector.LA_IRO).isEmpty()) {
                        missing.add(agency);
                    }
                }
            }
            boolean statedMissing = Boolean.TRUE.equals(meeting.flag("reportsMissing"));
            for (String entry : meeting.texts("reportsMissing")) {
                Set<String> named = file.agencyCodes(entry);
                statedMissing = true;
                if (named.isEmpty()) {
                    if (!entry.isBlank()) {
                        described.add("'" + entry.trim() + "'");
                    }
                } else {
                    missing.addAll(named);
                }
            }
            String note = meeting.text("reportsNote");
            boolean noteSaysMissing = note != null && SHORTFALL.matcher(note).find();
            if (missing.isEmpty() && !statedMissing && !noteSaysMissing) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            missing.forEach(parts::add);
            parts.addAll(described);
            String explanation = "The " + Explanations.meeting(meeting) + " of " + meeting.when() + " ("
                    + meeting.agency() + ")";
            if (!parts.isEmpty()) {
                explanation += " had no report from " + Explanations.list(parts, "or");
            } else if (noteSaysMissing) {
                explanation += " did not have every agency's report (recorded: '" + note.trim() + "')";
            } else {
                explanation += " is recorded as missing agency reports";
            }
            List<String> limited = new ArrayList<>();
            for (String entry : meeting.texts("infoLimited")) {
                Set<String> named = file.agencyCodes(entry);
                limited.add(named.isEmpty() ? "'" + entry.trim() + "'" : String.join(", ", named));
            }
            if (!limited.isEmpty()) {
                explanation += ", and " + Explanations.list(limited, "and") + " gave limited information";
            }
            List<String> agencies = missing.isEmpty() ? List.of(meeting.agency()) : List.copyOf(missing);
            findings.add(Finding.of(this, Severity.MEDIUM, meeting, agencies, List.of(meeting.eventId()),
                    explanation + "."));
        }
        return findings;
    }
}
