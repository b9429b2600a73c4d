package org.chronology.client.imports;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: a fixed clock for the checks, and reading a source into a list. */
final class Sources {

    static final ObjectMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    static final EnvelopeCheck CHECK = new EnvelopeCheck(Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC));

    private Sources() {
    }

    static List<Candidate> read(EventSource source) throws IOException {
        List<Candidate> candidates = new ArrayList<>();
        source.read(candidates::add);
        return candidates;
    }
}
