package org.chronology.projections.gaps.rules;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** domain.md §c rule 17 and §d (WT 2018 timescales); motivated by Child BF finding BF4 (late C&F assessment). */
@Component
public class ReferralToAssessmentDelay implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("REFERRAL_TO_ASSESSMENT_DELAY", Category.TIMESCALE,
            "A referral.made to the lead agency was not decided within D, or the assessment it led to was not "
                + "completed within A. The referral goes to the lead agency when details.referredTo is a la.csc or "
                + "la.frontdoor agency, or when no referredTo is given and a lead agency recorded or acted in it. A "
                + "decision is a lead-agency referral.decision, assessment.started, strategy discussion or meeting, "
                + "s47.started or case.opened; an assessment.completed with no recorded start leaves the decision date "
                + "unknown and so is not a breach. Completion (A) is expected once the lead agency started an "
                + "assessment or decided to assess. Deadlines run from the referral's last possible day and a response "
                + "counts if it can have happened in time. When dates are imprecise the rule also relies on the "
                + "agency's own statement of delay: details.delayed = true, or details.delayDays beyond D, on the "
                + "first decision or assessment.started after the referral. One finding per referral.",
            "A referral.made to the lead agency was not decided within D, or the assessment it led to was not "
                + "completed within A. The referral goes to the lead agency when details.referredTo is a la.csc or "
                + "la.frontdoor agency, or when no referredTo is given and a lead agency recorded or acted in it. A "
                + "decision is a lead-agency referral.decision, assessment.started, strategy discussion or meeting, "
                + "s47.started or case.opened; an assessment.completed with no recorded start leaves the decision date "
                + "unknown and so is not a breach. Completion (A) is expected once the lead agency started an "
                + "assessment or decided to assess. Deadlines run from the referral's last possible day and a response "
                + "counts if it can have happened in time. When dates are imprecise the rule also relies on the "
                + "agency's own statement of delay: details.delayed = true, or details.delayDays beyond D, on the "
                + "first decision or assessment.started after the referral. One finding per referral.",
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
        List<CaseEvent> own = file.own();
        Predicate<CaseEvent> lead = file::byLead;
        Predicate<CaseEvent> decision = e -> lead.test(e) && e.is("referral.decision", "assessment.started",
                "strategy.discussion", "strategy.meeting", "s47.started", "case.opened", "case.reopened");
        List<Integer> referrals = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            if (file.isReferralToLead(own.get(i))) {
                referrals.add(i);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (int k = 0; k < referrals.size(); k++) {
            CaseEvent referral = own.get(referrals.get(k));
            int end = k + 1 < referrals.size() ? referrals.get(k + 1) : own.size();
            List<CaseEvent> after = own.subList(referrals.get(k) + 1, end);

            List<String> problems = new ArrayList<>();
            List<CaseEvent> evidence = new ArrayList<>(List.of(referral));

            Optional<CaseEvent> stated = after.stream()
                    .filter(e -> lead.test(e) && e.is("referral.decision", "assessment.started"))
                    .findFirst().filter(e -> statedLate(file, referral, e, decide));
            stated.ifPresent(e -> {
                evidence.add(e);
                problems.add(e.agency() + " records that its " + Explanations.type(e) + " (" + e.when()
                        + ") came late");
            });

            boolean completedWithoutStart = after.stream().anyMatch(e -> lead.test(e) && e.is("assessment.completed"))
                    && after.stream().noneMatch(e -> lead.test(e) && e.is("assessment.started"));
            if (stated.isEmpty() && !completedWithoutStart && Timing.overdue(referral, decide, file.calendar(), asOf)
                    && Timing.respondedWithin(referral, decide, file.calendar(), own, decision).isEmpty()) {
                Optional<CaseEvent> late = after.stream().filter(decision).findFirst();
                late.ifPresent(evidence::add);
                problems.add("no decision or assessment start by the lead agency is recorded within "
                        + decide.describe() + late.map(e -> " (the first is the " + Explanations.type(e) + " of "
                        + e.when() + ")").orElse(""));
            }

            Optional<CaseEvent> started = after.stream().filter(e -> lead.test(e) && e.is("assessment.started"))
                    .findFirst();
            boolean assessmentExpected = started.isPresent() || after.stream()
                    .anyMatch(e -> lead.test(e) && e.is("referral.decision") && decidedToAssess(e));
            if (assessmentExpected && Timing.overdue(referral, complete, file.calendar(), asOf)
                    && Timing.respondedWithin(referral, complete, file.calendar(), own,
                    e -> lead.test(e) && e.is("assessment.completed")).isEmpty()) {
                started.ifPresent(evidence::add);
                problems.add("no assessment was completed within " + complete.describe());
            }

            if (!problems.isEmpty()) {
                Set<String> agencies = leadAgencies(file, referral, after);
                String explanation = "After the referral to " + String.join(", ", agencies) + " of " + referral.when()
                        + " (recorded by " + referral.recordingAgency() + "), " + String.join("; ", problems) + ".";
                findings.add(Finding.of(this, Severity.MEDIUM, referral, agencies,
                        evidence.stream().map(CaseEvent::eventId).toList(), explanation));
            }
        }
        return findings;
    }

    /** The agency says the step was delayed, or its stated delay certainly exceeds {@code decide}. */
    private static boolean statedLate(CaseFile file, CaseEvent referral, CaseEvent step, Span decide) {
        if (Boolean.TRUE.equals(step.flag("delayed"))) {
            return true;
        }
        JsonNode days = step.details().get("delayDays");
        return days != null && days.isNumber()
                && referral.latest().plusDays(days.longValue()).isAfter(decide.after(referral.latest(), file.calendar()));
    }

    private static boolean decidedToAssess(CaseEvent decision) {
        String d = decision.text("decision");
        if (d == null) {
            return false;
        }
        String text = d.toLowerCase(Locale.ROOT);
        return text.contains("assess") || text.contains("strategy") || text.contains("s47");
    }

    private static Set<String> leadAgencies(CaseFile file, CaseEvent referral, List<CaseEvent> after) {
        Set<String> agencies = new LinkedHashSet<>();
        Optional.ofNullable(referral.text("referredTo")).filter(file::isLead).ifPresent(agencies::add);
        if (agencies.isEmpty()) {
            after.forEach(e -> e.agencies().stream().filter(file::isLead).forEach(agencies::add));
        }
        if (agencies.isEmpty()) {
            agencies.addAll(referral.agencies());
        }
        return agencies;
    }
}
