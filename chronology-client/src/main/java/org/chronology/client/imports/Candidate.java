package org.chronology.client.imports;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronology.client.api.FieldError;

import java.util.List;

/**
 * One event read from an input, with where it came from ({@code file}, 1-based {@code line}) and the
 * problems found in it locally; only a candidate without problems is sent.
 */
public record Candidate(String file, int line, JsonNode envelope, List<FieldError> problems) {

    public Candidate {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** The event id, when the envelope has a readable one. */
    public String eventId() {
        JsonNode id = envelope == null ? null : envelope.get("eventId");
        return id != null && id.isTextual() ? id.textValue() : null;
    }

    public String location() {
        return file + ":" + line;
    }
}
