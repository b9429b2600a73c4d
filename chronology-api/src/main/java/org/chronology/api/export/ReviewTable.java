package org.chronology.api.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.chronology.api.workspace.MergedRows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The chronology as the published reviews print it (the Family T review's "Month | Action | Agency"): one row
 * per entry, the month written only where it changes. Retracted entries are left out; corrected ones show as
 * corrected. A review prints one row per happening (its sources' actions and agencies together), with the
 * findings and the reviewer's notes beside it. Shared by the PDF and Word exports, so both print the same table.
 */
final class ReviewTable {

    static final List<String> HEADINGS = List.of("Month", "Action", "Agency");
    static final List<String> REVIEW_HEADINGS = List.of("Month", "Action", "Agency", "Findings and reviewer's notes");
    static final List<String> FINDING_HEADINGS = List.of("When", "Rule", "Severity", "Agencies", "Evidence",
            "Children", "Explanation");
    static final List<String> REVIEW_FINDING_HEADINGS = List.of("When", "Rule", "Severity", "Agencies", "Evidence",
            "Children", "Explanation", "Reviewer's verdict");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** {@code remarks}: the findings and reviewer's notes beside the row; empty outside a review. */
    record Row(String month, String action, String agency, String remarks) {

        Row(String month, String action, String agency) {
            this(month, action, agency, "");
        }

        List<String> cells(boolean review) {
            return review ? List.of(month, action, agency, remarks) : List.of(month, action, agency);
        }
    }

    private ReviewTable() {
    }

    static boolean isReview(Chronology chronology) {
        return chronology.rows() != null;
    }

    static List<String> headings(Chronology chronology) {
        return isReview(chronology) ? REVIEW_HEADINGS : HEADINGS;
    }

    static List<String> findingHeadings(Chronology chronology) {
        return isReview(chronology) ? REVIEW_FINDING_HEADINGS : FINDING_HEADINGS;
    }

    static List<Row> rows(Chronology chronology) {
        return isReview(chronology) ? reviewRows(chronology) : entryRows(chronology);
    }

    /** One row per happening: the sources' actions in timeline order, their agencies, the remarks beside them. */
    private static List<Row> reviewRows(Chronology chronology) {
        Map<String, JsonNode> byKey = new HashMap<>();
        chronology.entries().forEach(e -> byKey.put(e.get("recordingAgency").asText() + ":" + e.get("eventId").asText(), e));
        List<Row> rows = new ArrayList<>();
        String previous = null;
        for (MergedRows.Row row : chronology.rows()) {
            List<JsonNode> sources = row.sources().stream().map(byKey::get).toList();
            String month = month(sources.get(0));
            rows.add(new Row(month.equals(previous) ? "" : month,
                    String.join(" / ", sources.stream().map(ReviewTable::action).toList()),
                    String.join(", ", new LinkedHashSet<>(sources.stream().map(ReviewTable::agency).toList())),
                    ReviewRemarks.beside(chronology, sources, row.sources())));
            previous = month;
        }
        return rows;
    }

    private static List<Row> entryRows(Chronology chronology) {
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
        return chronology.findings().stream().map(f -> {
            List<String> cells = new ArrayList<>(List.of(f.finding().occurredAt(), f.finding().rule(),
                    f.finding().severity().toString().toLowerCase(Locale.ROOT), String.join(", ", f.finding().agencies()),
                    String.join(", ", f.finding().evidence()), String.join(", ", f.children()),
                    f.finding().explanation()));
            if (isReview(chronology)) {
                String verdict = ReviewRemarks.verdict(chronology.workspace(), f.key());
                cells.add(verdict.isEmpty() ? "not triaged" : verdict.substring(2));
            }
            return List.copyOf(cells);
        }).toList();
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
