package org.chronology.projections.gaps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.chronology.core.api.event.Precision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One entry as the gap rules see it: its current (corrected) content, its date as the period the agency's
 * statement allows, and its details as given.
 *
 * @param earliest the first day the event can have happened: its nominal date, used for ordering and windows
 * @param latest   the last day it can have happened
 * @param order    arrival order in the store, to break ties between entries of the same date
 */
public record CaseEvent(String eventId, String type, String recordingAgency, String actingAgency, String occurredAt,
                        Precision precision, LocalDate earliest, LocalDate latest, Instant recordedAt,
                        List<String> children, List<String> adults, String workerId, String workerRole,
                        JsonNode details, long order) {

    /** Outcomes of a visit, contact or attended appointment that mean the child was not seen. */
    private static final Set<String> MISSED_OUTCOMES = Set.of("no_access", "no_answer", "not_seen", "did_not_attend",
            "was_not_brought", "unanswered");

    public CaseEvent {
        children = List.copyOf(children);
        adults = List.copyOf(adults);
        details = details == null ? MissingNode.getInstance() : details;
    }

    /** Builds the rule view from a timeline document (see the timeline projection). */
    public static CaseEvent fromDocument(JsonNode doc, long order) {
        JsonNode worker = doc.path("worker");
        return new CaseEvent(doc.get("eventId").asText(), doc.get("type").asText(),
                doc.get("recordingAgency").asText(), textOrNull(doc.get("actingAgency")),
                textOrNull(doc.get("occurredAt")), Precision.valueOf(doc.get("precision").asText().toUpperCase()),
                LocalDate.parse(doc.get("period").get("from").asText()),
                LocalDate.parse(doc.get("period").get("to").asText()),
                Instant.parse(doc.get("recordedAt").asText()), strings(doc.get("children")), strings(doc.get("adults")),
                textOrNull(worker.get("id")), textOrNull(worker.get("role")), doc.get("details"), order);
    }

    /** The agency that acted: the acting agency when the recording agency recorded someone else's action. */
    public String agency() {
        return actingAgency != null ? actingAgency : recordingAgency;
    }

    /**
     * The recording and the acting agency, in that order, unmodifiable. Every rule asks it of many entries, so it
     * is a light view of the two fields rather than a hash set built each time (profiled: most of judging's time).
     */
    public Set<String> agencies() {
        return new TwoAgencies(recordingAgency, recordingAgency.equals(actingAgency) ? null : actingAgency);
    }

    /** One or two agencies as an ordered set. */
    private static final class TwoAgencies extends AbstractSet<String> {
        private final String first;
        private final String second;

        TwoAgencies(String first, String second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public boolean contains(Object agency) {
            return first.equals(agency) || second != null && second.equals(agency);
        }

        @Override
        public int size() {
            return second == null ? 1 : 2;
        }

        @Override
        public Iterator<String> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < size();
                }

                @Override
                public String next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return next++ == 0 ? first : second;
                }
            };
        }
    }

    /** Whether the entry is of this type; for one type, so that no array is built. */
    public boolean is(String type) {
        return this.type.equals(type);
    }

    /** Whether the entry is of one of {@code types}: asked of every entry by every rule, so it allocates nothing. */
    public boolean is(String... types) {
        for (String candidate : types) {
            if (candidate.equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** The recording agency, then the acting agency when it differs, without building a set. */
    public void forEachAgency(Consumer<String> action) {
        action.accept(recordingAgency);
        if (actingAgency != null && !actingAgency.equals(recordingAgency)) {
            action.accept(actingAgency);
        }
    }

    /** Whether the recording or the acting agency is one that {@code test} accepts, without building a set. */
    public boolean anyAgency(Predicate<String> test) {
        return test.test(recordingAgency)
                || actingAgency != null && !actingAgency.equals(recordingAgency) && test.test(actingAgency);
    }

    /** The nominal date: the start of the period the date allows. */
    public LocalDate date() {
        return earliest;
    }

    /** The date as the agency gave it ({@code 2018-03}), or the period when only bounds are known. */
    public String when() {
        return occurredAt != null ? occurredAt : earliest + ".." + latest;
    }

    public boolean concerns(String personId) {
        return children.contains(personId) || adults.contains(personId);
    }

    /** Whether {@code details} states this field at all (a {@code null} value states nothing). */
    public boolean stated(String field) {
        return details.hasNonNull(field);
    }

    /** The strings of a details array; empty when absent. */
    public List<String> strings(String field) {
        return strings(details.get(field));
    }

    public String text(String field) {
        return textOrNull(details.get(field));
    }

    /**
     * The texts of a details field that may hold one string or an array of them (chronologies give a single party
     * either way); empty when absent.
     */
    public List<String> texts(String field) {
        JsonNode value = details.get(field);
        return value != null && value.isTextual() ? List.of(value.asText()) : strings(field);
    }

    /** A details number, as a whole number: {@code null} when not stated or not a number. */
    public Integer number(String field) {
        JsonNode value = details.get(field);
        return value != null && value.isNumber() ? value.intValue() : null;
    }

    /** A details flag: {@code null} when not stated. */
    public Boolean flag(String field) {
        JsonNode value = details.get(field);
        return value != null && value.isBoolean() ? value.booleanValue() : null;
    }

    /**
     * Suspected non-accidental injury: an ED attendance or an injury observed or diagnosed that states
     * details.suspectedNAI = true. Suspicion, not evidence, is what calls for police and a section 47 enquiry.
     */
    public boolean suspectsNonAccidentalInjury() {
        return is("hospital.ed_attendance", "injury.observed", "injury.diagnosed")
                && Boolean.TRUE.equals(flag("suspectedNAI"));
    }

    /**
     * A contact with the child that did not happen: an appointment.missed, or a home visit, contact or attended
     * appointment whose details.outcome says the child was not seen (no access, not brought, unanswered...).
     */
    public boolean isMissedContact() {
        if (is("appointment.missed")) {
            return true;
        }
        String outcome = text("outcome");
        return is("visit.home", "contact.in_person", "contact.remote", "appointment.attended")
                && outcome != null && MISSED_OUTCOMES.contains(outcome.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * How many occurrences the entry stands for: its whole-number details.count (one entry may summarise
     * "three calls unanswered"), else one.
     */
    public int occurrences() {
        JsonNode count = details.get("count");
        return count != null && count.isIntegralNumber() && count.canConvertToInt() ? Math.max(1, count.intValue()) : 1;
    }

    private static String textOrNull(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    /** The texts of an array, unmodifiable; most fields asked for are absent, which costs nothing. */
    private static List<String> strings(JsonNode array) {
        if (array == null || !array.isArray() || array.isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>(array.size());
        for (JsonNode value : array) {
            if (value.isTextual()) {
                values.add(value.asText());
            }
        }
        return Collections.unmodifiableList(values);
    }
}
