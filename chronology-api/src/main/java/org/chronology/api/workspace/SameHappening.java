package org.chronology.api.workspace;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What of an entry says which happening it records: its kind of event (its type, or one name for two names of
 * one happening such as a strategy meeting and a strategy discussion), its period and its children. Two agencies'
 * entries record the same happening when the kind and children are the same and the periods overlap (an entry
 * dated to the day has a one-day period, so this is "the same day" too). Facts only: no summary or free text is
 * compared, and types of one family are not enough ({@code referral.made} and {@code referral.decision} are two).
 */
record SameHappening(String key, String agency, String kind, Set<String> children, LocalDate from, LocalDate to) {

    /** Types that agencies use for one happening, mapped to one of them. */
    private static final Map<String, String> KIND = Map.of("strategy.discussion", "strategy.meeting");

    static SameHappening of(JsonNode entry) {
        Set<String> children = new TreeSet<>();
        entry.path("children").forEach(child -> children.add(child.asText()));
        String type = entry.path("type").asText();
        return new SameHappening(key(entry), entry.get("recordingAgency").asText(), KIND.getOrDefault(type, type),
                children, LocalDate.parse(entry.get("period").get("from").asText()),
                LocalDate.parse(entry.get("period").get("to").asText()));
    }

    static String key(JsonNode entry) {
        return entry.get("recordingAgency").asText() + ":" + entry.get("eventId").asText();
    }

    /** Entries that may record one happening share this: only they are compared. */
    String bucket() {
        return kind + " " + children;
    }

    boolean sameAs(SameHappening other) {
        return !agency.equals(other.agency) && kind.equals(other.kind) && children.equals(other.children)
                && !from.isAfter(other.to) && !other.from.isAfter(to);
    }
}
