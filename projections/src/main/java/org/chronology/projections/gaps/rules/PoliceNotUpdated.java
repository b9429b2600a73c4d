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
import java.util.List;
import java.util.Set;

/** domain.md §c rule 28; motivated by Baby E §3.1.10 (police not told of a new admission during a joint enquiry). */
@Component
public class PoliceNotUpdated implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("POLICE_NOT_UPDATED", Category.INFORMATION_SHARING,
            "During an open joint investigation, a hospital admission or a new allegation of harm to the child with "
                + "nothing showing that police were told within N. One finding per investigation, at its first "
                + "development police were not told of; the others are cited. Read generously: N runs from the "
                + "development's last possible day, and an entry showing police knew counts if it can have happened "
                + "from the development's first possible day to then.",
            "The investigation: s47.started naming the child with details.lead = joint or "
                + "details.criminalInvestigation = true, or strategy.discussion / strategy.meeting with "
                + "details.decision = joint_s47; it is open until an s47.concluded. Developments, naming the child and "
                + "recorded by an agency other than police: hospital.admission, hospital.ed_attendance, "
                + "injury.observed, injury.diagnosed, and concern.recorded / referral.made whose categories or concerns "
                + "name physical, sexual or emotional abuse, neglect, injury or significant harm. Police knew: "
                + "police.notified, any police.* entry by a police agency, a strategy discussion or meeting with "
                + "police, or info.shared / referral.made / concern.recorded sent to a police agency.",
            List.of(new Parameter("N", "24h", "time within which police hear of a development")));

    private static final Set<String> HARM = Set.of("physical_abuse", "sexual_abuse", "emotional_abuse", "neglect",
            "injury", "significant_harm");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        List<Finding> findings = new ArrayList<>();
        CaseEvent investigation = null;
        List<CaseEvent> untold = new ArrayList<>();
        List<CaseEvent> police = null;
        for (CaseEvent e : file.own()) {
            if (e.is("s47.concluded")) {
                report(file, investigation, untold, within, findings);
                investigation = null;
                untold = new ArrayList<>();
            } else if (investigation == null && joint(e)) {
                investigation = e;
            } else if (investigation != null && e != investigation && development(file, e)
                    && Timing.overdue(e, within, file.calendar(), asOf)) {
                if (police == null) {
                    police = Injuries.select(file.events(), r -> Injuries.policeKnows(file, r));
                }
                if (Injuries.between(police, e.earliest(), Timing.deadline(e, within, file.calendar())).isEmpty()) {
                    untold.add(e);
                }
            }
        }
        report(file, investigation, untold, within, findings);
        return findings;
    }

    private void report(CaseFile file, CaseEvent investigation, List<CaseEvent> untold, Span within,
                        List<Finding> findings) {
        if (investigation == null || untold.isEmpty()) {
            return;
        }
        CaseEvent first = untold.get(0);
        List<String> evidence = Injuries.ids(untold);
        evidence.add(investigation.eventId());
        Set<String> agencies = Injuries.agencies(untold);
        investigation.agencies().stream().filter(file::isLead).forEach(agencies::add);
        findings.add(Finding.of(this, Severity.HIGH, first, agencies, evidence, "During the joint investigation "
                + "started " + investigation.when() + " (" + investigation.eventId() + "), nothing shows police were "
                + "told within " + within.describe() + " of " + Explanations.entries(untold) + ": no entry showing "
                + "police knew between " + first.when() + " and " + Timing.deadline(first, within, file.calendar())
                + "."));
    }

    private static boolean joint(CaseEvent e) {
        return (e.is("s47.started") && ("joint".equals(e.text("lead"))
                || Boolean.TRUE.equals(e.flag("criminalInvestigation"))))
                || (e.is("strategy.discussion", "strategy.meeting") && "joint_s47".equals(e.text("decision")));
    }

    private static boolean development(CaseFile file, CaseEvent e) {
        if (e.agencies().stream().anyMatch(file::isPolice)) {
            return false;
        }
        if (e.is("hospital.admission", "hospital.ed_attendance", "injury.observed", "injury.diagnosed")) {
            return true;
        }
        return (e.is("concern.recorded") && e.strings("categories").stream().anyMatch(HARM::contains))
                || (e.is("referral.made") && e.strings("concerns").stream().anyMatch(HARM::contains));
    }
}
