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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** domain.md §c rule 39; motivated by Child O §2.9 (repeated referrals, each closed without further action). */
@Component
public class RereferralPattern implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("REREFERRAL_PATTERN", Category.ENGAGEMENT,
            "K or more referrals of the child to the lead agency within W, each ending in no further action. "
                + "Relies on referral.made entries naming the child whose details.referredTo is a la.csc or "
                + "la.frontdoor agency (or, with no referredTo, that a lead agency recorded or acted in), and on the "
                + "first referral.decision after each referral and before the next one, with details.decision 'nfa' "
                + "(or 'no further action'); a referral without a recorded decision does not count. Windows use each "
                + "referral's nominal date (the start of its period); overlapping windows make one finding per "
                + "cluster.",
            "K or more referrals of the child to the lead agency within W, each ending in no further action. "
                + "Relies on referral.made entries naming the child whose details.referredTo is a la.csc or "
                + "la.frontdoor agency (or, with no referredTo, that a lead agency recorded or acted in), and on the "
                + "first referral.decision after each referral and before the next one, with details.decision 'nfa' "
                + "(or 'no further action'); a referral without a recorded decision does not count. Windows use each "
                + "referral's nominal date (the start of its period); overlapping windows make one finding per "
                + "cluster.",
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
        List<CaseEvent> own = file.own();
        List<Integer> referrals = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            if (file.isReferralToLead(own.get(i))) {
                referrals.add(i);
            }
        }
        List<CaseEvent[]> nfa = new ArrayList<>();
        for (int k = 0; k < referrals.size(); k++) {
            int end = k + 1 < referrals.size() ? referrals.get(k + 1) : own.size();
            CaseEvent referral = own.get(referrals.get(k));
            own.subList(referrals.get(k) + 1, end).stream().filter(e -> e.is("referral.decision")).findFirst()
                    .filter(RereferralPattern::isNfa).ifPresent(d -> nfa.add(new CaseEvent[]{referral, d}));
        }

        List<Finding> findings = new ArrayList<>();
        int clusterStart = -1;
        int clusterEnd = -1;
        for (int i = 0; i < nfa.size(); i++) {
            LocalDate limit = window.after(nfa.get(i)[0].date(), file.calendar());
            int j = i;
            while (j + 1 < nfa.size() && !nfa.get(j + 1)[0].date().isAfter(limit)) {
                j++;
            }
            if (j - i + 1 < threshold) {
                continue;
            }
            if (clusterStart >= 0 && i <= clusterEnd) {
                clusterEnd = Math.max(clusterEnd, j);
            } else {
                if (clusterStart >= 0) {
                    findings.add(finding(file, nfa.subList(clusterStart, clusterEnd + 1), window));
                }
                clusterStart = i;
                clusterEnd = j;
            }
        }
        if (clusterStart >= 0) {
            findings.add(finding(file, nfa.subList(clusterStart, clusterEnd + 1), window));
        }
        return findings;
    }

    private Finding finding(CaseFile file, List<CaseEvent[]> cluster, Span window) {
        CaseEvent first = cluster.get(0)[0];
        CaseEvent last = cluster.get(cluster.size() - 1)[0];
        List<String> evidence = new ArrayList<>();
        cluster.forEach(pair -> evidence.add(pair[0].eventId()));
        cluster.forEach(pair -> evidence.add(pair[1].eventId()));
        Set<String> agencies = new LinkedHashSet<>();
        for (CaseEvent[] pair : cluster) {
            Optional.ofNullable(pair[0].text("referredTo")).filter(file::isLead).ifPresent(agencies::add);
            pair[1].agencies().stream().filter(file::isLead).forEach(agencies::add);
        }
        if (agencies.isEmpty()) {
            cluster.forEach(pair -> agencies.add(pair[1].agency()));
        }
        String explanation = cluster.size() + " referrals to " + String.join(", ", agencies) + " between "
                + first.when() + " and " + last.when() + " (within " + window.describe()
                + ") each ended in no further action.";
        return Finding.of(this, Severity.MEDIUM, first, agencies, evidence, explanation);
    }

    private static boolean isNfa(CaseEvent decision) {
        String d = decision.text("decision");
        if (d == null) {
            return false;
        }
        String text = d.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
        return text.equals("nfa") || text.startsWith("nfa ") || text.contains("no further action");
    }
}
