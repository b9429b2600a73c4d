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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** domain.md §c rule 48; motivated by Baby L §1.3-1.4 (unclear criteria: referrals to several mental health services). */
@Component
public class MultipleServiceReferrals implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("MULTIPLE_SERVICE_REFERRALS", Category.INFORMATION_SHARING,
            "K or more referrals of the child or a household member to different services for the same need within "
                + "W: more agencies and professionals with unclear roles. The same need is a concern category the "
                + "referrals share, or, when a referral states none, services of the same sector (three mental "
                + "health services). Referrals to the lead agency are safeguarding referrals, not counted here. Read "
                + "generously: the referrals count only if they certainly fall within W. One finding per run, pointing "
                + "at the K-th referral. Whether the needs were really the same is a judgement left to the reader.",
            "referral.made with details.referredTo (the receiving agency, and so its sector) and details.concerns "
                + "(concernCategory codes), for the child or a household member.",
            List.of(new Parameter("K", "3", "referrals to different services that make a finding"),
                new Parameter("W", "60d", "window in which the referrals fall")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        int threshold = parameters.count("K");
        Span window = parameters.span("W");
        Map<String, List<CaseEvent>> byNeed = new LinkedHashMap<>();
        for (CaseEvent event : file.events()) {
            if (!event.is("referral.made")) {
                continue;
            }
            String to = event.text("referredTo");
            if (to == null || file.isLead(to)) {
                continue;
            }
            List<String> needs = event.strings("concerns");
            if (needs.isEmpty()) {
                file.sector(to).ifPresent(s -> byNeed.computeIfAbsent("services of sector " + s, k -> new ArrayList<>())
                        .add(event));
            }
            needs.forEach(need -> byNeed.computeIfAbsent(need, k -> new ArrayList<>()).add(event));
        }
        List<Finding> findings = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        byNeed.forEach((need, referrals) -> {
            int start = 0;
            while (start < referrals.size()) {
                LocalDate end = window.after(referrals.get(start).earliest(), file.calendar());
                List<CaseEvent> run = new ArrayList<>();
                Set<String> services = new LinkedHashSet<>();
                CaseEvent kth = null;
                for (int i = start; i < referrals.size() && !referrals.get(i).latest().isAfter(end); i++) {
                    run.add(referrals.get(i));
                    if (services.add(referrals.get(i).text("referredTo")) && services.size() == threshold) {
                        kth = referrals.get(i);
                    }
                }
                if (kth == null || reported.containsAll(run.stream().map(CaseEvent::eventId).toList())) {
                    start++;
                    continue;
                }
                run.forEach(r -> reported.add(r.eventId()));
                findings.add(finding(kth, run, services, need, window));
                start += run.size();
            }
        });
        return findings;
    }

    private Finding finding(CaseEvent kth, List<CaseEvent> run, Set<String> services, String need, Span window) {
        List<String> evidence = new ArrayList<>(List.of(kth.eventId()));
        run.forEach(r -> evidence.add(r.eventId()));
        return Finding.of(this, Severity.LOW, kth, services, evidence, run.size() + " referrals to "
                + services.size() + " different services (" + String.join(", ", services) + ") for "
                + need.replace('_', ' ') + " within " + window.describe() + ": " + Explanations.entries(run)
                + ".");
    }
}
