package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.CaseEvent;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The rules' reading of a family's engagement: contacts that did not happen, and services declined. */
public final class Engagement {

    /** Outcomes (vocabulary code contactOutcome) of a visit, contact or appointment at which nobody was seen. */
    /** Contacts whose outcome says whether the child was seen; one array, as every entry is asked. */
    private static final String[] CONTACTS = {"visit.home", "contact.in_person", "contact.remote",
        "appointment.attended"};
    private static final Set<String> NOT_SEEN = Set.of("no_access", "no_answer", "not_seen", "was_not_brought",
            "did_not_attend", "declined");

    private Engagement() {
    }

    /**
     * A contact with the child that did not happen: an appointment.missed (unless cancelled, which the record does
     * not say was the family's doing), or a visit.home, contact.in_person, contact.remote or appointment.attended
     * whose details.outcome is no_access, no_answer, not_seen, was_not_brought, did_not_attend or declined.
     */
    public static boolean missed(CaseEvent event) {
        if (event.is("appointment.missed")) {
            return !"cancelled".equals(code(event, "reason"));
        }
        return event.is(CONTACTS) && event.stated("outcome") && NOT_SEEN.contains(code(event, "outcome"));
    }

    /** A contact at which the child was seen: outcome seen, childSeen true, or an attended appointment. */
    static boolean seen(CaseEvent event) {
        if (!event.is(CONTACTS)) {
            return false;
        }
        String outcome = code(event, "outcome");
        return "seen".equals(outcome) || Boolean.TRUE.equals(event.flag("childSeen"))
                || (event.is("appointment.attended") && outcome == null);
    }

    /** How many occurrences an entry records: its details.count (three calls unanswered), else one. */
    public static int occurrences(CaseEvent event) {
        Integer count = event.number("count");
        return count != null && count > 1 ? count : 1;
    }

    static int occurrences(List<CaseEvent> events) {
        return events.stream().mapToInt(Engagement::occurrences).sum();
    }

    private static String code(CaseEvent event, String field) {
        String value = event.text(field);
        return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
    }
}
