package org.chronology.api.workspace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.chronology.projections.json.Json.MAPPER;

/** Timeline entries as the timeline projection stores them, with just the fields rows and tables read. */
public final class TimelineEntries {

    private TimelineEntries() {
    }

    public static ObjectNode entry(String agency, String eventId, String type, String from, String to,
                                   String... children) {
        ObjectNode entry = MAPPER.createObjectNode();
        entry.put("eventId", eventId);
        entry.put("type", type);
        entry.put("recordingAgency", agency);
        entry.putObject("period").put("from", from).put("to", to);
        entry.put("status", "current");
        entry.put("summary", type + " recorded by " + agency);
        entry.put("precision", from.equals(to) ? "day" : "month");
        ArrayNode list = entry.putArray("children");
        for (String child : children) {
            list.add(child);
        }
        return entry;
    }
}
