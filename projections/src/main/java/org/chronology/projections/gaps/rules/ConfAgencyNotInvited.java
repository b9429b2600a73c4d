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
            "An initial or review child protection conference or a core group on day d leaves out an agency "
                + "active for the child or household since the previous conference or in [d-L, d), whichever is "
                + "longer (so an agency that joined after the last conference counts), or a conference invites no GP. "
                + "Family informants, review bodies, the court and LA legal are not expected. Core groups of one plan "
                + "that leave out the same agencies make one finding, at the first of them; each conference is its "
                + "own finding.",
            "conference.initial, conference.review and meeting.core_group with details.invited (agency codes; the "
                + "convening agency and details.attended count as present; silent when invited is not stated); every "
                + "agency's entries for the child and household with their dates; the sectors of the agencies "
                + "(health.primary for the GP, whose practice the record names by acting or in any agency field).",
            List.of(new Parameter("L", "90d", "how far before the meeting an agency's involvement makes it active")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span lookback = parameters.span("L");
        List<Finding> findings = new ArrayList<>();
        CaseEvent previousConference = null;
        Draft coreGroups = null;
        for (CaseEvent meeting : file.own()) {
            if (!meeting.is("conference.initial", "conference.review", "meeting.core_group")) {
                continue;
            }
            boolean conference = !meeting.is("meeting.core_group");
            CaseEvent previous = previousConference;
            if (conference) {
                previousConference = meeting;
                if (coreGroups != null) {
                    findings.add(coreGroups.finding());
                    coreGroups = null;
                }
            }
            if (!meeting.stated("invited")) {
                continue;
            }
            Set<String> present = Partners.present(meeting);
            LocalDate day = meeting.earliest();
            LocalDate from = lookback.before(day, file.calendar());
            boolean sincePrevious = previous != null && previous.earliest().isBefore(from);
            if (sincePrevious) {
                from = previous.earliest();
            }
            Map<String, List<CaseEvent>> missing = Partners.leftOut(file, present, from, day);
            boolean noGp = conference && present.stream().noneMatch(file::isGp);
            if (noGp) {
                knownGps(file, meeting).forEach(gp -> missing.putIfAbsent(gp, List.of()));
            }
            if (!conference) {
                if (coreGroups != null && coreGroups.missing.keySet().equals(missing.keySet())) {
                    coreGroups.later.add(meeting);
                    continue;
                }
                if (coreGroups != null) {
                    findings.add(coreGroups.finding());
                    coreGroups = null;
                }
            }
            if (missing.isEmpty() && !noGp) {
                continue;
            }
            String window = sincePrevious ? "since the conference of " + previous.when()
                    : "in the " + lookback.describe() + " before";
            Draft draft = new Draft(meeting, missing, window, noGp);
            if (conference) {
                findings.add(draft.finding());
            } else {
                coreGroups = draft;
            }
        }
        if (coreGroups != null) {
            findings.add(coreGroups.finding());
        }
        return findings;
    }

    /** A meeting that left agencies out, with the core groups that repeated it, before it becomes a finding. */
    private class Draft {
        final CaseEvent meeting;
        final Map<String, List<CaseEvent>> missing;
        final String window;
        final boolean noGp;
        final List<CaseEvent> later = new ArrayList<>();

        Draft(CaseEvent meeting, Map<String, List<CaseEvent>> missing, String window, boolean noGp) {
            this.meeting = meeting;
            this.missing = missing;
            this.window = window;
            this.noGp = noGp;
        }

        Finding finding() {
            List<String> evidence = new ArrayList<>(List.of(meeting.eventId()));
            later.forEach(m -> evidence.add(m.eventId()));
            Map<String, List<CaseEvent>> involved = new LinkedHashMap<>();
            List<String> gps = new ArrayList<>();
            missing.forEach((agency, events) -> {
                if (events.isEmpty()) {
                    gps.add(agency + " (the household's GP)");
                } else {
                    involved.put(agency, events);
                }
            });
            List<String> phrases = Partners.describe(involved, window, evidence);
            phrases.addAll(gps);
            if (noGp && gps.isEmpty()) {
                phrases.add("any GP");
            }
            String sentence = "The " + Explanations.meeting(meeting) + " of " + meeting.when() + " ("
                    + meeting.agency() + ") did not invite " + Explanations.list(phrases, "or");
            if (!later.isEmpty()) {
                sentence += ", nor did the core groups that followed (" + Explanations.entries(later) + ")";
            }
            Set<String> agencies = missing.isEmpty() ? Set.of(meeting.agency()) : missing.keySet();
            return Finding.of(ConfAgencyNotInvited.this, Severity.MEDIUM, meeting, agencies, evidence,
                    sentence + "; invited: " + String.join(", ", Partners.named(meeting, "invited")) + ".");
        }
    }

    /** GP practices the household's record names up to the meeting: as recording or acting agency, or in a field. */
    private static Set<String> knownGps(CaseFile file, CaseEvent meeting) {
        Set<String> gps = new LinkedHashSet<>();
        for (CaseEvent event : file.events()) {
            if (event.earliest().isAfter(meeting.latest())) {
                break;
            }
            Partners.involved(event).stream().filter(file::isGp).forEach(gps::add);
        }
        return gps;
    }
}
