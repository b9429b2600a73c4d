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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * domain.md §c rule 4; motivated by Baby L §1.8-1.9 and Rec 7 (accommodation providers left out of core groups,
 * agencies involved since the ICPC not invited to the review), Child BF BF6.1 (GP not invited) and Baby E §4.3.
 */
@Component
public class ConfAgencyNotInvited implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("CONF_AGENCY_NOT_INVITED", Category.INFORMATION_SHARING,
            "An initial or review child protection conference or a core group on day d that leaves out an agency "
                + "active for the child or household since the previous conference or in [d-L, d), whichever is "
                + "longer (family informants, review bodies, courts, LA legal and UNSPECIFIED not counted), or a "
                + "conference that invites no GP (sector health.primary). Relies on details.invited (details.attended, "
                + "details.chair and the convening agency count as present) and on details.notInvited: entries "
                + "naming a known agency count as left out, entries naming none are reported as stated. Silent when "
                + "neither invited nor notInvited is stated.",
            "An initial or review child protection conference or a core group on day d that leaves out an agency "
                + "active for the child or household since the previous conference or in [d-L, d), whichever is "
                + "longer (family informants, review bodies, courts, LA legal and UNSPECIFIED not counted), or a "
                + "conference that invites no GP (sector health.primary). Relies on details.invited (details.attended, "
                + "details.chair and the convening agency count as present) and on details.notInvited: entries "
                + "naming a known agency count as left out, entries naming none are reported as stated. Silent when "
                + "neither invited nor notInvited is stated.",
            List.of(new Parameter("L", "90d", "how far before the meeting an agency's involvement makes it active")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private static final List<String> GP_FIELDS = List.of("invited", "attended", "to", "from", "sharedWith",
            "contributors", "referredTo", "partnersNotified", "members", "attendees", "copiedTo", "knownTo");

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span lookback = parameters.span("L");
        List<Finding> findings = new ArrayList<>();
        CaseEvent previousConference = null;
        for (CaseEvent meeting : file.own()) {
            if (!meeting.is("conference.initial", "conference.review", "meeting.core_group")) {
                continue;
            }
            CaseEvent previous = previousConference;
            if (meeting.is("conference.initial", "conference.review")) {
                previousConference = meeting;
            }
            if (!meeting.stated("invited") && !meeting.stated("notInvited")) {
                continue;
            }
            Set<String> present = Partners.present(file, meeting);

            LocalDate day = meeting.earliest();
            LocalDate from = lookback.before(day, file.calendar());
            boolean sincePrevious = previous != null && previous.earliest().isBefore(from);
            if (sincePrevious) {
                from = previous.earliest();
            }
            Map<String, List<CaseEvent>> active = file.involvement(from, day);
            Map<String, List<CaseEvent>> missing = new LinkedHashMap<>();
            Set<String> statedOnly = new LinkedHashSet<>();
            boolean noGp = false;
            if (meeting.stated("invited")) {
                active.forEach((agency, events) -> {
                    if (!present.contains(agency) && Partners.expected(file, agency)) {
                        missing.put(agency, events);
                    }
                });
                if (meeting.is("conference.initial", "conference.review") && present.stream().noneMatch(file::isGp)) {
                    noGp = true;
                    for (String gp : knownGps(file, meeting)) {
                        missing.putIfAbsent(gp, List.of());
                    }
                }
            }
            List<String> unresolved = new ArrayList<>();
            for (String entry : meeting.texts("notInvited")) {
                Set<String> named = file.agencyCodes(entry);
                if (named.isEmpty() && !entry.isBlank()) {
                    unresolved.add(entry.trim());
                }
                for (String agency : named) {
                    if (!present.contains(agency) && file.isPractitionerAgency(agency)
                            && !missing.containsKey(agency)) {
                        missing.put(agency, active.getOrDefault(agency, List.of()));
                        statedOnly.add(agency);
                    }
                }
            }
            if (missing.isEmpty() && unresolved.isEmpty() && !noGp) {
                continue;
            }
            String window = sincePrevious ? "since the conference of " + previous.when()
                    : "in the " + lookback.describe() + " before";
            List<String> evidence = new ArrayList<>(List.of(meeting.eventId()));
            List<String> phrases = new ArrayList<>();
            missing.forEach((agency, events) -> {
                events.forEach(e -> evidence.add(e.eventId()));
                if (!events.isEmpty()) {
                    phrases.add(agency + " (involved " + window + ": " + Explanations.entries(events) + ")");
                } else if (statedOnly.contains(agency)) {
                    phrases.add(agency + " (recorded as not invited)");
                } else {
                    phrases.add(agency + " (the child's GP)");
                }
            });
            unresolved.forEach(text -> phrases.add("'" + text + "' (recorded as not invited)"));
            if (noGp && missing.keySet().stream().noneMatch(file::isGp)) {
                phrases.add("any GP");
            }
            List<String> agencies = missing.isEmpty() ? List.of(meeting.agency()) : List.copyOf(missing.keySet());
            findings.add(Finding.of(this, Severity.MEDIUM, meeting, agencies, evidence,
                    "The " + Explanations.meeting(meeting) + " of " + meeting.when() + " (" + meeting.agency()
                            + ") did not invite " + Explanations.list(phrases, "or") + "."));
        }
        return findings;
    }

    /** GP practices the household's record names up to the meeting, as actor or as a party in details. */
    private static Set<String> knownGps(CaseFile file, CaseEvent meeting) {
        Set<String> gps = new LinkedHashSet<>();
        for (CaseEvent event : file.events()) {
            if (event.earliest().isAfter(meeting.latest())) {
                break;
            }
            event.agencies().stream().filter(file::isGp).forEach(gps::add);
            for (String field : GP_FIELDS) {
                file.agencyCodes(event, field).stream().filter(file::isGp).forEach(gps::add);
            }
        }
        return gps;
    }
}
