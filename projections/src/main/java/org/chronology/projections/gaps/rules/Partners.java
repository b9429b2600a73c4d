package org.chronology.projections.gaps.rules;

import org.chronology.core.api.event.Sector;
import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules' terms for the agencies that work together on a child, read from the vocabulary's agency fields only
 * (agency codes, never free text) and from the agencies' sectors.
 */
final class Partners {

    /** How many of an agency's entries a finding cites to show it was involved: the latest ones. */
    private static final int CITED = 3;

    /** Agency fields that name who received an entry's information. */
    static final List<String> RECIPIENT_FIELDS = List.of("to", "referredTo", "sharedWith", "copiedTo",
            "partnersNotified", "toAgency");

    /** Every agency field of the vocabulary: an agency named in one of them took part in the entry. */
    static final String[] AGENCY_FIELDS = {"invited", "attended", "reportsSubmitted", "to", "from", "sharedWith",
        "copiedTo", "partnersNotified", "referredTo", "referrerAgency", "requestedBy", "contributors", "members",
        "agenciesChecked", "toAgency", "provider", "notifiedBy", "applicant"};

    private Partners() {
    }

    /**
     * Whether an agency is expected to be invited to multi-agency meetings and told of decisions: a practitioner
     * agency (not a family informant or a review body) other than the court and the council's lawyers.
     */
    static boolean expected(CaseFile file, String agency) {
        return file.isPractitionerAgency(agency) && file.sector(agency)
                .filter(s -> s == Sector.JUSTICE_COURT || s == Sector.LA_LEGAL).isEmpty();
    }

    /** A practitioner partner of the lead agency: expected, and neither children's social care nor its front door. */
    static boolean partner(CaseFile file, String agency) {
        return expected(file, agency) && !file.isLead(agency);
    }

    /** The agency codes an entry's agency fields hold (one code or a list), in order. */
    static Set<String> named(CaseEvent event, String... fields) {
        Set<String> codes = new LinkedHashSet<>();
        for (String field : fields) {
            for (String code : event.texts(field)) {
                if (!code.isBlank()) {
                    codes.add(code.trim());
                }
            }
        }
        return codes;
    }

    /** The agencies that recorded, acted in or are named in any agency field of an entry. */
    static Set<String> involved(CaseEvent event) {
        Set<String> agencies = new LinkedHashSet<>(event.agencies());
        agencies.addAll(named(event, AGENCY_FIELDS));
        return agencies;
    }

    /** Whether {@code event} states any of {@code fields}. */
    static boolean states(CaseEvent event, String... fields) {
        for (String field : fields) {
            if (event.stated(field)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The agencies a meeting had: the convening (recording and acting) agencies and those its details.invited and
     * details.attended name. An agency that attended was there whether or not the invitation list says so.
     */
    static Set<String> present(CaseEvent meeting) {
        Set<String> present = new LinkedHashSet<>(meeting.agencies());
        present.addAll(named(meeting, "invited", "attended"));
        return present;
    }

    /** {@link #present(CaseEvent)}: the file is not needed, since only agency fields are read. */
    static Set<String> present(CaseFile file, CaseEvent meeting) {
        return present(meeting);
    }

    /**
     * Who sent an entry's information: details.from, referrerAgency, requestedBy or notifiedBy when stated, else the
     * agency that acted.
     */
    static Set<String> senders(CaseEvent event) {
        for (String field : List.of("from", "referrerAgency", "requestedBy", "notifiedBy")) {
            Set<String> named = named(event, field);
            if (!named.isEmpty()) {
                return named;
            }
        }
        return new LinkedHashSet<>(List.of(event.agency()));
    }

    /** Who an entry's information went to: its {@link #RECIPIENT_FIELDS}. */
    static Set<String> recipients(CaseEvent event) {
        return named(event, RECIPIENT_FIELDS.toArray(String[]::new));
    }

    /** Whether a meeting, conference or strategy discussion had at least one partner besides the lead agency. */
    static boolean multiAgency(CaseFile file, CaseEvent meeting) {
        return isMeeting(meeting) && present(meeting).stream().anyMatch(a -> partner(file, a))
                && present(meeting).stream().filter(a -> expected(file, a)).count() >= 2;
    }

    /** Strategy discussions and meetings, conferences and professionals' meetings (not meetings with the family). */
    static boolean isMeeting(CaseEvent event) {
        return event.is("strategy.discussion", "strategy.meeting", "conference.initial", "conference.review",
                "meeting.cin_review", "meeting.core_group", "meeting.professionals", "meeting.discharge_planning",
                "meeting.mdt", "legal.planning_meeting");
    }

    /**
     * The partners expected at a meeting on {@code day} that are not among {@code present}: the expected agencies
     * active for the child or household in {@code [from, day)}, each with the entries that make it active.
     */
    static Map<String, List<CaseEvent>> leftOut(CaseFile file, Set<String> present, LocalDate from, LocalDate day) {
        Map<String, List<CaseEvent>> missing = new LinkedHashMap<>();
        file.involvement(from, day).forEach((agency, events) -> {
            if (!present.contains(agency) && expected(file, agency)) {
                missing.put(agency, events);
            }
        });
        return missing;
    }

    /** The latest few of an agency's entries, which a finding cites to show it was involved. */
    static List<CaseEvent> cited(List<CaseEvent> events) {
        return events.size() <= CITED ? events : events.subList(events.size() - CITED, events.size());
    }

    /**
     * The agencies left out, as a finding says it: "CAMHS (involved in the 90 days before: C-1 2018-01-15)", adding
     * the cited entries to {@code evidence}.
     */
    static List<String> describe(Map<String, List<CaseEvent>> missing, String window, List<String> evidence) {
        List<String> phrases = new ArrayList<>();
        missing.forEach((agency, events) -> {
            List<CaseEvent> cited = cited(events);
            cited.forEach(e -> evidence.add(e.eventId()));
            phrases.add(cited.isEmpty() ? agency
                    : agency + " (involved " + window + ": " + Explanations.entries(cited) + ")");
        });
        return phrases;
    }

    /** An entry as a sentence names it: "the strategy meeting of 2018-03-05 (S-1, CSC)". */
    static String entry(CaseEvent event) {
        return "the " + Explanations.type(event) + " of " + event.when() + " (" + event.eventId() + ", "
                + event.agency() + ")";
    }

    /** A period as a finding names what is missing in it: "between 2016-12-05 and 2016-12-06". */
    static String between(LocalDate from, LocalDate to) {
        return from.equals(to) ? "on " + from : "between " + from + " and " + to;
    }
}
