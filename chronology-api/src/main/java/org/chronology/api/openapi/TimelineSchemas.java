package org.chronology.api.openapi;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The timelines the API answers: their entries are stored as JSON documents and sent untouched (no record to
 * read a schema from), so each answer is described here once, under the name its controller's
 * {@code @Schema(ref = ...)} points to, as api-contract.md ("Reading") states it.
 */
public final class TimelineSchemas {

    public static final String ENTRY = "#/components/schemas/TimelineEntry";
    public static final String TIMELINE = "#/components/schemas/Timeline";
    public static final String PERSON_TIMELINE = "#/components/schemas/PersonTimeline";
    public static final String HOUSEHOLD = "#/components/schemas/Household";
    private static final String CORRECTION = "#/components/schemas/Correction";
    private static final String PERSON = "#/components/schemas/HouseholdPerson";
    private static final String RELATIONSHIP = "#/components/schemas/Relationship";
    private static final List<String> ENTRY_FIELDS = List.of("eventId", "type", "recordingAgency", "actingAgency",
            "occurredAt", "precision", "period", "recordedAt", "children", "adults", "worker", "summary", "details",
            "status", "corrections");

    private TimelineSchemas() {
    }

    static Map<String, Schema<?>> schemas() {
        Map<String, Schema<?>> schemas = new LinkedHashMap<>();
        schemas.put(name(ENTRY), entry());
        schemas.put(name(CORRECTION), object(List.of("eventId", "type", "recordedAt", "summary"))
                .description("A correction or retraction of the entry, oldest first")
                .addProperty("eventId", text("The correcting or retracting event's id"))
                .addProperty("type", text("entry.corrected or entry.retracted"))
                .addProperty("recordedAt", text("When it was recorded, an instant"))
                .addProperty("summary", text("Its summary"))
                .addProperty("reason", text("Why the entry was retracted"))
                .addProperty("changes", anyObject("The fields the correction set, as the entry names them"))
                .addProperty("previous", anyObject("Those fields' values before it")));
        schemas.put(name(PERSON), object(List.of("personId"))
                .addProperty("personId", text("The person's id"))
                .addProperty("dateOfBirth", text("YYYY-MM-DD, when recorded"))
                .addProperty("expectedDelivery", text("YYYY-MM-DD, for an unborn child")));
        schemas.put(name(RELATIONSHIP), object(List.of("person", "relationship", "of"))
                .addProperty("person", text("A person's id"))
                .addProperty("relationship", text("What they are to the other, e.g. mother, partner"))
                .addProperty("of", text("The other person's id")));
        schemas.put(name(TIMELINE), timeline("childId", "The child's timeline, in date order"));
        schemas.put(name(PERSON_TIMELINE), withPeople(timeline("personId",
                "The entries naming the person as a child or an adult, and the people related to them")));
        schemas.put(name(HOUSEHOLD), withPeople(timeline("childId",
                "The child's household: its people, how they are related, and the entries naming any of them")));
        return schemas;
    }

    private static Schema<?> entry() {
        return object(ENTRY_FIELDS).description("An entry as its agency recorded it, with corrections applied")
                .addProperty("eventId", text("The recording agency's id of the event"))
                .addProperty("type", text("An event type of domain.md"))
                .addProperty("recordingAgency", text("The agency that recorded it"))
                .addProperty("actingAgency", nullable(text("The agency that acted, when another")))
                .addProperty("occurredAt", nullable(text("As given: YYYY-MM-DD, YYYY-MM, YYYY or an instant")))
                .addProperty("precision", text("day, month, year, instant or unknown"))
                .addProperty("occurredNotBefore", nullable(text("YYYY-MM-DD: the earliest an uncertain date can be")))
                .addProperty("occurredNotAfter", nullable(text("YYYY-MM-DD: the latest an uncertain date can be")))
                .addProperty("estimated", new JsonSchema().types(Set.of("boolean")))
                .addProperty("dateBasis", text("How an estimated date was arrived at"))
                .addProperty("period", object(List.of("from", "to"))
                        .description("The days the date allows (a month-precision entry: its month)")
                        .addProperty("from", text("YYYY-MM-DD")).addProperty("to", text("YYYY-MM-DD")))
                .addProperty("sortKey", new JsonSchema().types(Set.of("integer"))
                        .description("Where it sorts: the period's start, in seconds"))
                .addProperty("recordedAt", text("When the service recorded it, an instant"))
                .addProperty("children", array(text("A child's id")))
                .addProperty("adults", array(text("An adult's id")))
                .addProperty("worker", nullable(object(List.of("id", "role"))
                        .addProperty("id", text("The worker's id")).addProperty("role", text("e.g. SOCIAL_WORKER"))))
                .addProperty("summary", text("Plain text"))
                .addProperty("details", anyObject("The type's facts, as the vocabulary names them"))
                .addProperty("knownTo", array(text("An agency the recording agency said knew of it")))
                .addProperty("source", text("Where the entry came from, e.g. a review's paragraph"))
                .addProperty("status", text("current, corrected or retracted"))
                .addProperty("corrections", array(ref(CORRECTION)));
    }

    private static Schema<?> timeline(String idField, String description) {
        return object(List.of(idField, "count", "entries")).description(description)
                .addProperty(idField, text("Whose timeline it is"))
                .addProperty("knownTo", text("With knownTo: the agency whose knowledge is shown"))
                .addProperty("asOf", text("With knownTo: the instant its knowledge is shown at"))
                .addProperty("count", new JsonSchema().types(Set.of("integer")).description("How many entries"))
                .addProperty("entries", array(ref(ENTRY)));
    }

    private static Schema<?> withPeople(Schema<?> timeline) {
        timeline.getRequired().addAll(List.of("people", "relationships"));
        return timeline.addProperty("people", array(ref(PERSON)).description("The people named, and their relatives"))
                .addProperty("relationships", array(ref(RELATIONSHIP)));
    }

    private static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static Schema<?> object(List<String> required) {
        return new JsonSchema().types(Set.of("object")).required(new ArrayList<>(required));
    }

    /** An object whose keys vary (an event type's details): described as open, so any keys are its own. */
    private static Schema<?> anyObject(String description) {
        return new JsonSchema().types(Set.of("object")).additionalProperties(true).description(description);
    }

    private static Schema<?> nullable(Schema<?> schema) {
        Set<String> types = new LinkedHashSet<>(schema.getTypes());
        types.add("null");
        return schema.types(types);
    }

    private static Schema<?> array(Schema<?> items) {
        return new JsonSchema().types(Set.of("array")).items(items);
    }

    private static Schema<?> ref(String ref) {
        return new JsonSchema().$ref(ref);
    }

    private static Schema<?> text(String description) {
        return new JsonSchema().types(Set.of("string")).description(description);
    }
}
