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
import java.util.function.Predicate;

/**
 * domain.md §c rule 4; motivated by Baby L §1.8-1.9 and Rec 7 (accommodation providers left out of core groups,
 * agencies involved since the ICPC not invited to the review), Child BF BF6.1 (GP not invited) and Baby E §4.3.
 */
@Component
public class ConfAgencyNotInvited implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("CONF_AGENCY_NOT_INVITED", Category.INFORMATION_SHARING,
            "An initial or review child protection conference or a core group on day d leaves out an agency "
                + "active for the child or household since the previous conference or in [d-L, d), whichever is "
                + "longer (so an agency that joined after the last conference counts), or a conference leaves out "
                + "the GP. Family informants, review bodies, the court and LA legal are not expected. When the "
                + "invitees are recorded, an agency neither invited nor attending is left out (severity medium); when "
                + "they are not, an agency is left out if nothing shows it taking part: no meeting of its own that "
                + "day, no exchange with the lead agency and no action of its own recorded by the lead agency from P "
                + "before to P after (severity low). Core groups of "
                + "one plan that leave out the same agencies make one finding, at the first of them; each conference "
                + "is its own finding.",
            "conference.initial, conference.review and meeting.core_group with details.invited and details.attended "
                + "(agency codes; the convening agency counts as present); every agency's entries for the child and "
                + "household with their dates; meetings other agencies recorded, and info.shared, info.requested, "
                + "referrals and shared concerns between an agency and the lead agency; entries the lead agency "
                + "recorded with the agency as actingAgency; the sectors of the agencies "
                + "(health.primary for the GP, whose practice the record names by acting or in any agency field).",
            List.of(new Parameter("L", "90d", "how far before the meeting an agency's involvement makes it active"),
                new Parameter("P", "5wd", "time around a meeting with no recorded invitees within which an exchange "
                    + "with the lead agency shows an agency took part (design)")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span lookback = parameters.span("L");
        Span around = parameters.span("P");
        List<Finding> findings = new ArrayList<>();
        CaseEvent previousConference = null;
        Draft coreGroups = null;
        Set<CaseEvent> seen = new HashSet<>();
        Map<String, LocalDate> gpsSince = null;
        List<CaseEvent> exchanges = file.events(Partners.MEETINGS_AND_EXCHANGES);
        for (CaseEvent record : file.own("conference.initial", "conference.review", "meeting.core_group")) {
            if (seen.contains(record)) {
                continue;
            }
            List<CaseEvent> records = Partners.sameMeeting(file, record, record.type());
            seen.addAll(records);
            CaseEvent meeting = records.get(0);
            boolean conference = !meeting.is("meeting.core_group");
            CaseEvent previous = previousConference;
            if (conference) {
                previousConference = meeting;
                if (coreGroups != null) {
                    findings.add(coreGroups.finding());
                    coreGroups = null;
                }
            }
            boolean listed = records.stream().anyMatch(r -> r.stated("invited"));
            Set<String> present = Partners.present(records);
            LocalDate day = meeting.earliest();
            LocalDate from = lookback.before(day, file.calendar());
            boolean sincePrevious = previous != null && previous.earliest().isBefore(from);
            if (sincePrevious) {
                from = previous.earliest();
            }
            Map<String, List<CaseEvent>> missing = Partners.leftOut(file, present, from, day);
            if (gpsSince == null) {
                gpsSince = gpsSince(file);
            }
            Set<String> gps = new LinkedHashSet<>();
            gpsSince.forEach((gp, since) -> {
                if (!since.isAfter(meeting.latest())) {
                    gps.add(gp);
                }
            });
            Set<String> takingPart = listed ? present : Partners.takingPart(file, exchanges, meeting, around);
            boolean noGp = conference && takingPart.stream().noneMatch(file::isGp);
            missing.keySet().removeAll(takingPart);
            if (noGp) {
                gps.forEach(gp -> missing.putIfAbsent(gp, List.of()));
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
            Draft draft = new Draft(meeting, missing, window, noGp, listed);
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

    /** The GPs the household's entries name, each with the day it is first named, in that order. */
    private static Map<String, LocalDate> gpsSince(CaseFile file) {
        Map<String, LocalDate> since = new LinkedHashMap<>();
        for (CaseEvent event : file.events()) {
            if (Partners.names(event, file::isGp)) {
                Predicate<String> firstNamed = gp -> {
                    if (file.isGp(gp)) {
                        since.putIfAbsent(gp, event.earliest());
                    }
                    return false; // so every agency of the entry is visited
                };
                event.forEachAgency(firstNamed::test);
                Partners.anyNamed(event, firstNamed, Partners.AGENCY_FIELDS);
            }
        }
        return since;
    }

    /** A meeting that left agencies out, with the core groups that repeated it, before it becomes a finding. */
    private class Draft {
        final CaseEvent meeting;
        final Map<String, List<CaseEvent>> missing;
        final String window;
        final boolean noGp;
        final boolean listed;
        final List<CaseEvent> later = new ArrayList<>();

        Draft(CaseEvent meeting, Map<String, List<CaseEvent>> missing, String window, boolean noGp, boolean listed) {
            this.meeting = meeting;
            this.missing = missing;
            this.listed = listed;
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
                    + meeting.agency() + ")" + (listed ? " did not invite " + Explanations.list(phrases, "or")
                    : " records no invitees, and nothing shows " + Explanations.list(phrases, "or") + " taking part");
            if (!later.isEmpty()) {
                sentence += ", nor did the core groups that followed (" + Explanations.entries(later) + ")";
            }
            Set<String> agencies = missing.isEmpty() ? Set.of(meeting.agency()) : missing.keySet();
            return Finding.of(ConfAgencyNotInvited.this, listed ? Severity.MEDIUM : Severity.LOW, meeting, agencies,
                    evidence, sentence + (listed ? "; invited: " + String.join(", ", Partners.named(meeting, "invited"))
                    : "") + ".");
        }
    }
}
