package org.chronology.api.people;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.projection.ProjectionProgress;
import org.chronology.api.security.Caller;
import org.chronology.api.security.ChildAccess;
import org.chronology.api.security.Reading;
import org.chronology.api.export.Chronology;
import org.chronology.api.timeline.ReviewerView;
import org.chronology.api.timeline.TimelineFilters;
import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.Household;
import org.chronology.projections.json.Json;
import org.chronology.projections.people.HouseholdLinks;
import org.chronology.projections.timeline.TimelineQuery;
import org.chronology.projections.timeline.TimelineRepository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads people's entries as a caller may see them. A person's record is read by those who may read a child of the
 * person's household (the children of the entries naming the person or anyone related to them by a relationship
 * entry): {@link ChildAccess#authorizeHouseholdRead} decides and audits. Entries naming children the reading does
 * not cover are left out, and a reviewer's entries are a reviewer's view.
 */
@Component
class HouseholdReads {

    private static final int MAX_CHILDREN = 50;
    private static final String RETRACTED = "retracted";

    private final TimelineRepository timelines;
    private final HouseholdLinks links;
    private final ProjectionProgress progress;
    private final ChildAccess access;
    private final Clock clock;

    HouseholdReads(TimelineRepository timelines, HouseholdLinks links, ProjectionProgress progress,
                   ChildAccess access, Clock clock) {
        this.timelines = timelines;
        this.links = links;
        this.progress = progress;
        this.access = access;
        this.clock = clock;
    }

    /**
     * What a caller may read of a person's record or household.
     *
     * @param children the children of the person's household
     */
    record Read(Reading reading, Set<String> children) {

        /**
         * Whom the answer may name: to a reviewer, no child of the household outside the review (the entries shown
         * name review children only, but a relationship names its people in its details too).
         */
        boolean names(String person) {
            return reading.scope() != Reading.Scope.REVIEW || !children.contains(person) || reading.showsChild(person);
        }
    }

    /** Authorises a read of {@code personId}'s record or household, after the timeline caught up with them. */
    Read authorize(Caller caller, String personId, String endpoint) {
        progress.awaitTimeline(List.of(personId));
        // Each child costs an access decision: a widely shared id (a placeholder such as "Unknown") must not make
        // a read cost thousands, so only as many children count as a case file takes in.
        Set<String> children = links.children(links.related(List.of(personId), false), false).stream()
                .limit(MAX_CHILDREN).collect(Collectors.toCollection(LinkedHashSet::new));
        return new Read(access.authorizeHouseholdRead(caller, personId, children, endpoint), children);
    }

    /** The people of a child's household: its entries' people and those related to any of them. */
    Set<String> people(String childId) {
        return links.household(childId);
    }

    /** The entries naming any of {@code people} that {@code query} selects, as {@code reading} shows them. */
    List<ObjectNode> entries(Collection<String> people, TimelineQuery query, Reading reading) {
        List<ObjectNode> shown = new ArrayList<>();
        for (String document : timelines.documentsNaming(people, query)) {
            ObjectNode entry = Json.object(document);
            if (reading.showsEntryOf(strings(entry.get("children")))) {
                shown.add(ReviewerView.of(entry, reading));
            }
        }
        return shown;
    }

    /**
     * The household these entries record (dates of birth, relationships), read from every entry the reading shows
     * whatever the filters, so that a date filter does not hide a date of birth recorded earlier.
     */
    Household household(Collection<String> people, String personId, TimelineFilters filters, Reading reading) {
        TimelineFilters unfiltered = new TimelineFilters(null, null, List.of(), List.of(), filters.knownTo(),
                filters.asOf());
        List<ObjectNode> all = entries(people, unfiltered.query(personId, reading), reading);
        List<CaseEvent> events = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            // The timeline shows a retracted entry as retracted; what it said is no longer recorded.
            if (!RETRACTED.equals(all.get(i).path("status").asText())) {
                events.add(CaseEvent.fromDocument(all.get(i), i));
            }
        }
        return new Household(events);
    }

    /** {@code "people": [...], "relationships": [...]}: those of {@code people} the read may name, and theirs. */
    static String describe(Household household, Collection<String> people, Read read) {
        ArrayNode persons = Json.MAPPER.createArrayNode();
        for (String person : people) {
            if (read.names(person) && household.people().contains(person)) {
                ObjectNode described = persons.addObject().put("personId", person);
                household.dateOfBirth(person).ifPresent(d -> described.put("dateOfBirth", d.toString()));
                household.expectedDelivery(person).ifPresent(d -> described.put("expectedDelivery", d.toString()));
            }
        }
        ArrayNode relationships = Json.MAPPER.createArrayNode();
        for (Household.Relationship r : household.relationships()) {
            if (read.names(r.person()) && read.names(r.of())) {
                relationships.addObject().put("person", r.person()).put("relationship", r.relationship())
                        .put("of", r.of());
            }
        }
        return ",\"people\":" + Json.write(persons) + ",\"relationships\":" + Json.write(relationships);
    }

    /** The entries naming {@code people} as an export lays them out: the reading's period, no findings. */
    Chronology chronology(String name, String subject, Collection<String> people, Read read) {
        Reading reading = read.reading();
        TimelineQuery query = new TimelineQuery(subject, reading.from(), reading.to(), List.of(), List.of(),
                reading.knownTo(), null);
        return new Chronology(name, List.of(subject), reading.from(), reading.to(),
                reading.clampTo(LocalDate.now(clock)), new ArrayList<>(entries(people, query, reading)), List.of());
    }

    static List<String> documents(List<ObjectNode> entries) {
        return entries.stream().map(Json::write).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
    }
}
