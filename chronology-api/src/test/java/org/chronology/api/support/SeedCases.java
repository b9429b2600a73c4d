package org.chronology.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.chronology.api.support.ApiClient.MAPPER;

/**
 * The published reviews' chronologies as the agencies would have recorded them: {@code demo/seed-cases-facts.json}
 * (main resources: the demo loads it too), contract envelopes whose details hold only fields of the vocabulary of
 * facts. The annotated
 * {@code shared/seed-cases.json} stays the record of what the reviewers concluded; its expected findings are
 * copied here, kept apart from the facts, and no test reads its conclusion keys.
 */
public final class SeedCases {

    public static final String RESOURCE = "/demo/seed-cases-facts.json";

    private static final JsonNode ROOT = read();

    private SeedCases() {
    }

    public static SeedCases load() {
        return new SeedCases();
    }

    private static JsonNode read() {
        try (InputStream in = SeedCases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every agency code of the seed, with its sector, ready for {@code PUT /api/v1/agencies/{code}}. */
    public static Map<String, String> agencySectors() {
        Map<String, String> sectors = new LinkedHashMap<>();
        ROOT.get("agencies").fields().forEachRemaining(agency -> sectors.put(agency.getKey(), agency.getValue().asText()));
        return sectors;
    }

    /** The case as the fixture holds it: {@code case}, {@code reviewPeriod}, {@code children}, {@code agencies}, {@code people}, {@code events}, {@code expected}. */
    public JsonNode seedCase(String name) {
        for (JsonNode c : ROOT.get("cases")) {
            if (c.get("case").asText().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no seed case " + name);
    }

    public List<String> caseNames() {
        List<String> names = new ArrayList<>();
        ROOT.get("cases").forEach(c -> names.add(c.get("case").asText()));
        return names;
    }

    /** The case's agency records in the seed's order, then its people's particulars and relationships: fresh copies. */
    public List<ObjectNode> envelopes(String caseName) {
        List<ObjectNode> envelopes = new ArrayList<>(agencyRecords(caseName));
        seedCase(caseName).get("people").forEach(e -> envelopes.add(e.deepCopy()));
        return envelopes;
    }

    /** The case's agency records only, without the person.recorded and relationship.recorded entries. */
    public List<ObjectNode> agencyRecords(String caseName) {
        List<ObjectNode> envelopes = new ArrayList<>();
        seedCase(caseName).get("events").forEach(e -> envelopes.add(e.deepCopy()));
        return envelopes;
    }

    /** The reviewers' expected findings: {@code reviewers} (as the annotated seed states them), {@code children}, {@code period}. */
    public List<JsonNode> expectedFindings(String caseName) {
        List<JsonNode> expected = new ArrayList<>();
        seedCase(caseName).get("expected").get("gaps").forEach(expected::add);
        return expected;
    }

    /** The date a review judges the record as of: the end of its period; reviews that give none, today. */
    public LocalDate asOf(String caseName) {
        JsonNode period = seedCase(caseName).path("reviewPeriod");
        return period.hasNonNull("to") ? LocalDate.parse(period.get("to").asText()) : LocalDate.now();
    }
}
