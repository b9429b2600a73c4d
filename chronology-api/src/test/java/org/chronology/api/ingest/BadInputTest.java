package org.chronology.api.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.support.ApiClient;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.api.support.ApiClient.MAPPER;

/**
 * Every bad input is a 400 problem naming the field at fault, and leaves nothing in the store. What is inside
 * {@code details} is never bad input, only its size and depth (see TolerantRecordingTest).
 */
class BadInputTest extends ServiceTest {

    private static final String CHILD = "BI-Child";

    @BeforeEach
    void agency() {
        registerAgencies(Map.of("BI-CSC", "la.csc"));
    }

    private static ObjectNode valid() {
        return Envelope.of("BI-1", "strategy.meeting", "BI-CSC", "2018-03", CHILD, "Strategy meeting");
    }

    private static String with(Consumer<ObjectNode> change) {
        ObjectNode envelope = valid();
        change.accept(envelope);
        return envelope.toString();
    }

    private static Arguments single(String name, String body, String field) {
        return Arguments.of(name, "/api/v1/events", body, field);
    }

    private static Arguments batch(String name, String body, String field) {
        return Arguments.of(name, "/api/v1/events/batch", body, field);
    }

    static Stream<Arguments> badInputs() {
        ArrayNode tooMany = MAPPER.createArrayNode();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(valid().put("eventId", "BI-many-" + i));
        }
        String deep = "{\"a\":".repeat(12) + "1" + "}".repeat(12);
        return Stream.of(
                single("malformed JSON", "{\"eventId\": ", "body"),
                single("truncated JSON", valid().toString().substring(0, 40), "body"),
                single("an array, not an object", "[1, 2]", "body"),
                single("empty body", "", "body"),
                single("duplicate keys", "{\"eventId\":\"BI-1\",\"eventId\":\"BI-2\"}", "body"),
                single("missing eventId", with(e -> e.remove("eventId")), "eventId"),
                single("eventId with a space", with(e -> e.put("eventId", "BI 1")), "eventId"),
                single("eventId of 129 characters", with(e -> e.put("eventId", "x".repeat(129))), "eventId"),
                single("eventId as a number", with(e -> e.put("eventId", 17)), "eventId"),
                single("path traversal in eventId", with(e -> e.put("eventId", "../../etc/passwd")), "eventId"),
                single("unknown event type", with(e -> e.put("type", "strategy.party")), "type"),
                single("missing type", with(e -> e.remove("type")), "type"),
                single("lower-case agency code", with(e -> e.put("recordingAgency", "bi-csc")), "recordingAgency"),
                single("unregistered acting agency", with(e -> e.put("actingAgency", "NOBODY")), "actingAgency"),
                single("no date and no bounds", with(e -> e.remove("occurredAt")), "occurredAt"),
                single("month 13", with(e -> e.put("occurredAt", "2018-13")), "occurredAt"),
                single("30 February", with(e -> e.put("occurredAt", "2018-02-30")), "occurredAt"),
                single("day-first date", with(e -> e.put("occurredAt", "18-03-2018")), "occurredAt"),
                single("date in the future", with(e -> e.put("occurredAt", "2999-01")), "occurredAt"),
                single("date before 1900", with(e -> e.put("occurredAt", "1850-06")), "occurredAt"),
                single("date-time without offset", with(e -> e.put("occurredAt", "2018-03-05T10:00:00")), "occurredAt"),
                single("bounds the wrong way round", with(e -> e.put("occurredNotBefore", "2018-05-01")
                        .put("occurredNotAfter", "2018-04-01").remove("occurredAt")), "occurredNotBefore"),
                single("bound not a date", with(e -> e.put("occurredNotBefore", "May 2018").remove("occurredAt")),
                        "occurredNotBefore"),
                single("estimated as a string", with(e -> e.put("estimated", "true")), "estimated"),
                single("missing children", with(e -> e.remove("children")), "children"),
                single("no children", with(e -> e.putArray("children")), "children"),
                single("children not an array", with(e -> e.put("children", CHILD)), "children"),
                single("child id with a slash", with(e -> e.putArray("children").add("a/b")), "children[0]"),
                single("child id of 65 characters", with(e -> e.putArray("children").add("c".repeat(65))), "children[0]"),
                single("child id null", with(e -> e.putArray("children").addNull()), "children[0]"),
                single("adult id with SQL", with(e -> e.putArray("adults").add("x'; DROP TABLE agency;--")), "adults[0]"),
                single("worker without role", with(e -> e.putObject("worker").put("id", "W1")), "worker.role"),
                single("worker event without worker", with(e -> e.put("type", "worker.allocated")), "worker"),
                single("missing summary", with(e -> e.remove("summary")), "summary"),
                single("summary of 4,001 characters", with(e -> e.put("summary", "s".repeat(4001))), "summary"),
                single("summary with a NUL character", with(e -> e.put("summary", "a\u0000b")), "summary"),
                single("summary null", with(e -> e.putNull("summary")), "summary"),
                single("summary with a bell character", with(e -> e.put("summary", "a\u0007b")), "summary"),
                single("summary with U+FFFE", with(e -> e.put("summary", "a\uFFFEb")), "summary"),
                single("summary with U+FFFF", with(e -> e.put("summary", "a\uFFFFb")), "summary"),
                single("summary with a lone high surrogate", valid().toString().replace("Strategy meeting", "a\\uD800b"),
                        "summary"),
                single("summary with a lone low surrogate", valid().toString().replace("Strategy meeting", "\\uDC00"),
                        "summary"),
                single("summary with surrogates the wrong way round",
                        valid().toString().replace("Strategy meeting", "\\uDE00\\uD83D"), "summary"),
                single("child id with an escape character", with(e -> e.putArray("children").add("a\u001Bb")), "children[0]"),
                single("details with a C1 control character deep inside", with(e -> e.putObject("details")
                        .putObject("visit").putArray("notes").add("ok").add("a\u0085b")), "details.visit.notes[1]"),
                single("details with a control character in a key", with(e -> e.putObject("details").put("a\u0001", 1)),
                        "details"),
                single("unknown envelope key with U+FFFF", with(e -> e.put("extra\uFFFF", "x")), "body"),
                single("date-time a day ahead through a -18:00 offset",
                        with(e -> e.put("occurredAt", LocalDate.now(ZoneOffset.UTC).plusDays(1) + "T00:00-18:00")),
                        "occurredAt"),
                single("date-time hours ahead through a -14:00 offset",
                        with(e -> e.put("occurredAt", LocalDate.now(ZoneOffset.UTC).plusDays(1) + "T00:00-14:00")),
                        "occurredAt"),
                single("details not an object", with(e -> e.put("details", "none")), "details"),
                single("details nested too deep", with(e -> e.set("details", json(deep))), "details"),
                single("knownTo with a lower-case code", with(e -> e.putArray("knownTo").add("police")), "knownTo[0]"),
                single("body over the size limit", with(e -> e.putObject("details").put("notes", "n".repeat(300_000))), "body"),
                single("correction without a target", with(e -> e.put("type", "entry.corrected").putObject("details")
                        .put("summary", "x")), "details.correctsEventId"),
                single("correction that changes nothing", with(e -> e.put("type", "entry.corrected").putObject("details")
                        .put("correctsEventId", "BI-0")), "details"),
                batch("batch without events", "{\"items\": []}", "events"),
                batch("empty batch", "{\"events\": []}", "events"),
                batch("batch of 1,001 events", "{\"events\": " + tooMany + "}", "events"),
                batch("malformed batch", "{\"events\": [", "body"),
                batch("batch over 8 MiB", "{\"pad\": [" + ("\"" + "x".repeat(90_000) + "\",").repeat(100)
                        + "\"x\"], \"events\": []}", "body"),
                batch("batch item with U+FFFF in its summary", "{\"events\": [" + valid().put("summary", "\uFFFF")
                        + "]}", "events[0].summary"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedWithAProblemNamingTheField(String name, String path, String body, String field) {
        long before = storedEvents();
        ApiClient.Response response = asAgency("BI-CSC").raw("POST", path, "application/json",
                body.getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("errors").findValuesAsText("field")).as(response.text()).contains(field);
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(timeline(CHILD, "").get("entries")).isEmpty();
    }

    @Test
    void aBatchRecordsItsGoodEventsAndRejectsEachBadOneOnItsOwn() {
        ObjectNode good = Envelope.of("BI-good", "visit.home", "BI-CSC", "2018-04", "BI-Batch", "Visit");
        ObjectNode bad = Envelope.of("BI-bad", "visit.home", "BI-CSC", "2018-13", "BI-Batch", "Visit");
        long before = storedEvents();
        var response = asAgency("BI-CSC").post("/api/v1/events/batch", Map.of("events", java.util.List.of(good, bad)));

        assertThat(response.status()).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.get("recorded").asInt()).isEqualTo(1);
        assertThat(result.get("rejected").asInt()).isEqualTo(1);
        assertThat(result.get("results").get(1).get("problem").get("errors").get(0).get("field").asText())
                .isEqualTo("occurredAt");
        assertThat(storedEvents()).isEqualTo(before + 1);
        assertThat(eventIds(timeline("BI-Batch", ""))).containsExactly("BI-good");
    }

    @Test
    void textWithEmojiTabsAndLineBreaksIsAccepted() {
        ObjectNode envelope = Envelope.of("BI-text", "visit.home", "BI-CSC", "2018-04", "BI-Text",
                "Visit \uD83D\uDC76\tnoted:\r\nall well");
        var response = asAgency("BI-CSC").post("/api/v1/events", envelope);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE", "UTF-8 with a byte order mark",
            "ISO-8859-1"})
    void aBodyThatIsNotUtf8IsRefused(String encoding) {
        String json = valid().put("summary", "Strategy m\u00e9eting").toString();
        byte[] body = encoding.startsWith("UTF-8")
                ? ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8) : json.getBytes(Charset.forName(encoding));
        long before = storedEvents();
        var response = asAgency("BI-CSC").raw("POST", "/api/v1/events", "application/json", body);

        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).isEqualTo("body must be UTF-8 JSON");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/json; charset=utf-16", "application/json; charset=UTF-32",
            "application/json;charset=iso-8859-1"})
    void aCharsetOtherThanUtf8IsUnsupported(String contentType) {
        var response = asAgency("BI-CSC").raw("POST", "/api/v1/events", contentType,
                valid().toString().getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.text()).isEqualTo(415);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aCharsetOfUtf8IsAccepted() {
        var response = asAgency("BI-CSC").raw("POST", "/api/v1/events", "application/json; charset=UTF-8",
                with(e -> e.put("eventId", "BI-utf8").putArray("children").add("BI-Utf8")).getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
    }

    @Test
    void agencyAndReviewNamesWithCharactersNoExportCanHoldAreRefused() {
        var agency = admin.put("/api/v1/agencies/BI-NAME", Map.of("name", "School\uFFFE", "sector", "education"));
        var review = admin.raw("POST", "/api/v1/reviews", "application/json", ("{\"name\":\"Review \\uD800\","
                + "\"children\":[\"BI-Child\"],\"from\":\"2018-01-01\",\"to\":\"2019-01-01\"}")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(agency.status()).as(agency.text()).isEqualTo(400);
        assertThat(agency.json().get("errors").findValuesAsText("field")).containsExactly("name");
        assertThat(review.status()).as(review.text()).isEqualTo(400);
        assertThat(review.json().get("errors").findValuesAsText("field")).containsExactly("name");
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupported() {
        var response = asAgency("BI-CSC").raw("POST", "/api/v1/events", "text/plain", valid().toString().getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
