package org.chronology.projections.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.core.api.event.EntryCorrected;
import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.EntryRetracted;
import org.chronology.core.api.event.Occurrence;
import org.chronology.core.api.event.details.CorrectionDetails;

import java.util.List;

import static org.chronology.projections.json.Json.MAPPER;

/**
 * The timeline entry as the API shows it (api-contract.md, "Reading"), built from the recorded event, and
 * the folding of corrections and retractions into it. Folding is one function so that the live timeline and
 * the "as known at an instant" view cannot disagree about what a correction does.
 */
final class TimelineDocuments {

    static final String CURRENT = "current";
    static final String CORRECTED = "corrected";
    static final String RETRACTED = "retracted";

    private TimelineDocuments() {
    }

    static ObjectNode entry(EntryRecorded event) {
        EntryHeader header = event.entry();
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("eventId", header.eventId());
        doc.put("type", event.type().code());
        doc.put("recordingAgency", header.recordingAgency());
        doc.put("actingAgency", header.actingAgency());
        putOccurrence(doc, header.occurrence());
        doc.put("recordedAt", header.recordedAt().toString());
        doc.set("children", MAPPER.valueToTree(header.children()));
        doc.set("adults", MAPPER.valueToTree(header.adults()));
        doc.set("worker", MAPPER.valueToTree(header.worker()));
        doc.put("summary", header.summary());
        doc.set("details", MAPPER.valueToTree(event.details()));
        doc.set("knownTo", MAPPER.valueToTree(header.knownTo()));
        if (header.source() != null) {
            doc.put("source", header.source());
        }
        doc.put("status", CURRENT);
        doc.set("corrections", MAPPER.createArrayNode());
        return doc;
    }

    private static void putOccurrence(ObjectNode doc, Occurrence when) {
        doc.put("occurredAt", when.occurredAt());
        doc.put("precision", when.precision().code());
        doc.put("occurredNotBefore", when.notBefore() == null ? null : when.notBefore().toString());
        doc.put("occurredNotAfter", when.notAfter() == null ? null : when.notAfter().toString());
        if (when.estimated() != null) {
            doc.put("estimated", when.estimated());
        }
        if (when.dateBasis() != null) {
            doc.put("dateBasis", when.dateBasis());
        }
        ObjectNode period = doc.putObject("period");
        period.put("from", when.earliest().toString());
        period.put("to", when.latest().toString());
        doc.put("sortKey", when.sortKey());
    }

    static ObjectNode revision(EntryCorrected event) {
        ObjectNode doc = revisionHeader(event.correction(), "entry.corrected");
        CorrectionDetails fix = event.details();
        ObjectNode changes = doc.putObject("changes");
        if (fix.occurrence() != null) {
            putOccurrence(changes, fix.occurrence());
        }
        putIfSet(changes, "summary", fix.summary());
        putIfSet(changes, "actingAgency", fix.actingAgency());
        putIfSet(changes, "children", fix.children());
        putIfSet(changes, "adults", fix.adults());
        putIfSet(changes, "worker", fix.worker());
        putIfSet(changes, "knownTo", fix.knownTo());
        putIfSet(changes, "details", fix.details());
        return doc;
    }

    static ObjectNode revision(EntryRetracted event) {
        ObjectNode doc = revisionHeader(event.retraction(), "entry.retracted");
        doc.put("reason", event.details().reason());
        return doc;
    }

    private static ObjectNode revisionHeader(EntryHeader header, String type) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("eventId", header.eventId());
        doc.put("type", type);
        doc.put("recordedAt", header.recordedAt().toString());
        doc.put("summary", header.summary());
        return doc;
    }

    private static void putIfSet(ObjectNode doc, String field, Object value) {
        if (value != null) {
            doc.set(field, MAPPER.valueToTree(value));
        }
    }

    /**
     * Applies revisions, oldest first, to the entry as first recorded: corrected fields replace the entry's,
     * the replaced values are kept in the history, and a retraction marks the entry retracted.
     */
    static ObjectNode fold(ObjectNode original, List<ObjectNode> revisions) {
        ObjectNode doc = original.deepCopy();
        ArrayNode history = doc.putArray("corrections");
        for (ObjectNode revision : revisions) {
            ObjectNode item = revision.deepCopy();
            if (revision.has("changes")) {
                ObjectNode previous = item.putObject("previous");
                revision.get("changes").fields().forEachRemaining(change -> {
                    previous.set(change.getKey(), doc.get(change.getKey()));
                    doc.set(change.getKey(), change.getValue());
                });
                if (!RETRACTED.equals(doc.path("status").asText())) {
                    doc.put("status", CORRECTED);
                }
            } else {
                doc.put("status", RETRACTED);
            }
            history.add(item);
        }
        return doc;
    }

    static String text(JsonNode doc, String field) {
        JsonNode value = doc.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
