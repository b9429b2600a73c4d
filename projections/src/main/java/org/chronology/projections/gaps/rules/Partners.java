package org.chronology.projections.gaps.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronology.core.api.event.Sector;
import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Span;
import org.chronology.projections.gaps.Timing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The rules' terms for the agencies that work together on a child, read from the vocabulary's agency fields only
 * (agency codes, never free text) and from the agencies' sectors.
 */
final class Partners {

    /** How many of an agency's entries a finding cites to show it was involved: the latest ones. */
    private static final int CITED = 3;

    /** Agency fields that name who received an entry's information. */
    static final String[] RECIPIENT_FIELDS = {"to", "referredTo", "sharedWith", "copiedTo", "partnersNotified",
        "toAgency"};

    /** Every agency field of the vocabulary: an agency named in one of them took part in the entry. */
    static final String[] AGENCY_FIELDS = {"invited", "attended", "reportsSubmitted", "to", "from", "sharedWith",
        "copiedTo", "partnersNotified", "referredTo", "referrerAgency", "requestedBy", "contributors", "members",
        "agenciesChecked", "toAgency", "provider", "notifiedBy", "applicant"};

    private static final Set<String> AGENCY_FIELD_NAMES = Set.of(AGENCY_FIELDS);
    /** Agency fields that name who sent an entry's information, in the order they are read. */
    private static final String[] SENDER_FIELDS = {"from", "referrerAgency", "requestedBy", "notifiedBy"};

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
        anyNamed(event, code -> {
            codes.add(code);
            return false; // so every code is visited
        }, fields);
        return codes;
    }

    /**
     * Whether any of the entry's agency {@code fields} names an agency {@code test} accepts, read in order and
     * without building a set: asked of every entry of a busy household, it allocated more than any other question.
     */
    static boolean anyNamed(CaseEvent event, Predicate<String> test, String... fields) {
        if (event.details().isEmpty()) {
            return false; // most entries
        }
        for (String field : fields) {
            JsonNode value = event.details().get(field);
            if (value != null && value.isTextual() && accepts(test, value.asText())) {
                return true;
            }
            if (value != null && value.isArray()) {
                for (JsonNode element : value) {
                    if (element.isTextual() && accepts(test, element.asText())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean accepts(Predicate<String> test, String text) {
        return !text.isBlank() && test.test(text.trim());
    }

    /**
     * Whether the entry's agencies or any of its agency fields name an agency that {@code test} accepts; reads the
     * details without building sets, as it is asked of every entry of a busy household.
     */
    static boolean names(CaseEvent event, Predicate<String> test) {
        if (test.test(event.recordingAgency()) || event.actingAgency() != null && test.test(event.actingAgency())) {
            return true;
        }
        // The entry's few details rather than every agency field looked up in them.
        for (Iterator<Map.Entry<String, JsonNode>> fields = event.details().fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!AGENCY_FIELD_NAMES.contains(field.getKey())) {
                continue;
            }
            JsonNode value = field.getValue();
            if (value.isTextual() && test.test(value.asText().trim())) {
                return true;
            }
            if (value.isArray()) {
                for (JsonNode element : value) {
                    if (element.isTextual() && test.test(element.asText().trim())) {
                        return true;
                    }
                }
            }
        }
        return false;
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
        String field = senderField(event);
        return field != null ? named(event, field) : new LinkedHashSet<>(List.of(event.agency()));
    }

    /** Whether {@code agency} is among the entry's {@link #senders}. */
    static boolean sentBy(CaseEvent event, String agency) {
        return anySender(event, agency::equals);
    }

    /** Whether one of the entry's {@link #senders} is an agency {@code test} accepts, without building a set. */
    static boolean anySender(CaseEvent event, Predicate<String> test) {
        String field = senderField(event);
        return field != null ? anyNamed(event, test, field) : test.test(event.agency());
    }

    /** The first stated sender field that names an agency; null when none does. */
    private static String senderField(CaseEvent event) {
        for (String field : SENDER_FIELDS) {
            if (event.stated(field) && anyNamed(event, code -> true, field)) {
                return field;
            }
        }
        return null;
    }

    /** Who an entry's information went to: its {@link #RECIPIENT_FIELDS}. */
    static Set<String> recipients(CaseEvent event) {
        return named(event, RECIPIENT_FIELDS);
    }

    /** Whether one of the entry's {@link #recipients} is an agency {@code test} accepts, without building a set. */
    static boolean anyRecipient(CaseEvent event, Predicate<String> test) {
        return anyNamed(event, test, RECIPIENT_FIELDS);
    }

    /** Whether a meeting, conference or strategy discussion had at least one partner besides the lead agency. */
    static boolean multiAgency(CaseFile file, CaseEvent meeting) {
        return isMeeting(meeting) && present(meeting).stream().anyMatch(a -> partner(file, a))
                && present(meeting).stream().filter(a -> expected(file, a)).count() >= 2;
    }

    /** Strategy discussions and meetings, conferences and professionals' meetings (not meetings with the family). */
    static final String[] MEETINGS = {"strategy.discussion", "strategy.meeting", "conference.initial",
        "conference.review", "meeting.cin_review", "meeting.core_group", "meeting.professionals",
        "meeting.discharge_planning", "meeting.mdt", "legal.planning_meeting"};

    /** Entries that pass information from one agency to another. */
    static final String[] EXCHANGES = {"info.shared", "info.requested", "referral.made", "escalation.raised",
        "conference.requested", "concern.recorded"};

    /** {@link #MEETINGS} and {@link #EXCHANGES}. */
    static final String[] MEETINGS_AND_EXCHANGES = Stream.concat(Arrays.stream(MEETINGS), Arrays.stream(EXCHANGES)).toArray(String[]::new);

    /** {@link #MEETINGS_AND_EXCHANGES} and checks of other agencies' records. */
    static final String[] MEETINGS_AND_EXCHANGES_AND_CHECKS = Stream.concat(Arrays.stream(MEETINGS_AND_EXCHANGES),
            Stream.of("checks.completed")).toArray(String[]::new);

    static boolean isMeeting(CaseEvent event) {
        return event.is(MEETINGS);
    }

    /** The entries among {@code candidates} (in date order) that can have happened from {@code from} to {@code to}. */
    static List<CaseEvent> within(List<CaseEvent> candidates, LocalDate from, LocalDate to) {
        List<CaseEvent> found = new ArrayList<>();
        for (CaseEvent event : candidates) {
            if (event.earliest().isAfter(to)) {
                break;
            }
            if (!event.latest().isBefore(from)) {
                found.add(event);
            }
        }
        return found;
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

    /**
     * The child's entries that may record the same meeting as {@code meeting}: of one of {@code types} and possibly
     * the same day (agencies that took part each record it). The lead agency's record comes first.
     */
    static List<CaseEvent> sameMeeting(CaseFile file, CaseEvent meeting, String... types) {
        List<CaseEvent> same = new ArrayList<>();
        for (CaseEvent event : file.own(types)) {
            if (Timing.maySameDay(event, meeting)) {
                same.add(event);
            }
        }
        same.sort(Comparator.comparing((CaseEvent e) -> !file.byLead(e)));
        return same;
    }

    /** The agencies present at any of the records of one meeting. */
    static Set<String> present(List<CaseEvent> records) {
        Set<String> present = new LinkedHashSet<>();
        records.forEach(r -> present.addAll(present(r)));
        return present;
    }

    /**
     * The agencies the record shows taking part in a meeting whose invitees are not recorded: the meeting's own
     * agencies, those that recorded a meeting of their own that can have been the same day, and those that exchanged
     * information with the lead agency from {@code around} before the meeting to {@code around} after it, or whose
     * action the lead agency recorded in that time (a medical by the hospital, an arrest by the police: the two were
     * in contact). {@code candidates} are the file's {@link #MEETINGS_AND_EXCHANGES}, read once by the caller.
     */
    static Set<String> takingPart(CaseFile file, List<CaseEvent> candidates, CaseEvent meeting, Span around) {
        Set<String> found = new LinkedHashSet<>(present(meeting));
        LocalDate from = around.before(meeting.earliest(), file.calendar());
        LocalDate to = Timing.deadline(meeting, around, file.calendar());
        for (CaseEvent event : within(candidates, from, to)) {
            if (event == meeting) {
                continue;
            }
            if (isMeeting(event)) {
                if (Timing.maySameDay(event, meeting)) {
                    found.addAll(event.agencies());
                }
            } else if (event.is("concern.recorded")) {
                if (named(event, "sharedWith").stream().anyMatch(file::isLead)) {
                    found.add(event.agency());
                }
            } else {
                Set<String> senders = senders(event);
                Set<String> recipients = recipients(event);
                if (recipients.stream().anyMatch(file::isLead) || file.isLead(event.recordingAgency())) {
                    found.addAll(senders);
                }
                if (senders.stream().anyMatch(file::isLead)) {
                    found.addAll(recipients);
                }
            }
        }
        file.involvement(from, to.plusDays(1)).forEach((agency, entries) -> {
            if (entries.stream().anyMatch(e -> agency.equals(e.actingAgency()) && file.isLead(e.recordingAgency()))) {
                found.add(agency);
            }
        });
        return found;
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
