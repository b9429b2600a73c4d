package org.chronology.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.chronology.api.support.ApiClient.MAPPER;

/**
 * The published reviews' chronologies ({@code shared/seed-cases.json}) converted to contract envelopes.
 * The seed is a neutral reconstruction, looser than the contract: agency cells such as "CSC (twins' SW)",
 * month-form date bounds and free-text workers are normalised here, and nothing else is changed.
 */
public final class SeedCases {

    private static final Pattern AGENCY = Pattern.compile("[A-Z0-9-]{2,32}");
    private static final Pattern ID_UNSAFE = Pattern.compile("[^A-Za-z0-9._:-]+");
    private static final Set<String> ENVELOPE_KEYS = Set.of("id", "seq", "date", "datePrecision", "agency",
            "recordingAgency", "type", "children", "summary", "source", "estimated", "dateBasis", "dateBounds",
            "persons", "worker", "role", "roles", "forPerson");
    private static final Set<String> AGENCY_LIST_KEYS = Set.of("invited", "attended", "reportsSubmitted", "to",
            "sharedWith", "partnersNotified", "contributors");
    private static final Set<String> AGENCY_KEYS = Set.of("referredTo", "from");
    private static final Map<String, String> SECTORS = Map.ofEntries(
            Map.entry("CSC", "la.csc"), Map.entry("MASH", "la.frontdoor"), Map.entry("EDT", "la.edt"),
            Map.entry("IRO", "la.iro"), Map.entry("FOSTERING", "la.csc"), Map.entry("EARLY-HELP", "la.earlyhelp"),
            Map.entry("YOS", "la.earlyhelp"), Map.entry("COURT", "justice.court"), Map.entry("POLICE", "justice.police"),
            Map.entry("BHT", "health.acute"), Map.entry("NCUHT", "health.acute"), Map.entry("HOSP", "health.acute"),
            Map.entry("ED", "health.acute"), Map.entry("HV", "health.community"), Map.entry("MW", "health.community"),
            Map.entry("FNP", "health.community"), Map.entry("GP", "health.primary"), Map.entry("CAMHS", "health.mh"),
            Map.entry("UPLIFT", "health.mh"), Map.entry("ADDACTION", "health.mh"), Map.entry("EDUCATION", "education"),
            Map.entry("STARS", "education"), Map.entry("K2", "vcs"), Map.entry("RU-SAFE", "vcs"),
            Map.entry("FAMILY", "family"), Map.entry("BSCB", "governance"), Map.entry("LSCB", "governance"),
            Map.entry("NATIONAL-PANEL", "governance"), Map.entry("UNSPECIFIED", "la.other"));

    private final JsonNode root;

    private SeedCases(JsonNode root) {
        this.root = root;
    }

    public static SeedCases load() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path at = dir; at != null; at = at.getParent()) {
            Path candidate = at.resolve("shared").resolve("seed-cases.json");
            if (Files.isRegularFile(candidate)) {
                try {
                    return new SeedCases(MAPPER.readTree(candidate.toFile()));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("shared/seed-cases.json not found above " + dir);
    }

    /** Every agency code the seed uses, with its sector, ready for {@code PUT /api/v1/agencies/{code}}. */
    public static Map<String, String> agencySectors() {
        return SECTORS;
    }

    public JsonNode seedCase(String name) {
        for (JsonNode c : root.get("cases")) {
            if (c.get("case").asText().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no seed case " + name);
    }

    public List<String> caseNames() {
        List<String> names = new ArrayList<>();
        root.get("cases").forEach(c -> names.add(c.get("case").asText()));
        return names;
    }

    /** The case's events as contract envelopes, in the seed's order, with the facts its prose adds. */
    public List<ObjectNode> envelopes(String caseName) {
        JsonNode seedCase = seedCase(caseName);
        String fallbackNotAfter = latestBound(seedCase);
        List<ObjectNode> envelopes = new ArrayList<>();
        for (JsonNode event : seedCase.get("events")) {
            envelopes.addAll(convert(event, fallbackNotAfter));
        }
        if (caseName.equals("Family T")) {
            envelopes.addAll(twinsEarlierSocialWorkers());
        }
        return envelopes;
    }

    /**
     * The Family T table records only the twins' third social worker (T-050, May 2018, "their third"); the
     * review's text (§5.42, and the seed's own note) places the first at the March 2018 home visit (T-031) and
     * leaves the second undated between them. These are those two allocations, marked as estimated.
     */
    private static List<ObjectNode> twinsEarlierSocialWorkers() {
        ObjectNode first = twinsAllocation("T-031.SW", "T-Twins-SW-1",
                "The twins' first social worker, who made the March 2018 home visit (T-031)",
                "named at the Mar-2018 home visit, 000 Tbl Mar-2018");
        first.put("occurredAt", "2018-03");
        ObjectNode second = twinsAllocation("T-050.SW-2", "T-Twins-SW-2", "The twins' second social worker was allocated",
                "undated in the review: between the first (Mar-2018) and the third (May-2018), 000 §5.42");
        second.put("occurredNotBefore", "2018-03-01");
        second.put("occurredNotAfter", "2018-05-31");
        return List.of(first, second);
    }

    private static ObjectNode twinsAllocation(String eventId, String workerId, String summary, String dateBasis) {
        ObjectNode envelope = MAPPER.createObjectNode();
        envelope.put("eventId", eventId);
        envelope.put("type", "worker.allocated");
        envelope.put("recordingAgency", "CSC");
        envelope.put("estimated", true);
        envelope.put("dateBasis", dateBasis);
        envelope.putArray("children").add("T-Twin1").add("T-Twin2");
        envelope.putObject("worker").put("id", workerId).put("role", "SOCIAL_WORKER");
        envelope.put("summary", summary);
        envelope.put("source", "000 §5.42");
        return envelope;
    }

    private static List<ObjectNode> convert(JsonNode event, String fallbackNotAfter) {
        ObjectNode envelope = MAPPER.createObjectNode();
        envelope.put("eventId", event.get("id").asText());
        envelope.put("type", event.get("type").asText());
        String agency = event.get("agency").asText();
        if (event.hasNonNull("recordingAgency")) {
            envelope.put("recordingAgency", event.get("recordingAgency").asText());
            if (!agency.equals(event.get("recordingAgency").asText())) {
                envelope.put("actingAgency", agency);
            }
        } else {
            envelope.put("recordingAgency", agency);
        }
        putDate(envelope, event, fallbackNotAfter);
        envelope.set("children", event.get("children"));
        ArrayNode adults = MAPPER.createArrayNode();
        event.path("persons").forEach(person -> adults.add(personId(person.asText())));
        if (!adults.isEmpty()) {
            envelope.set("adults", adults);
        }
        envelope.put("summary", event.get("summary").asText());
        envelope.put("source", event.get("source").asText());
        envelope.set("details", details(event));
        if (!event.get("type").asText().startsWith("worker.")) {
            if (event.hasNonNull("worker")) {
                ((ObjectNode) envelope.get("details")).put("workerDescription", event.get("worker").asText());
            }
            return List.of(envelope);
        }
        return workerEnvelopes(envelope, event);
    }

    /** The seed names roles ("SW", "PA") but no worker ids: one envelope per role, with a derived worker id. */
    private static List<ObjectNode> workerEnvelopes(ObjectNode envelope, JsonNode event) {
        List<String> roles = new ArrayList<>();
        if (event.has("roles")) {
            event.get("roles").forEach(r -> roles.add(r.asText()));
        } else {
            roles.add(event.path("role").asText("SW"));
        }
        List<ObjectNode> envelopes = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            ObjectNode copy = envelope.deepCopy();
            if (i > 0) {
                copy.put("eventId", envelope.get("eventId").asText() + "." + roles.get(i));
            }
            ObjectNode worker = copy.putObject("worker");
            worker.put("id", envelope.get("eventId").asText() + "-" + roles.get(i));
            worker.put("role", "PA".equals(roles.get(i)) ? "PERSONAL_ADVISER" : "SOCIAL_WORKER");
            envelopes.add(copy);
        }
        return envelopes;
    }

    private static ObjectNode details(JsonNode event) {
        ObjectNode details = MAPPER.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = event.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (ENVELOPE_KEYS.contains(key) || value.isNull()) {
                continue;
            }
            if (AGENCY_LIST_KEYS.contains(key)) {
                ArrayNode codes = MAPPER.createArrayNode();
                (value.isArray() ? value : MAPPER.createArrayNode().add(value))
                        .forEach(v -> agencyCode(v.asText()).ifPresent(codes::add));
                details.set(key, codes);
                if (codes.size() < (value.isArray() ? value.size() : 1)) {
                    details.set(key + "Note", value);
                }
            } else if (AGENCY_KEYS.contains(key)) {
                agencyCode(value.asText()).ifPresentOrElse(code -> details.put(key, code),
                        () -> details.set(key + "Note", value));
            } else {
                details.set(key, value);
            }
        }
        return details;
    }

    /** Names the seed writes out where the contract wants a code (agencyCodes: CSC is "Children's Services"). */
    private static final Map<String, String> NAMED = Map.of("Children's Services", "CSC");

    private static java.util.Optional<String> agencyCode(String cell) {
        for (Map.Entry<String, String> named : NAMED.entrySet()) {
            if (cell.startsWith(named.getKey())) {
                return java.util.Optional.of(named.getValue());
            }
        }
        String first = cell.trim().split("[ (]", 2)[0];
        return AGENCY.matcher(first).matches() && SECTORS.containsKey(first)
                ? java.util.Optional.of(first) : java.util.Optional.empty();
    }

    private static void putDate(ObjectNode envelope, JsonNode event, String fallbackNotAfter) {
        String precision = event.get("datePrecision").asText();
        String date = event.path("date").asText(null);
        switch (precision) {
            case "day" -> envelope.put("occurredAt", date);
            case "month" -> envelope.put("occurredAt", date.substring(0, 7));
            case "year" -> envelope.put("occurredAt", date.substring(0, 4));
            default -> {
                JsonNode bounds = event.path("dateBounds");
                String notBefore = bounds.path("notBefore").asText(null);
                String notAfter = bounds.path("notAfter").asText(null);
                if (notBefore == null && notAfter == null) {
                    notAfter = fallbackNotAfter;
                }
                if (notBefore != null) {
                    envelope.put("occurredNotBefore", notBefore.length() == 7 ? notBefore + "-01" : notBefore);
                }
                if (notAfter != null) {
                    envelope.put("occurredNotAfter", notAfter.length() == 7
                            ? YearMonth.parse(notAfter).atEndOfMonth().toString() : notAfter);
                }
            }
        }
        if (event.path("estimated").asBoolean(false)) {
            envelope.put("estimated", true);
        }
        if (event.hasNonNull("dateBasis")) {
            envelope.put("dateBasis", event.get("dateBasis").asText());
        }
    }

    /** Undated events with no bounds at all take the latest bound the case gives elsewhere. */
    private static String latestBound(JsonNode seedCase) {
        String latest = null;
        for (JsonNode event : seedCase.get("events")) {
            String notAfter = event.path("dateBounds").path("notAfter").asText(null);
            if (notAfter != null && (latest == null || notAfter.compareTo(latest) > 0)) {
                latest = notAfter;
            }
        }
        return latest != null ? latest : java.time.LocalDate.now().toString();
    }

    private static String personId(String name) {
        String id = ID_UNSAFE.matcher(name).replaceAll("-");
        return id.length() > 64 ? id.substring(0, 64) : id;
    }

    /** The seed's own order of a case's events, by id. */
    public Map<String, Integer> sequence(String caseName) {
        Map<String, Integer> order = new LinkedHashMap<>();
        seedCase(caseName).get("events").forEach(e -> order.put(e.get("id").asText(), e.get("seq").asInt()));
        return order;
    }
}
