package org.chronology.api.support;

import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.chronology.api.support.ApiClient.MAPPER;

/** Small envelopes for tests that need a few events of their own. */
public final class Envelope {

    private Envelope() {
    }

    public static ObjectNode of(String eventId, String type, String agency, String occurredAt, String child,
                                String summary) {
        ObjectNode envelope = MAPPER.createObjectNode();
        envelope.put("eventId", eventId);
        envelope.put("type", type);
        envelope.put("recordingAgency", agency);
        envelope.put("occurredAt", occurredAt);
        envelope.putArray("children").add(child);
        envelope.put("summary", summary);
        return envelope;
    }

    /** A social worker allocated to the child. */
    public static ObjectNode allocation(String eventId, String agency, String occurredAt, String child, String worker) {
        ObjectNode envelope = of(eventId, "worker.allocated", agency, occurredAt, child, "Social worker allocated");
        envelope.putObject("worker").put("id", worker).put("role", "SOCIAL_WORKER");
        return envelope;
    }

    public static ObjectNode correction(String eventId, String agency, String correctsEventId) {
        ObjectNode envelope = MAPPER.createObjectNode();
        envelope.put("eventId", eventId);
        envelope.put("type", "entry.corrected");
        envelope.put("recordingAgency", agency);
        envelope.put("summary", "Correction of " + correctsEventId);
        envelope.putObject("details").put("correctsEventId", correctsEventId);
        return envelope;
    }
}
