package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Referrals to the lead agency read as episodes: a referral opens one, and further referrals while it is still being
 * handled (no decision ending it, case not closed) belong to it, so that one referral's handling is judged once.
 */
final class Referrals {

    /** Decisions (referralDecision codes) and assessment outcomes (assessmentOutcome codes) that end the lead agency's involvement. */
    private static final Set<String> ENDING = Set.of("nfa", "signposting", "early_help");
    /** Assessment outcomes (assessmentOutcome codes) that lead to a plan or to protective steps. */
    private static final Set<String> PLANNED = Set.of("cin", "icpc", "legal", "strategy");
    /** Decisions that ask for an assessment or an enquiry, which is then expected to be completed. */
    private static final Set<String> TO_ASSESS = Set.of("assessment", "strategy");

    private Referrals() {
    }

    /** One referral episode: the referrals, the lead agency's first response, its assessment and how it ended. */
    static final class Episode {
        final List<CaseEvent> referrals = new ArrayList<>();
        final List<CaseEvent> handling = new ArrayList<>();
        CaseEvent response;
        CaseEvent assessmentStarted;
        CaseEvent assessmentCompleted;
        boolean assessmentDecided;
        boolean planned;
        CaseEvent end;
        boolean nfa;

        CaseEvent first() {
            return referrals.get(0);
        }

        boolean ended() {
            return end != null;
        }
    }

    /** The episodes of the given entries (in date order), judged by the lead agency's entries among them. */
    static List<Episode> episodes(CaseFile file, List<CaseEvent> events) {
        List<Episode> episodes = new ArrayList<>();
        Episode current = null;
        for (CaseEvent event : events) {
            if (file.isReferralToLead(event)) {
                if (current == null || current.ended()) {
                    current = new Episode();
                    episodes.add(current);
                }
                current.referrals.add(event);
            } else if (current != null && !current.ended() && file.byLead(event)) {
                handle(current, event);
            }
        }
        return episodes;
    }

    private static void handle(Episode episode, CaseEvent event) {
        boolean response = event.is("referral.decision", "assessment.started", "strategy.discussion",
                "strategy.meeting", "s47.started", "case.opened", "case.reopened", "conference.initial",
                "cin_plan.started", "cp_plan.started", "case.closed");
        if (!response && !event.is("assessment.completed")) {
            return;
        }
        episode.handling.add(event);
        if (episode.response == null && response) {
            episode.response = event;
        }
        if (event.is("assessment.started") && episode.assessmentStarted == null) {
            episode.assessmentStarted = event;
        } else if (event.is("assessment.completed") && episode.assessmentCompleted == null) {
            episode.assessmentCompleted = event;
            if (PLANNED.contains(code(event, "outcome"))) {
                episode.planned = true;
            } else if (ENDING.contains(code(event, "outcome")) && !episode.planned) {
                end(episode, event, true);
            }
        } else if (event.is("referral.decision")) {
            String decision = code(event, "decision");
            if (ENDING.contains(decision) && episode.assessmentStarted == null && !episode.planned) {
                end(episode, event, true);
            } else if (TO_ASSESS.contains(decision)) {
                episode.assessmentDecided = true;
            }
        } else if (event.is("cin_plan.started", "cp_plan.started", "conference.initial")) {
            episode.planned = true;
        } else if (event.is("case.closed")) {
            end(episode, event, !episode.planned);
        }
    }

    private static void end(Episode episode, CaseEvent event, boolean nfa) {
        episode.end = event;
        episode.nfa = nfa;
    }

    /** A coded details value in lower case; empty when not stated. */
    static String code(CaseEvent event, String field) {
        String value = event.text(field);
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    }
}
