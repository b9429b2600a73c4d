package org.chronology.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.support.ApiClient;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.api.support.ApiClient.MAPPER;

/**
 * Hundreds of hostile requests against the running service: none may cause a 5xx, every refusal is a
 * problem, and afterwards the store holds exactly the events that were acknowledged.
 */
class HostileInputTest extends ServiceTest {

    private static final String AGENCY = "HX-AG";
    private static final String CHILD = "HX-Child";
    private static final List<String> NASTY = List.of(
            "' OR '1'='1' --", "'; DROP TABLE DomainEventEntry; --", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
            "{{7*7}}", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%00%0d%0aSet-Cookie: x=1",
            "line\r\nInjected: header", "\u202Eevil\u202C", "\uD83D\uDE00\uD83D\uDC76", "\u0000", "\uFEFFbom",
            "a\u200Db", "x".repeat(70_000), "null", "{\"nested\":\"json\"}", "\\u0000", "\uD800", "  ");
    private static final List<String> FIELDS = List.of("eventId", "type", "recordingAgency", "actingAgency", "occurredAt",
            "occurredNotBefore", "occurredNotAfter", "summary", "source", "dateBasis", "children", "adults",
            "worker.id", "worker.role", "knownTo", "details.invited", "details.note");

    private record Attempt(String name, String method, String path, String contentType, byte[] body, String eventId) {
    }

    private int sequence;

    private ObjectNode valid() {
        return Envelope.of("HX-" + (++sequence), "strategy.meeting", AGENCY, "2018-03", CHILD, "Strategy meeting");
    }

    private Attempt post(String name, ObjectNode envelope) {
        return new Attempt(name, "POST", "/api/v1/events", "application/json",
                envelope.toString().getBytes(StandardCharsets.UTF_8), envelope.path("eventId").asText(null));
    }

    private Attempt with(String name, Consumer<ObjectNode> change) {
        ObjectNode envelope = valid();
        change.accept(envelope);
        return post(name, envelope);
    }

    private static void set(ObjectNode envelope, String field, JsonNode value) {
        if (field.contains(".")) {
            String[] parts = field.split("\\.");
            ObjectNode parent = envelope.has(parts[0]) && envelope.get(parts[0]).isObject()
                    ? (ObjectNode) envelope.get(parts[0]) : envelope.putObject(parts[0]);
            if (parts[0].equals("worker") && !parent.has("id")) {
                parent.put("id", "W1").put("role", "SOCIAL_WORKER");
            }
            parent.set(parts[1], value);
        } else if (List.of("children", "adults", "knownTo").contains(field) && value.isTextual()) {
            envelope.putArray(field).add(value);
        } else {
            envelope.set(field, value);
        }
    }

    private List<Attempt> corpus() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        List<Attempt> attempts = new ArrayList<>();
        for (String field : FIELDS) {
            for (String nasty : NASTY) {
                attempts.add(with("injection in " + field, e -> set(e, field, json.textNode(nasty))));
            }
            attempts.add(with("null " + field, e -> set(e, field, json.nullNode())));
            attempts.add(with("number in " + field, e -> set(e, field, json.numberNode(1e308))));
            attempts.add(with("object in " + field, e -> set(e, field, json.objectNode().put("a", 1))));
            attempts.add(with("array of arrays in " + field, e -> set(e, field, json.arrayNode().add(json.arrayNode()))));
        }
        String valid = valid().toString();
        for (int cut = 1; cut < valid.length(); cut += valid.length() / 12) {
            attempts.add(new Attempt("truncated at " + cut, "POST", "/api/v1/events", "application/json",
                    valid.substring(0, cut).getBytes(StandardCharsets.UTF_8), null));
        }
        for (int depth : List.of(20, 100, 1_000, 10_000)) {
            String deep = "[".repeat(depth) + "]".repeat(depth);
            attempts.add(new Attempt("details nested " + depth + " deep", "POST", "/api/v1/events", "application/json",
                    valid.replace("\"children\"", "\"details\":{\"deep\":" + deep + "},\"children\"")
                            .getBytes(StandardCharsets.UTF_8), null));
            attempts.add(new Attempt("body nested " + depth + " deep", "POST", "/api/v1/events", "application/json",
                    ("{\"a\":" + deep + "}").getBytes(StandardCharsets.UTF_8), null));
        }
        for (String number : List.of("1e999999", "-1e999999", "9".repeat(5_000), "0.".concat("0".repeat(5_000)), "NaN")) {
            attempts.add(new Attempt("huge number " + number.length(), "POST", "/api/v1/events", "application/json",
                    valid.replace("\"2018-03\"", number).getBytes(StandardCharsets.UTF_8), null));
        }
        attempts.add(new Attempt("duplicate keys", "POST", "/api/v1/events", "application/json",
                valid.replace("{", "{\"summary\":\"x\",").getBytes(StandardCharsets.UTF_8), null));
        attempts.add(new Attempt("duplicate nested keys", "POST", "/api/v1/events", "application/json",
                valid.replace("\"children\"", "\"details\":{\"a\":1,\"a\":2},\"children\"").getBytes(StandardCharsets.UTF_8), null));
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json; charset=utf-16", "*/*", "application/jsonx", "")) {
            attempts.add(new Attempt("content type " + type, "POST", "/api/v1/events", type.isEmpty() ? null : type,
                    valid().toString().getBytes(StandardCharsets.UTF_8), null));
        }
        for (byte[] bytes : List.of(new byte[]{(byte) 0xC3, (byte) 0x28}, new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0},
                "{\"eventId\":\"\uDBFF\uDFFF\"}".getBytes(StandardCharsets.UTF_8))) {
            attempts.add(new Attempt("invalid UTF-8", "POST", "/api/v1/events", "application/json", bytes, null));
        }
        for (String id : List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e", "a%00b", "%3Cscript%3E", "x".repeat(65),
                "\u00e9l\u00e8ve", "%20", "a;b", "a%22b", "'%20OR%201=1")) {
            for (String what : List.of("timeline", "turnover", "gaps")) {
                attempts.add(new Attempt("path id " + id + " " + what, "GET", "/api/v1/children/" + id + "/" + what,
                        null, new byte[0], null));
            }
        }
        for (String query : List.of("from=2018-02-30", "to=yesterday", "asOf=%27", "knownTo=../x", "type=%3Cx%3E",
                "agency=lower", "from=2019-01-01&to=2018-01-01", "asOf=99999-01-01T00:00:00Z")) {
            attempts.add(new Attempt("query " + query, "GET", "/api/v1/children/" + CHILD + "/timeline?" + query,
                    null, new byte[0], null));
        }
        ArrayNode mixed = MAPPER.createArrayNode();
        mixed.add(valid()).add(JsonNodeFactory.instance.textNode("not an event")).add(valid().put("occurredAt", "2018-13"));
        attempts.add(new Attempt("batch with bad items", "POST", "/api/v1/events/batch", "application/json",
                MAPPER.createObjectNode().set("events", mixed).toString().getBytes(StandardCharsets.UTF_8), null));
        return attempts;
    }

    @Test
    void hostileRequestsNeverBreakTheServiceAndStoreOnlyWhatWasAcknowledged() {
        registerAgencies(Map.of(AGENCY, "la.csc"));
        ApiClient agency = asAgency(AGENCY);
        ApiClient reviewer = service.reviewer(CHILD);
        List<Attempt> attempts = corpus();
        assertThat(attempts).hasSizeGreaterThanOrEqualTo(300);
        Set<String> acknowledged = new LinkedHashSet<>();
        List<String> failures = new ArrayList<>();
        for (Attempt attempt : attempts) {
            ApiClient client = attempt.method().equals("GET") ? reviewer : agency;
            ApiClient.Response response = client.raw(attempt.method(), attempt.path(), attempt.contentType(), attempt.body());
            if (response.status() >= 500) {
                failures.add(attempt.name() + ": " + response.status());
            } else if (response.status() >= 400 && !response.contentType().startsWith("application/problem+json")) {
                failures.add(attempt.name() + ": " + response.status() + " not problem+json");
            } else if (response.status() == 201) {
                acknowledged.add(attempt.eventId());
            } else if (attempt.path().endsWith("/batch") && response.status() == 200) {
                response.json().get("results").forEach(r -> {
                    if (List.of("recorded", "duplicate").contains(r.get("status").asText())) {
                        acknowledged.add(r.get("eventId").asText());
                    }
                });
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
        Long stored = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier LIKE ?",
                Long.class, AGENCY + ":%");
        assertThat(stored).isEqualTo(acknowledged.size());
        assertThat(acknowledged).isNotEmpty();
    }
}
