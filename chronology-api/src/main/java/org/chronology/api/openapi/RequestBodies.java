package org.chronology.api.openapi;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON bodies the API reads. Its controllers parse bodies by hand, field by field, to answer every bad one
 * with a problem naming each field, so springdoc cannot see them: each is described here once, under the name a
 * controller's {@code @RequestBody(ref = ...)} points to, as docs/api-contract.md states it.
 */
public final class RequestBodies {

    public static final String AGENCY = "#/components/schemas/AgencyRegistration";
    public static final String TOKEN = "#/components/schemas/TokenRequest";
    public static final String REVIEW = "#/components/schemas/ReviewRequest";
    public static final String GRANT = "#/components/schemas/GrantRequest";
    public static final String EVENT = "#/components/schemas/Envelope";
    public static final String BATCH = "#/components/schemas/EventBatch";
    public static final String NOTE = "#/components/schemas/ReviewNote";
    public static final String OWN_FINDING = "#/components/schemas/ReviewerFinding";
    public static final String TRIAGE = "#/components/schemas/FindingTriage";
    public static final String SPLIT = "#/components/schemas/RowSplit";
    public static final String JOIN = "#/components/schemas/RowJoin";

    private RequestBodies() {
    }

    static Map<String, Schema<?>> schemas() {
        Map<String, Schema<?>> schemas = new LinkedHashMap<>();
        schemas.put(name(AGENCY), object(List.of("name", "sector"))
                .addProperty("name", text("The agency's name, 1-200 characters"))
                .addProperty("sector", text("A sector code of domain.md, e.g. health.acute")));
        schemas.put(name(TOKEN), object(List.of("issuedTo"))
                .addProperty("issuedTo", text("The person (or, for a dashboard, the system) the token is for"))
                .addProperty("expiresAt", text("An optional future instant, e.g. 2027-03-31T23:59:59Z")));
        schemas.put(name(REVIEW), object(List.of("name", "children", "from", "to"))
                .addProperty("name", text("The review's name, 1-200 characters"))
                .addProperty("children", array(text("A child's id")).description("1-100 child ids"))
                .addProperty("from", text("The period's first day, YYYY-MM-DD"))
                .addProperty("to", text("The period's last day, YYYY-MM-DD"))
                .addProperty("closesOn", text("When the reviewer's token stops working (default a year from today)"))
                .addProperty("issuedTo", text("The reviewer's name")));
        schemas.put(name(GRANT), object(List.of("agency", "reason", "until"))
                .addProperty("agency", text("Another registered agency's code"))
                .addProperty("reason", text("Why the agency needs the whole record, 1-1000 characters"))
                .addProperty("until", text("A date or instant within the coming year")));
        schemas.put(name(EVENT), object(List.of("eventId", "type", "recordingAgency", "summary"))
                .description("What an agency did or learnt, as it recorded it (api-contract.md, Recording events)")
                .addProperty("eventId", text("1-128 characters A-Z a-z 0-9 . _ : -, unique within the agency"))
                .addProperty("type", text("An event type of domain.md, e.g. strategy.meeting"))
                .addProperty("recordingAgency", text("The caller's own agency code"))
                .addProperty("actingAgency", text("The agency that acted, when another"))
                .addProperty("occurredAt", text("YYYY-MM-DD, YYYY-MM, YYYY or an instant with offset"))
                .addProperty("occurredNotBefore", text("YYYY-MM-DD: the earliest an uncertain date can be"))
                .addProperty("occurredNotAfter", text("YYYY-MM-DD: the latest an uncertain date can be"))
                .addProperty("estimated", new JsonSchema().types(Set.of("boolean")))
                .addProperty("children", array(text("A child's id"))
                        .description("At least one, except for person.recorded and relationship.recorded of adults"))
                .addProperty("adults", array(text("An adult's id")))
                .addProperty("knownTo", array(text("An agency code")))
                .addProperty("worker", object(List.of("id", "role"))
                        .addProperty("id", text("The worker's id")).addProperty("role", text("e.g. SOCIAL_WORKER")))
                .addProperty("summary", text("1-4000 characters of plain text"))
                .addProperty("details", object(List.of()).description("The type's facts, as the vocabulary names them")));
        schemas.put(name(BATCH), object(List.of("events"))
                .addProperty("events", array(new JsonSchema().$ref(EVENT)).description("At most 1000 events")));
        schemas.put(name(NOTE), object(List.of("on", "text"))
                .description("A reviewer's note: on an entry, a finding or a period of the review")
                .addProperty("on", text("entry, finding or period"))
                .addProperty("ref", text("For entry: agency:eventId; for finding: the finding's key"))
                .addProperty("from", text("For period: its first day, YYYY-MM-DD, within the review"))
                .addProperty("to", text("For period: its last day, YYYY-MM-DD, within the review"))
                .addProperty("text", text("1-4000 characters of plain text")));
        schemas.put(name(OWN_FINDING), object(List.of("pattern", "on", "text"))
                .addProperty("pattern", text("physical_harm_not_considered, culture_not_assessed, supervision_quality"
                        + " or other"))
                .addProperty("on", text("YYYY-MM-DD within the review"))
                .addProperty("entries", array(text("agency:eventId")).description("0-50 entries of the review"))
                .addProperty("text", text("1-4000 characters of plain text")));
        schemas.put(name(TRIAGE), object(List.of("verdict"))
                .addProperty("verdict", text("confirmed or dismissed"))
                .addProperty("reason", text("1-2000 characters; required for dismissed")));
        schemas.put(name(SPLIT), object(List.of("entry")).addProperty("entry", text("agency:eventId")));
        schemas.put(name(JOIN), object(List.of("entries"))
                .addProperty("entries", array(text("agency:eventId")).description("2-50 entries of the review")));
        return schemas;
    }

    private static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static Schema<?> object(List<String> required) {
        Schema<?> object = new JsonSchema().types(Set.of("object"));
        return required.isEmpty() ? object : object.required(required);
    }

    private static Schema<?> array(Schema<?> items) {
        return new JsonSchema().types(Set.of("array")).items(items);
    }

    private static Schema<?> text(String description) {
        return new JsonSchema().types(Set.of("string")).description(description);
    }
}
