package org.chronology.api.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The published reviews' chronologies as their agencies would have recorded them ({@code demo/seed-cases-facts.json}):
 * the agencies, and per case its records then its people's particulars, as contract envelopes. Only those facts
 * are read; the reviewers' conclusions kept beside them in the file are not.
 */
record SeedChronologies(Map<String, String> agencySectors, List<String> children, List<JsonNode> envelopes) {

    static final String RESOURCE = "/demo/seed-cases-facts.json";

    static SeedChronologies read(ObjectMapper mapper) {
        try (InputStream in = SeedChronologies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not in the jar");
            }
            JsonNode root = mapper.readTree(in);
            Map<String, String> sectors = new LinkedHashMap<>();
            root.get("agencies").fields().forEachRemaining(a -> sectors.put(a.getKey(), a.getValue().asText()));
            Set<String> children = new LinkedHashSet<>();
            List<JsonNode> envelopes = new ArrayList<>();
            for (JsonNode seedCase : root.get("cases")) {
                seedCase.get("children").forEach(child -> children.add(child.asText()));
                seedCase.get("events").forEach(envelopes::add);
                seedCase.get("people").forEach(envelopes::add);
            }
            return new SeedChronologies(Collections.unmodifiableMap(sectors), List.copyOf(children), List.copyOf(envelopes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first day of the earliest record's year: the review covers every record. */
    LocalDate from() {
        return LocalDate.of(years().get(0), 1, 1);
    }

    /** The last day of the latest record's year. */
    LocalDate to() {
        List<Integer> years = years();
        return LocalDate.of(years.get(years.size() - 1), 12, 31);
    }

    private List<Integer> years() {
        return envelopes.stream().map(e -> e.path("occurredAt").asText())
                .filter(date -> date.matches("\\d{4}.*")).map(date -> Integer.parseInt(date.substring(0, 4)))
                .sorted().toList();
    }
}
