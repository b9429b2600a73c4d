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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * domain.md §c rule 47; motivated by Baby L §1.5 and Rec 1 (an electronic referral decided at the front door without
 * a conversation with the referrer).
 */
@Component
public class MashReferrerNotConsulted implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("MASH_REFERRER_NOT_CONSULTED", Category.INFORMATION_SHARING,
            "Children's social care or its front door decides on a written referral (electronic, a multi-agency "
                + "referral form, e-mail or letter) from another agency without any exchange with the referrer "
                + "between the referral and the decision: no information asked of or sent to it, none received from "
                + "it besides the referral, no check of its records and no meeting both attended. A referral made by "
                + "telephone or in person was itself a conversation and is not judged, nor one whose channel is not "
                + "recorded. One finding per decision.",
            "referral.made with details.channel, details.referrerAgency (else the acting agency) and "
                + "details.referredTo a lead agency; referral.decision by la.csc or la.frontdoor (details."
                + "referralEventId, else the latest undecided referral before it); info.requested, info.shared, "
                + "checks.completed and meetings between the two, with their dates.",
            List.of());

    private static final Set<String> WRITTEN = Set.of("electronic", "marf", "email", "letter");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        List<Finding> findings = new ArrayList<>();
        Set<CaseEvent> decided = new HashSet<>();
        List<CaseEvent> exchanges = file.events(Partners.MEETINGS_AND_EXCHANGES_AND_CHECKS);
        for (CaseEvent decision : file.own("referral.decision")) {
            if (!file.byLead(decision)) {
                continue;
            }
            Optional<CaseEvent> found = referral(file, decision, decided);
            if (found.isEmpty()) {
                continue;
            }
            CaseEvent referral = found.get();
            decided.add(referral);
            String channel = referral.text("channel");
            String referrer = Partners.senders(referral).iterator().next();
            if (channel == null || !WRITTEN.contains(channel) || file.isLead(referrer)
                    || file.sector(referrer).isEmpty()) {
                continue;
            }
            boolean consulted = Partners.within(exchanges,
                    referral.earliest(), decision.latest()).stream()
                    .anyMatch(e -> e != referral && exchange(file, e, referrer));
            if (consulted) {
                continue;
            }
            String outcome = decision.text("decision");
            findings.add(Finding.of(this, Severity.MEDIUM, decision, List.of(decision.agency(), referrer),
                    List.of(decision.eventId(), referral.eventId()),
                    decision.agency() + " decided" + (outcome == null ? "" : " '" + outcome.replace('_', ' ') + "'")
                            + " on " + decision.when() + " (" + decision.eventId() + ") on " + referrer + "'s "
                            + channel.replace('_', ' ') + " referral of " + referral.when() + " (" + referral.eventId()
                            + ") with no exchange with " + referrer + " "
                            + Partners.between(referral.earliest(), decision.latest()) + "."));
        }
        return findings;
    }

    /** The referral decided: details.referralEventId, else the latest undecided referral to the lead agency before. */
    private static Optional<CaseEvent> referral(CaseFile file, CaseEvent decision, Set<CaseEvent> decided) {
        String id = decision.text("referralEventId");
        if (id != null) {
            return file.events("referral.made").stream().filter(e -> e.eventId().equals(id)).findFirst();
        }
        CaseEvent latest = null;
        for (CaseEvent event : file.own("referral.made")) {
            if (event.earliest().isAfter(decision.latest())) {
                break;
            }
            if (file.isReferralToLead(event) && !decided.contains(event)) {
                latest = event;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Whether the lead agency and the referrer exchanged anything in {@code event}. */
    private static boolean exchange(CaseFile file, CaseEvent event, String referrer) {
        if (event.is("info.requested", "info.shared", "checks.completed")) {
            Set<String> parties = Partners.senders(event);
            parties.addAll(event.agencies());
            Set<String> others = Partners.named(event, "to", "sharedWith", "agenciesChecked");
            return parties.contains(referrer) && others.stream().anyMatch(file::isLead)
                    || parties.stream().anyMatch(file::isLead) && others.contains(referrer);
        }
        if (Partners.isMeeting(event)) {
            Set<String> present = Partners.present(event);
            return present.contains(referrer) && present.stream().anyMatch(file::isLead);
        }
        return false;
    }
}
