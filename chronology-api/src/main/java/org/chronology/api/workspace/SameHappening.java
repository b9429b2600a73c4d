package org.chronology.api.workspace;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether two agencies' entries record the same happening: the same kind of event (the same type, or two names
 * of one happening such as a strategy meeting and a strategy discussion), on the same day or in overlapping
 * periods, about the same children. Facts only: no summary or free text is compared. Types of one family are not
 * enough ({@code referral.made} and {@code referral.decision} are two happenings).
 */
final class SameHappening {

    /** Types that agencies use for one happening, mapped to one of them. */
    private static final Map<String, String> KIND = Map.of("strategy.discussion", "strategy.meeting");

    private SameHappening() {
    }

    static boolean test(JsonNode a, JsonNode b) {
        return !agency(a).equals(agency(b)) && kind(a).equals(kind(b)) && overlap(a, b)
                && children(a).equals(children(b));
    }

    static String key(JsonNode entry) {
        return agency(entry) + ":" + entry.get("eventId").asText();
    }

    static String agency(JsonNode entry) {
        return entry.get("recordingAgency").asText();
    }

    private static String kind(JsonNode entry) {
        String type = entry.path("type").asText();
        return KIND.getOrDefault(type, type);
    }

    /** Periods are inclusive; an entry dated to the day has a one-day period, so this is "the same day" too. */
    private static boolean overlap(JsonNode a, JsonNode b) {
        return !day(a, "from").isAfter(day(b, "to")) && !day(b, "from").isAfter(day(a, "to"));
    }

    private static LocalDate day(JsonNode entry, String end) {
        return LocalDate.parse(entry.get("period").get(end).asText());
    }

    private static Set<String> children(JsonNode entry) {
        Set<String> children = new HashSet<>();
        entry.path("children").forEach(child -> children.add(child.asText()));
        return children;
    }
}
