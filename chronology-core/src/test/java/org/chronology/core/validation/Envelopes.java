package org.chronology.core.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.core.api.command.EntryCommand;

import java.time.Instant;

/** Builds submitted envelopes and parses them as the service would. */
public final class Envelopes {

    public static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final EnvelopeParser PARSER = new EnvelopeParser(new TestAgencies());

    private Envelopes() {
    }

    public static ObjectNode json(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    public static ObjectNode strategyMeeting(String eventId) {
        return json("{'eventId':'" + eventId + "','type':'strategy.meeting','recordingAgency':'CSC',"
                + "'occurredAt':'2018-03','children':['T-Twin1'],'summary':'Strategy meeting',"
                + "'details':{'invited':['CSC','POLICE'],'attended':['CSC'],'decision':'s47'}}");
    }

    public static ParseResult parse(JsonNode node) {
        return parse(node, NOW);
    }

    public static ParseResult parse(JsonNode node, Instant at) {
        return PARSER.parse(node, at);
    }

    public static EntryCommand command(JsonNode node) {
        return command(node, NOW);
    }

    public static EntryCommand command(JsonNode node, Instant at) {
        ParseResult result = parse(node, at);
        if (result instanceof ParseResult.Valid valid) {
            return valid.command();
        }
        throw new AssertionError("expected a valid envelope: " + result);
    }
}
