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
import java.util.Set;

/** domain.md §c rule 41; motivated by Family T §5.10-5.11, §5.24 (an ISO in force, the ICPC decided CIN). */
@Component
public class PlanBelowLegalStatus implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("PLAN_BELOW_LEGAL_STATUS", Category.RESPONSE_TO_HARM,
            "Care or supervision proceedings were issued, or an interim supervision or care order was in force with "
                + "the child at home, while the child protection conference's outcome for the child was below a child "
                + "protection plan (child in need or no plan), with no CP plan started in between. The proceedings "
                + "last until a final order or until the child is looked after; a case closure or the end of the CIN "
                + "plan ends the conference's outcome. One finding per set of proceedings, pointing at the "
                + "conference. Entries of the same month are read as concurrent, whichever came first. Whether the "
                + "threshold for a plan was met is the conference's judgement; the rule shows the mismatch.",
            "court.application (details.orderSought iso, ico, care_order, supervision_order, or none stated) and "
                + "court.order (details.order iso, ico, supervision_order; care_order, supervision_order, sgo, "
                + "child_arrangements_order or placement_order end the proceedings); conference.initial / "
                + "conference.review with details.outcome (cp_plan, cin, nfa, cp_plan_ended); cp_plan.started, "
                + "cin_plan.ended, case.closed; child.accommodated / placement.started (details.legalBasis, "
                + "placementType other than placement_with_parents) for the child becoming looked after.",
            List.of());

    private static final Set<String> PROCEEDINGS = Set.of("", "iso", "ico", "care_order", "supervision_order");
    private static final Set<String> INTERIM = Set.of("iso", "ico");
    private static final String[] CONFERENCES = {"conference.initial", "conference.review"};
    private static final String[] PLAN_CHANGES = {"cp_plan.started", "cin_plan.ended", "case.closed"};
    private static final Set<String> FINAL = Set.of("care_order", "supervision_order", "sgo",
            "child_arrangements_order", "placement_order");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        List<Finding> findings = new ArrayList<>();
        CaseEvent proceedings = null;
        CaseEvent conference = null;
        boolean found = false;
        for (CaseEvent event : file.own()) {
            String order = Referrals.code(event, "order");
            if (event.is("court.application") && PROCEEDINGS.contains(Referrals.code(event, "orderSought"))
                    || event.is("court.order") && INTERIM.contains(order)) {
                if (proceedings == null) {
                    proceedings = event;
                    found = false;
                }
            } else if (event.is("court.order") && FINAL.contains(order) || looksAfter(event)) {
                proceedings = null;
            } else if (event.is(CONFERENCES) && event.stated("outcome")) {
                conference = "cp_plan".equals(Referrals.code(event, "outcome")) ? null : event;
            } else if (event.is(PLAN_CHANGES)) {
                conference = null;
            }
            if (proceedings != null && conference != null && !found) {
                found = true;
                findings.add(finding(proceedings, conference));
            }
        }
        return findings;
    }

    private Finding finding(CaseEvent proceedings, CaseEvent conference) {
        String legal = proceedings.is("court.order")
                ? "an interim " + (Referrals.code(proceedings, "order").equals("iso") ? "supervision" : "care")
                + " order (" + proceedings.when() + ")"
                : "care proceedings issued (" + proceedings.when() + ")";
        return Finding.of(this, Severity.HIGH, conference, conference.agencies(),
                List.of(conference.eventId(), proceedings.eventId()), "The " + Explanations.meeting(conference)
                        + " of " + conference.when() + " decided " + Referrals.code(conference, "outcome")
                        + ", not a child protection plan, while the child was at home with " + legal
                        + "; no child protection plan started in between.");
    }

    private static boolean looksAfter(CaseEvent event) {
        if (!event.is("child.accommodated", "placement.started")) {
            return false;
        }
        return !"placement_with_parents".equals(Referrals.code(event, "placementType"));
    }
}
