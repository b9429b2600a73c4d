package org.chronology.api.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The chronology as the published reviews print it (the Family T review's "Month | Action | Agency"): one row
 * per entry, the month written only where it changes. Retracted entries are left out; corrected ones show as
 * corrected. Shared by the PDF and Word exports, so both print the same table.
 */
final class ReviewTable {

    static final List<String> HEADINGS = List.of("Month", "Action", "Agency");
    static final List<String> FINDING_HEADINGS = List.of("When", "Rule", "Severity", "Agencies", "Evidence",
            "Children", "Explanation");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    record Row(String month, String action, String agency) {
    }

    private ReviewTable() {
    }

    static List<Row> rows(Chronology chronology) {
        List<Row> rows = new ArrayList<>();
        String previous = null;
        for (JsonNode entry : chronology.entries()) {
            if ("retracted".equals(entry.path("status").asText())) {
                continue;
            }
            String month = month(entry);
            rows.add(new Row(month.equals(previous) ? "" : month, action(entry), agency(entry)));
            previous = month;
        }
        return rows;
    }

    static List<List<String>> findings(Chronology chronology) {
        return chronology.findings().stream().map(f -> List.of(f.finding().occurredAt(), f.finding().rule(),
                f.finding().severity().toString().toLowerCase(Locale.ROOT), String.join(", ", f.finding().agencies()),
                String.join(", ", f.finding().evidence()), String.join(", ", f.children()),
                f.finding().explanation())).toList();
    }

    static String heading(Chronology chronology) {
        return "Chronology: " + chronology.name();
    }

    static String scope(Chronology chronology) {
        return "Children: " + String.join(", ", chronology.children()) + ". Period: " + chronology.periodText()
                + ". Findings as they stood on " + chronology.findingsAsOf() + ".";
    }

    /** The month an entry's period starts in; a year-precision date prints as its year. */
    static String month(JsonNode entry) {
        LocalDate start = LocalDate.parse(entry.get("period").get("from").asText());
        return "year".equals(entry.path("precision").asText()) ? Integer.toString(start.getYear()) : start.format(MONTH);
    }

    /** The summary, with the date's uncertainty when it is wider than the month printed and the event id. */
    static String action(JsonNode entry) {
        StringBuilder action = new StringBuilder(entry.get("summary").asText());
        String precision = entry.path("precision").asText();
        if (precision.equals("unknown") || (precision.equals("month") && !sameMonth(entry))) {
            action.append(" (date uncertain: ").append(day(entry, "from")).append(" to ").append(day(entry, "to"))
                    .append(')');
        }
        if ("corrected".equals(entry.path("status").asText())) {
            action.append(" (corrected)");
        }
        return action.append(" [").append(entry.get("eventId").asText()).append(']').toString();
    }

    /** The agency that acted, which is the one the reviews name; else the one that recorded. */
    static String agency(JsonNode entry) {
        JsonNode acting = entry.get("actingAgency");
        return acting == null || acting.isNull() ? entry.get("recordingAgency").asText() : acting.asText();
    }

    private static boolean sameMonth(JsonNode entry) {
        return entry.get("period").get("from").asText().substring(0, 7)
                .equals(entry.get("period").get("to").asText().substring(0, 7));
    }

    private static String day(JsonNode entry, String end) {
        return LocalDate.parse(entry.get("period").get(end).asText()).format(DAY);
    }
}
