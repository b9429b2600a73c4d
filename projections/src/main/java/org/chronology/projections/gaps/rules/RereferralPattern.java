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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** domain.md §c rule 39; motivated by Child O §2.9 (repeated referrals, each closed without further action). */
@Component
public class RereferralPattern implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("REREFERRAL_PATTERN", Category.ENGAGEMENT,
            "K or more referrals of the child or its household to the lead agency within W, each ending with no "
                + "further action (no assessment leading to a plan). Referrals made while an earlier one is still "
                + "being handled are one episode, not a re-referral. One finding per run of such episodes, pointing "
                + "at the K-th referral, when the pattern became visible. Windows use each referral's nominal date "
                + "(the start of its period). Whether the needs behind the referrals were the same is a judgement "
                + "the rule leaves to the reader.",
            "referral.made with details.referredTo (an agency of sector la.csc or la.frontdoor; with no referredTo, "
                + "one that a lead agency recorded or acted in), for the child or a household member; the lead "
                + "agency's referral.decision with details.decision nfa, signposting or early_help, assessment.completed "
                + "with details.outcome nfa or early_help, or case.closed with no plan (cin_plan.started, "
                + "cp_plan.started, conference.initial) since the referral.",
            List.of(new Parameter("K", "3", "referrals ending in no further action that make a pattern"),
                new Parameter("W", "7m", "window in which the referrals are counted")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        int threshold = parameters.count("K");
        Span window = parameters.span("W");
        List<Referrals.Episode> closed = Referrals.episodes(file, file.events()).stream()
                .filter(e -> e.ended() && e.nfa).toList();
        List<Finding> findings = new ArrayList<>();
        int i = 0;
        while (i + threshold - 1 < closed.size()) {
            int kth = i + threshold - 1;
            if (closed.get(kth).first().date().isAfter(window.after(closed.get(i).first().date(), file.calendar()))) {
                i++;
                continue;
            }
            int last = kth;
            while (last + 1 < closed.size() && !closed.get(last + 1).first().date()
                    .isAfter(window.after(closed.get(last + 2 - threshold).first().date(), file.calendar()))) {
                last++;
            }
            findings.add(finding(file, closed.subList(i, last + 1), closed.get(kth).first(), threshold, window));
            i = last + 1;
        }
        return findings;
    }

    private Finding finding(CaseFile file, List<Referrals.Episode> run, CaseEvent trigger, int threshold,
                            Span window) {
        List<CaseEvent> referrals = new ArrayList<>();
        List<String> evidence = new ArrayList<>(List.of(trigger.eventId()));
        Set<String> agencies = new LinkedHashSet<>();
        for (Referrals.Episode episode : run) {
            referrals.add(episode.first());
            episode.referrals.forEach(r -> evidence.add(r.eventId()));
            evidence.add(episode.end.eventId());
            episode.end.agencies().stream().filter(file::isLead).forEach(agencies::add);
        }
        if (agencies.isEmpty()) {
            agencies.add(trigger.agency());
        }
        return Finding.of(this, Severity.MEDIUM, trigger, agencies, evidence, run.size() + " referrals to "
                + String.join(", ", agencies) + " between " + referrals.get(0).when() + " and "
                + referrals.get(referrals.size() - 1).when() + " (" + Explanations.entries(referrals) + ") each ended "
                + "with no further action and no plan (a finding from " + threshold + " within " + window.describe()
                + ").");
    }
}
