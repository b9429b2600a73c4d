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
import java.util.Optional;
import java.util.Set;

/**
 * domain.md §c rule 3; motivated by Child O §3.3 and LP11 (STARS asked for an ICPC and no strategy discussion
 * followed) and Baby E §3.1.4 (s47 is triggered by suspicion of significant harm, not evidence).
 */
@Component
public class StratNotHeldOnCpRequest implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("STRAT_NOT_HELD_ON_CP_REQUEST", Category.RESPONSE_TO_HARM,
            "A partner agency asks for a child protection response and no strategy discussion or meeting (or "
                + "section 47 enquiry) for the child or household can have followed within N. A request is a "
                + "conference.requested by a partner, a referral to children's social care or its front door that "
                + "raises suspected significant harm, or a partner's concern with that category that it shared with "
                + "them. Deadlines run from the last day the request can have happened. Further requests before any "
                + "strategy discussion join the first one's finding: one finding per unanswered episode.",
            "conference.requested (details.requestedBy, else the acting agency); referral.made with details.concerns "
                + "containing significant_harm and details.referredTo a lead agency (or recorded by one); "
                + "concern.recorded with details.categories containing significant_harm and details.sharedWith a "
                + "lead agency; strategy.discussion, strategy.meeting and s47.started entries with their dates; "
                + "agency sectors (la.csc and la.frontdoor lead).",
            List.of(new Parameter("N", "1wd", "time within which a strategy discussion should follow the request")));

    private static final String HARM = "significant_harm";
    private static final String[] STRATEGY = {"strategy.discussion", "strategy.meeting", "s47.started"};
    private static final String[] TYPES = {"strategy.discussion", "strategy.meeting", "s47.started",
        "conference.requested", "referral.made", "concern.recorded"};

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        List<Finding> findings = new ArrayList<>();
        List<CaseEvent> episode = new ArrayList<>();
        List<CaseEvent> strategy = file.events(STRATEGY);
        for (CaseEvent event : file.events(TYPES)) {
            if (!episode.isEmpty() && isStrategy(event)) {
                findings.add(finding(file, episode, within, event));
                episode = new ArrayList<>();
            }
            if (!event.children().contains(file.childId()) || !isRequest(file, event) || !Timing.overdue(event, within, file.calendar(), asOf)
                    || Timing.respondedWithin(event, within, file.calendar(), strategy, e -> true)
                    .isPresent()) {
                continue;
            }
            episode.add(event);
        }
        if (!episode.isEmpty()) {
            findings.add(finding(file, episode, within, null));
        }
        return findings;
    }

    private boolean isStrategy(CaseEvent event) {
        return event.is("strategy.discussion", "strategy.meeting", "s47.started");
    }

    private Finding finding(CaseFile file, List<CaseEvent> episode, Span within, CaseEvent late) {
        CaseEvent first = episode.get(0);
        Set<String> agencies = new LinkedHashSet<>();
        List<String> evidence = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        for (CaseEvent request : episode) {
            String requester = requester(request);
            agencies.add(requester);
            evidence.add(request.eventId());
            requests.add(describe(request, requester));
        }
        LocalDate deadline = Timing.deadline(first, within, file.calendar());
        String sentence = String.join("; ", requests) + ", and no strategy discussion or meeting for the child "
                + "followed " + Partners.between(first.earliest(), deadline);
        if (late != null) {
            evidence.add(late.eventId());
            sentence += " (the next was " + Partners.entry(late) + ")";
        }
        return Finding.of(this, Severity.HIGH, first, agencies, evidence, sentence + ".");
    }

    private static String describe(CaseEvent request, String requester) {
        return switch (request.type()) {
            case "conference.requested" ->
                    requester + " requested a child protection conference on " + request.when() + " (" + request.eventId() + ")";
            case "referral.made" -> requester + " referred the child on " + request.when() + " (" + request.eventId()
                    + ") raising suspected significant harm";
            default -> requester + " shared a concern of suspected significant harm on " + request.when() + " ("
                    + request.eventId() + ")";
        };
    }

    private static boolean isRequest(CaseFile file, CaseEvent event) {
        if (file.isLead(requester(event))) {
            return false;
        }
        if (event.is("conference.requested")) {
            return true;
        }
        if (event.is("referral.made")) {
            return file.isReferralToLead(event) && event.strings("concerns").contains(HARM);
        }
        return event.is("concern.recorded") && event.strings("categories").contains(HARM)
                && (file.byLead(event) || Partners.anyNamed(event, file::isLead, "sharedWith"));
    }

    /** The agency that asked: details.requestedBy or referrerAgency when stated, else the acting agency. */
    private static String requester(CaseEvent event) {
        return Optional.ofNullable(Partners.senders(event)).flatMap(s -> s.stream().findFirst()).orElse(event.agency());
    }
}
