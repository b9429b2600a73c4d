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
import java.util.Set;

/**
 * domain.md §c rule 3; motivated by Child O §3.3 and LP11 (STARS asked for an ICPC and no strategy discussion
 * followed) and Baby E §3.1.4 (s47 is triggered by suspicion of significant harm, not evidence).
 */
@Component
public class StratNotHeldOnCpRequest implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("STRAT_NOT_HELD_ON_CP_REQUEST", Category.RESPONSE_TO_HARM,
            "A partner asks for a child protection response and no strategy discussion or meeting (for the child "
                + "or household) can have followed within N. Requests are: any conference.requested; and a "
                + "referral.made, concern.recorded or info.shared by a non-lead agency (its acting agency, or "
                + "details.from) with details.suspectedSignificantHarm, significantHarm, requestedStrategy or "
                + "requestedConference true, or with 'significant_harm' among details.categories / details.concerns "
                + "or as details.threshold. A month-precise request is answered in time by a strategy event that can "
                + "have happened within N of the month's end; requests falling inside an earlier unanswered one's "
                + "deadline join its finding.",
            "A partner asks for a child protection response and no strategy discussion or meeting (for the child "
                + "or household) can have followed within N. Requests are: any conference.requested; and a "
                + "referral.made, concern.recorded or info.shared by a non-lead agency (its acting agency, or "
                + "details.from) with details.suspectedSignificantHarm, significantHarm, requestedStrategy or "
                + "requestedConference true, or with 'significant_harm' among details.categories / details.concerns "
                + "or as details.threshold. A month-precise request is answered in time by a strategy event that can "
                + "have happened within N of the month's end; requests falling inside an earlier unanswered one's "
                + "deadline join its finding.",
            List.of(new Parameter("N", "1wd", "time within which a strategy discussion should follow the request")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private static final Set<String> HARM_FLAGS = Set.of("suspectedSignificantHarm", "significantHarm",
            "requestedStrategy", "strategyRequested", "requestedConference", "conferenceRequested");
    private static final Set<String> HARM_WORDS = Set.of("significant_harm", "suspected_significant_harm");

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        List<Finding> findings = new ArrayList<>();
        CaseEvent first = null;
        List<CaseEvent> group = new ArrayList<>();
        LocalDate groupDeadline = null;
        for (CaseEvent request : file.own()) {
            if (!isRequest(file, request) || !Timing.overdue(request, within, file.calendar(), asOf)
                    || Timing.respondedWithin(request, within, file.calendar(), file.events(),
                    e -> e.is("strategy.discussion", "strategy.meeting")).isPresent()) {
                continue;
            }
            if (first != null && !request.earliest().isAfter(groupDeadline)) {
                group.add(request);
                continue;
            }
            if (first != null) {
                findings.add(finding(file, first, group, within));
            }
            first = request;
            group = new ArrayList<>(List.of(request));
            groupDeadline = Timing.deadline(request, within, file.calendar());
        }
        if (first != null) {
            findings.add(finding(file, first, group, within));
        }
        return findings;
    }

    private Finding finding(CaseFile file, CaseEvent first, List<CaseEvent> group, Span within) {
        Set<String> agencies = new LinkedHashSet<>();
        List<String> evidence = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        for (CaseEvent request : group) {
            agencies.add(requester(file, request));
            evidence.add(request.eventId());
            requests.add(describe(request, requester(file, request)));
        }
        return Finding.of(this, Severity.HIGH, first, agencies, evidence,
                String.join("; ", requests) + ", and no strategy discussion or meeting followed within "
                        + within.describe() + ".");
    }

    private static String describe(CaseEvent request, String requester) {
        return switch (request.type()) {
            case "conference.requested" ->
                    requester + " requested a child protection conference on " + request.when();
            case "referral.made" ->
                    requester + " made a referral on " + request.when() + " suspecting significant harm";
            default -> requester + " reported on " + request.when() + " that significant harm was suspected";
        };
    }

    private static boolean isRequest(CaseFile file, CaseEvent event) {
        if (event.is("conference.requested")) {
            return true;
        }
        if (!event.is("referral.made", "concern.recorded", "info.shared") || file.isLead(requester(file, event))) {
            return false;
        }
        for (String flag : HARM_FLAGS) {
            if (Boolean.TRUE.equals(event.flag(flag))) {
                return true;
            }
        }
        List<String> words = new ArrayList<>(event.strings("categories"));
        words.addAll(event.strings("concerns"));
        if (event.text("threshold") != null) {
            words.add(event.text("threshold"));
        }
        return words.stream().map(w -> w.trim().toLowerCase(Locale.ROOT)).anyMatch(HARM_WORDS::contains);
    }

    /** The agency that made the request: details.from or requestedBy when it names one, else the acting agency. */
    private static String requester(CaseFile file, CaseEvent event) {
        for (String field : List.of("from", "requestedBy")) {
            JsonNode value = event.details().get(field);
            if (value != null && value.isTextual()) {
                String code = value.asText().trim().split("[ (]", 2)[0];
                if (file.sector(code).isPresent()) {
                    return code;
                }
            }
        }
        return event.agency();
    }
}
