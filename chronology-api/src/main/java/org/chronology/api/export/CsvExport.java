package org.chronology.api.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The chronology as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read it as such), one row per
 * entry with its status. A cell that a spreadsheet would run as a formula is prefixed with an apostrophe.
 */
final class CsvExport {

    private static final List<String> COLUMNS = List.of("occurredAt", "precision", "periodFrom", "periodTo", "eventId",
            "type", "recordingAgency", "actingAgency", "children", "adults", "worker", "summary", "status",
            "recordedAt", "source");

    private CsvExport() {
    }

    static byte[] write(Chronology chronology) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, COLUMNS);
        for (JsonNode entry : chronology.entries()) {
            JsonNode worker = entry.path("worker");
            line(csv, List.of(text(entry, "occurredAt"), text(entry, "precision"),
                    entry.get("period").get("from").asText(), entry.get("period").get("to").asText(),
                    text(entry, "eventId"), text(entry, "type"), text(entry, "recordingAgency"),
                    text(entry, "actingAgency"), joined(entry.get("children")), joined(entry.get("adults")),
                    worker.isObject() ? text(worker, "id") + " (" + text(worker, "role") + ")" : "",
                    text(entry, "summary"), text(entry, "status"), text(entry, "recordedAt"), text(entry, "source")));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        List<String> quoted = new ArrayList<>(cells.size());
        for (String cell : cells) {
            quoted.add(cell(cell));
        }
        csv.append(String.join(",", quoted)).append("\r\n");
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("(?s).*[\",\r\n].*") ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static String joined(JsonNode list) {
        List<String> values = new ArrayList<>();
        if (list != null) {
            list.forEach(v -> values.add(v.asText()));
        }
        return String.join(";", values);
    }
}
