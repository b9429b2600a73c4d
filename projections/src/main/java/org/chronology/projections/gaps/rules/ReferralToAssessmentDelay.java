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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** domain.md §c rule 17 and §d (WT 2018 timescales); motivated by Child BF finding BF4 (late C&F assessment). */
@Component
public class ReferralToAssessmentDelay implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("REFERRAL_TO_ASSESSMENT_DELAY", Category.TIMESCALE,
            "A referral to the lead agency was not decided within D (no decision, assessment, strategy discussion, "
                + "enquiry, case opening or closure by the lead agency), or the assessment it led to was not "
                + "completed within A of the referral. Further referrals while the first is still being handled "
                + "belong to its episode: one finding per episode, pointing at the referral that opened it. An "
                + "assessment completed with no recorded start leaves the decision date unknown, so it is no breach "
                + "of D. Read generously: deadlines run from the last day the referral can have been made, a "
                + "response counts if it can have happened by the deadline, and nothing is found before the "
                + "deadline has passed.",
            "referral.made with details.referredTo (an agency of sector la.csc or la.frontdoor; with no referredTo, "
                + "one that a lead agency recorded or acted in); the lead agency's referral.decision (details.decision: "
                + "nfa, signposting, early_help, assessment, strategy), assessment.started, assessment.completed "
                + "(details.outcome), strategy.discussion / strategy.meeting, s47.started, case.opened / "
                + "case.reopened, conference.initial, cin_plan.started, cp_plan.started and case.closed.",
            List.of(new Parameter("D", "1wd", "time from referral to a decision or the start of an assessment"),
                new Parameter("A", "45wd", "time from referral to a completed assessment")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span decide = parameters.span("D");
        Span complete = parameters.span("A");
        List<Finding> findings = new ArrayList<>();
        for (Referrals.Episode episode : Referrals.episodes(file, file.own())) {
            CaseEvent referral = episode.first();
            List<String> problems = new ArrayList<>();
            List<CaseEvent> evidence = new ArrayList<>(episode.referrals);
            LocalDate decideBy = Timing.deadline(referral, decide, file.calendar());
            CaseEvent response = episode.response;
            boolean decisionDateUnknown = response == null && episode.assessmentCompleted != null;
            if (!decisionDateUnknown && Timing.overdue(referral, decide, file.calendar(), asOf)
                    && (response == null || response.earliest().isAfter(decideBy))) {
                if (response != null) {
                    evidence.add(response);
                }
                problems.add("no decision or assessment by the lead agency between " + referral.when() + " and "
                        + decideBy + (response == null ? "" : " (the first is the " + Explanations.type(response)
                        + " of " + response.when() + ")"));
            }
            LocalDate completeBy = Timing.deadline(referral, complete, file.calendar());
            CaseEvent completed = episode.assessmentCompleted;
            boolean expected = episode.assessmentStarted != null || episode.assessmentDecided || completed != null;
            if (expected && Timing.overdue(referral, complete, file.calendar(), asOf)
                    && (completed == null || completed.earliest().isAfter(completeBy))) {
                if (episode.assessmentStarted != null) {
                    evidence.add(episode.assessmentStarted);
                }
                if (completed != null) {
                    evidence.add(completed);
                }
                problems.add("no assessment completed between " + referral.when() + " and " + completeBy
                        + (completed == null ? "" : " (completed " + completed.when() + ")"));
            }
            if (!problems.isEmpty()) {
                Set<String> agencies = leadAgencies(file, episode);
                String referrals = episode.referrals.size() == 1 ? "the referral of " + referral.when()
                        : episode.referrals.size() + " referrals from " + referral.when();
                findings.add(Finding.of(this, Severity.MEDIUM, referral, agencies,
                        evidence.stream().map(CaseEvent::eventId).toList(), "After " + referrals + " to "
                                + String.join(", ", agencies) + ", " + String.join("; and ", problems) + "."));
            }
        }
        return findings;
    }

    private static Set<String> leadAgencies(CaseFile file, Referrals.Episode episode) {
        Set<String> agencies = new LinkedHashSet<>();
        for (CaseEvent referral : episode.referrals) {
            String to = referral.text("referredTo");
            if (to != null && file.isLead(to)) {
                agencies.add(to);
            }
        }
        episode.handling.forEach(e -> e.agencies().stream().filter(file::isLead).forEach(agencies::add));
        if (agencies.isEmpty()) {
            agencies.addAll(episode.first().agencies());
        }
        return agencies;
    }
}
