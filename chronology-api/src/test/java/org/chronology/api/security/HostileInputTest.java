package org.chronology.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.support.ApiClient;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.ServiceTest;
import org.chronology.api.support.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
    /** Characters no export can hold, as JSON escapes so that lone surrogates survive into the body. */
    private static final List<String> UNPRINTABLE = List.of("\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085",
            "\\ufffe", "\\uffff", "\\ud800", "\\udfff", "\\ude00\\ud83d");
    /** The same in a URL: NUL, BEL, U+FFFE, U+FFFF, an encoded lone surrogate, an overlong slash. */
    private static final List<String> UNPRINTABLE_IN_PATHS = List.of("%00", "%01", "%07", "%1B", "%7F", "%C2%85",
            "%EF%BF%BE", "%EF%BF%BF", "%ED%A0%80", "%C0%AF", "%FF", "%0D%0A");
    private static final List<String> BAD_METHODS = List.of("TRACE", "PROPFIND", "MKCOL", "LOCK", "FOO", "get", "post");
    private static final List<String> OTHER_ENCODINGS = List.of("UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE", "BOM");
    private static final String GRANTS = "/api/v1/children/" + CHILD + "/grants";
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

    /** The JSON of {@code envelope} with {@code escaped} (a JSON escape sequence) appended to {@code field}. */
    private static Attempt withEscape(String name, String path, ObjectNode body, String field, String escaped) {
        String marker = "@@" + field + "@@";
        set(body, field, JsonNodeFactory.instance.textNode(marker));
        return new Attempt(name, "POST", path, "application/json",
                body.toString().replace(marker, "x" + escaped).getBytes(StandardCharsets.UTF_8),
                body.path("eventId").asText(null));
    }

    private static ObjectNode grant() {
        return MAPPER.createObjectNode().put("agency", AGENCY).put("reason", "Joint investigation")
                .put("until", LocalDate.now(ZoneOffset.UTC).plusMonths(1).toString());
    }

    private static byte[] encoded(String json, String encoding) {
        return encoding.equals("BOM") ? ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8)
                : json.getBytes(Charset.forName(encoding));
    }

    /** Characters, encodings, methods and paths no client should send, against every kind of endpoint. */
    private List<Attempt> hostileTextAndProtocol() {
        List<Attempt> attempts = new ArrayList<>();
        for (String escaped : UNPRINTABLE) {
            for (String field : FIELDS) {
                attempts.add(withEscape("unprintable " + escaped + " in " + field, "/api/v1/events", valid(), field, escaped));
            }
            for (String field : List.of("agency", "reason", "until", "extra")) {
                attempts.add(withEscape("unprintable " + escaped + " in grant " + field, GRANTS, grant(), field, escaped));
            }
            ObjectNode batch = MAPPER.createObjectNode();
            batch.putArray("events").add(valid()).add(valid().put("summary", "@@S@@"));
            attempts.add(new Attempt("unprintable " + escaped + " in a batch item", "POST", "/api/v1/events/batch",
                    "application/json", batch.toString().replace("@@S@@", "x" + escaped).getBytes(StandardCharsets.UTF_8),
                    null));
            attempts.add(new Attempt("unprintable " + escaped + " in an agency name", "PUT", "/api/v1/agencies/HX-NAME",
                    "application/json", ("{\"name\":\"School" + escaped + "\",\"sector\":\"education\"}")
                    .getBytes(StandardCharsets.UTF_8), null));
            attempts.add(new Attempt("unprintable " + escaped + " in a key", "POST", "/api/v1/events", "application/json",
                    valid().toString().replace("\"summary\"", "\"k" + escaped + "\":1,\"summary\"")
                            .getBytes(StandardCharsets.UTF_8), null));
        }
        List<String> bodyPaths = List.of("/api/v1/events", "/api/v1/events/batch", GRANTS, "/api/v1/agencies/HX-ENC");
        for (String path : bodyPaths) {
            String json = path.endsWith("batch") ? MAPPER.createObjectNode().set("events",
                    MAPPER.createArrayNode().add(valid())).toString()
                    : path.equals(GRANTS) ? grant().toString()
                    : path.contains("agencies") ? "{\"name\":\"School\",\"sector\":\"education\"}" : valid().toString();
            String method = path.contains("agencies") ? "PUT" : "POST";
            for (String encoding : OTHER_ENCODINGS) {
                attempts.add(new Attempt(encoding + " body to " + path, method, path, "application/json",
                        encoded(json, encoding), null));
            }
            for (String charset : List.of("utf-16", "utf-32", "iso-8859-1", "\"x\"")) {
                attempts.add(new Attempt("charset " + charset + " to " + path, method, path,
                        "application/json; charset=" + charset, json.getBytes(StandardCharsets.UTF_8), null));
            }
            // Over every single-object limit; a batch's is 8 MiB, too much to send a thousand times over.
            attempts.add(new Attempt("oversized body to " + path, method, path, "application/json",
                    ("{\"a\":\"" + "x".repeat(300_000) + "\"}").getBytes(StandardCharsets.UTF_8), null));
            for (int cut = 1; cut < json.length(); cut += Math.max(1, json.length() / 6)) {
                attempts.add(new Attempt("truncated at " + cut + " to " + path, method, path, "application/json",
                        json.substring(0, cut).getBytes(StandardCharsets.UTF_8), null));
            }
        }
        List<String> paths = List.of("/api/v1/events", "/api/v1/events/batch", GRANTS, "/api/v1/grants/grant-x",
                "/api/v1/audit?firstReads=true", "/api/v1/children/" + CHILD + "/timeline",
                "/api/v1/children/" + CHILD + "/knowledge", "/api/v1/children/" + CHILD + "/export.pdf",
                "/api/v1/children/" + CHILD + "/gaps", "/api/v1/reviews", "/api/v1/me", "/error", "/actuator/health",
                "/app/", "/nowhere");
        for (String path : paths) {
            for (String method : BAD_METHODS) {
                attempts.add(new Attempt(method + " " + path, method, path, null, new byte[0], null));
            }
        }
        for (String bad : UNPRINTABLE_IN_PATHS) {
            for (String path : List.of("/api/v1/children/a" + bad + "b/timeline", "/api/v1/children/a" + bad + "b/grants",
                    "/api/v1/children/a" + bad + "b/export.pdf", "/api/v1/children/a" + bad + "b/knowledge",
                    "/api/v1/grants/grant-" + bad, "/api/v1/audit?firstReads=" + bad,
                    "/api/v1/audit?firstReads=true&child=" + bad, "/api/v1/children/" + CHILD + "/timeline?asOf=" + bad)) {
                attempts.add(new Attempt("unprintable " + bad + " in GET " + path, "GET", path, null, new byte[0], null));
            }
            attempts.add(new Attempt("unprintable " + bad + " in DELETE grant", "DELETE", "/api/v1/grants/grant-" + bad,
                    null, new byte[0], null));
        }
        for (String nasty : List.of("'%20OR%20'1'='1", "%3Cscript%3E", "..%2F..", "%22%7D", "true%00", "1e999",
                "x".repeat(2_000))) {
            for (String path : List.of("/api/v1/audit?firstReads=" + nasty, "/api/v1/grants/" + nasty,
                    "/api/v1/children/" + nasty + "/grants")) {
                attempts.add(new Attempt("nasty " + path, path.startsWith("/api/v1/grants") ? "DELETE" : "GET", path,
                        null, new byte[0], null));
            }
            attempts.add(withEscape("nasty grant reason " + nasty.length(), GRANTS, grant(), "reason", nasty));
        }
        return attempts;
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
        attempts.addAll(hostileTextAndProtocol());
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
        assertThat(attempts).hasSizeGreaterThan(1_000);
        long entriesBefore = storedEvents();
        long grantsBefore = storedGrants();
        Set<String> acknowledged = new LinkedHashSet<>();
        int granted = 0;
        List<String> failures = new ArrayList<>();
        for (Attempt attempt : attempts) {
            // Administrators' endpoints are tried as an administrator, so the hostile part is what is refused.
            boolean administrative = attempt.path().startsWith("/api/v1/audit") || attempt.path().contains("grants")
                    || attempt.path().startsWith("/api/v1/agencies");
            ApiClient client = administrative ? admin : attempt.method().equals("GET") ? reviewer : agency;
            ApiClient.Response response = client.raw(attempt.method(), attempt.path(), attempt.contentType(), attempt.body());
            if (response.status() >= 500) {
                failures.add(attempt.name() + ": " + response.status());
            } else if (response.status() >= 400 && !response.contentType().startsWith("application/problem+json")) {
                failures.add(attempt.name() + ": " + response.status() + " not problem+json");
            } else if (response.status() == 201 && attempt.path().equals(GRANTS)) {
                granted++;
            } else if (response.status() == 201 && attempt.path().equals("/api/v1/events")) {
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
        assertThat(storedEvents()).isEqualTo(entriesBefore + acknowledged.size());
        assertThat(storedGrants()).isEqualTo(grantsBefore + granted);
    }

    @Test
    void errorRequestedDirectlyIsANotFoundProblem() {
        ApiClient.Response response = api.get("/error");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"TRACE", "PROPFIND", "FOO", "get", "delete"})
    void aMethodNoEndpointAnswersIsAMethodNotAllowedProblem(String method) {
        ApiClient.Response response = admin.raw(method, "/api/v1/me", null, new byte[0]);
        assertThat(response.status()).as(response.text()).isEqualTo(405);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(405);
    }

    @Test
    void aPathTheFirewallRefusesIsABadRequestProblem() {
        ApiClient.Response response = admin.get("/api/v1/children/a;b/timeline");
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void strictTransportSecurityIsSentOnlyForRequestsThatCameOverTls() {
        HttpHeaders overTls = api.withHeader("X-Forwarded-Proto", "https").rawHeaders("/actuator/health");
        HttpHeaders plain = api.rawHeaders("/actuator/health");

        assertThat(overTls.firstValue("Strict-Transport-Security")).hasValueSatisfying(value ->
                assertThat(value).contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(plain.firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void healthDetailsAndMetricsAreForAdministratorsOnly() {
        registerAgencies(Map.of(AGENCY, "la.csc"));
        ApiClient.Response anonymousHealth = api.get("/actuator/health");
        assertThat(anonymousHealth.status()).isEqualTo(200);
        assertThat(anonymousHealth.json()).isEqualTo(MAPPER.createObjectNode().put("status", "UP"));
        assertThat(admin.get("/actuator/health").json().has("components")).isTrue();

        ApiClient.Response anonymousMetrics = api.get("/actuator/prometheus");
        ApiClient.Response agencyMetrics = asAgency(AGENCY).get("/actuator/prometheus");
        assertThat(anonymousMetrics.status()).isEqualTo(401);
        assertThat(anonymousMetrics.contentType()).startsWith("application/problem+json");
        assertThat(agencyMetrics.status()).isEqualTo(403);
        assertThat(agencyMetrics.contentType()).startsWith("application/problem+json");
        // Tests run without a metrics exporter (Spring Boot's default), so the endpoint itself is absent here.
        assertThat(admin.get("/actuator/prometheus").status()).as("an administrator passes").isNotIn(401, 403);
    }

    @Test
    void anAddressThatFailsAuthenticationTooOftenIsToldToRetryLater() {
        // Forwarded by a trusted (local) proxy, so the service sees this client address, and no other test's.
        ApiClient guesser = api.withHeader("X-Forwarded-For", "203.0.113.77");
        ApiClient wrongToken = guesser.as("chr_0000000000000000_" + "g".repeat(43));
        for (int i = 0; i < FAILED_AUTHENTICATIONS_BLOCKED_AT; i++) {
            assertThat(wrongToken.get("/api/v1/me").status()).isEqualTo(401);
        }

        ApiClient.Response blocked = wrongToken.get("/api/v1/me");
        HttpHeaders blockedHeaders = guesser.as(Service.ADMIN_TOKEN).rawHeaders("/api/v1/me");

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.contentType()).startsWith("application/problem+json");
        assertThat(blockedHeaders.firstValue("Retry-After")).as("even a good token waits").isPresent();
        assertThat(admin.withHeader("X-Forwarded-For", "203.0.113.78").get("/api/v1/me").status())
                .as("another address is not blocked").isEqualTo(200);
    }

    private long storedGrants() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier LIKE 'grant-%'",
                Long.class);
        return count == null ? 0 : count;
    }
}
