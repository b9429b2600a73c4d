package org.chronology.projections.gaps.rules;

import org.chronology.core.api.event.Sector;
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
            "An initial or review child protection conference at which an agency expected to report gave no report, "
                + "whether or not it attended. Expected: the invitees, else the attendees, else (neither recorded) "
                + "the partner agencies active for the child or household in the L before it. The convening agency, "
                + "the independent reviewing officer (la.iro), family informants, review bodies, the court and LA "
                + "legal are not expected to report. When the reports received are recorded, an expected agency not "
                + "among them gave none (severity medium); when they are not, an expected agency gave none if it "
                + "sent the lead agency no information in the P before the conference (severity low). One finding "
                + "per conference, naming each agency without a report.",
            "conference.initial or conference.review with details.reportsSubmitted, details.invited and "
                + "details.attended (agency codes); info.shared to the lead agency before it (details.from, "
                + "details.to); every agency's entries for the child and household with their dates; agency sectors.",
            List.of(new Parameter("L", "90d", "how far before the conference an agency's involvement makes it expected "
                    + "to report, when neither invitees nor attendees are recorded"),
                new Parameter("P", "10wd", "how long before the conference information sent to the lead agency counts "
                    + "as its report, when the reports received are not recorded (design)")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span lookback = parameters.span("L");
        Span before = parameters.span("P");
        List<Finding> findings = new ArrayList<>();
        Set<CaseEvent> seen = new HashSet<>();
        for (CaseEvent record : file.own("conference.initial", "conference.review")) {
            if (seen.contains(record)) {
                continue;
            }
            List<CaseEvent> records = Partners.sameMeeting(file, record, record.type());
            seen.addAll(records);
            CaseEvent conference = records.get(0);
            boolean recorded = records.stream().anyMatch(r -> r.stated("reportsSubmitted"));
            Set<String> submitted = new LinkedHashSet<>();
            Set<String> invited = new LinkedHashSet<>();
            Set<String> attended = new LinkedHashSet<>();
            Set<String> convening = new LinkedHashSet<>();
            for (CaseEvent r : records) {
                submitted.addAll(Partners.named(r, "reportsSubmitted"));
                invited.addAll(Partners.named(r, "invited"));
                attended.addAll(Partners.named(r, "attended"));
                convening.addAll(r.agencies());
            }
            boolean attendanceRecorded = records.stream().anyMatch(r -> r.stated("attended"));
            Set<String> expected = records.stream().anyMatch(r -> r.stated("invited")) ? invited
                    : attendanceRecorded ? attended
                    : file.involvement(lookback.before(conference.earliest(), file.calendar()), conference.earliest())
                    .keySet();
            LocalDate from = before.before(conference.earliest(), file.calendar());
            Set<String> sent = recorded ? Set.of() : sentBefore(file, conference, from);
            Set<String> missing = new LinkedHashSet<>();
            for (String agency : expected) {
                if (!submitted.contains(agency) && !convening.contains(agency) && Partners.partner(file, agency)
                        && file.sector(agency).filter(s -> s == Sector.LA_IRO).isEmpty()
                        && (recorded || !sent.contains(agency))) {
                    missing.add(agency);
                }
            }
            if (missing.isEmpty()) {
                continue;
            }
            List<String> phrases = new ArrayList<>();
            for (String agency : missing) {
                phrases.add(agency + (!attendanceRecorded ? ""
                        : attended.contains(agency) ? " (attended)" : " (did not attend)"));
            }
            String start = "The " + Explanations.meeting(conference) + " of " + conference.when() + " ("
                    + conference.agency() + ")";
            List<String> evidence = records.stream().map(CaseEvent::eventId).toList();
            findings.add(Finding.of(this, recorded ? Severity.MEDIUM : Severity.LOW, conference, missing,
                    evidence, recorded
                            ? start + " had no report from " + Explanations.list(phrases, "or") + "; reports came from "
                            + (submitted.isEmpty() ? "no agency" : String.join(", ", submitted)) + "."
                            : start + " records no reports, and " + Explanations.list(phrases, "and")
                            + " sent the lead agency nothing " + Partners.between(from, conference.latest()) + "."));
        }
        return findings;
    }

    /** The agencies that sent the lead agency information that can have reached it from {@code from} to the conference. */
    private static Set<String> sentBefore(CaseFile file, CaseEvent conference, LocalDate from) {
        Set<String> sent = new LinkedHashSet<>();
        for (CaseEvent e : Partners.within(file.events("info.shared"), from, conference.latest())) {
            if (Partners.anyRecipient(e, file::isLead) || file.isLead(e.recordingAgency())) {
                sent.addAll(Partners.senders(e));
            }
        }
        return sent;
    }
}
