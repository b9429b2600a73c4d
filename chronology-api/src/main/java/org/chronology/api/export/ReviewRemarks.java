package org.chronology.api.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronology.api.workspace.Workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a review prints beside a row: the findings its entries triggered, with the reviewer's verdict (a
 * dismissal with its reason), and the reviewer's notes and own findings on those entries, each named as the
 * reviewer's. Kept apart from the Action column, which holds the agencies' facts only.
 */
final class ReviewRemarks {

    static final String APART_HEADING = "The reviewer's notes on periods, and findings citing no entry";
    static final List<String> OWN_HEADINGS = List.of("When", "Reviewer's note or finding", "Reviewer");

    private ReviewRemarks() {
    }

    /** Remarks on a row of {@code entries} (keys {@code agency:eventId}). */
    static String beside(Chronology chronology, List<JsonNode> entries, List<String> keys) {
        Workspace workspace = chronology.workspace();
        Set<String> eventIds = Set.copyOf(entries.stream().map(e -> e.get("eventId").asText()).toList());
        List<String> remarks = new ArrayList<>();
        for (Chronology.ChildFinding finding : chronology.findings()) {
            if (!finding.finding().evidence().isEmpty() && eventIds.contains(finding.finding().evidence().get(0))) {
                remarks.add("Finding " + finding.finding().rule() + verdict(workspace, finding.key()));
                workspace.notesOn("finding", finding.key()).forEach(note -> remarks.add(note(note)));
            }
        }
        for (String key : keys) {
            workspace.notesOn("entry", key).forEach(note -> remarks.add(note(note)));
        }
        workspace.findings().stream().filter(f -> f.entries().stream().anyMatch(keys::contains))
                .forEach(f -> remarks.add(own(f)));
        return String.join(" · ", remarks);
    }

    /** The verdict as printed after a finding's rule: empty while the finding is not triaged. */
    static String verdict(Workspace workspace, String findingKey) {
        Workspace.Triage triage = workspace.triage().get(findingKey);
        if (triage == null) {
            return "";
        }
        return triage.dismissed() ? ": dismissed by " + triage.author() + ", because " + triage.reason()
                : ": confirmed by " + triage.author() + (triage.reason() == null ? "" : " (" + triage.reason() + ")");
    }

    /** Notes on periods, and the reviewer's findings that cite no entry: When | Note or finding | Reviewer. */
    static List<List<String>> apart(Chronology chronology) {
        List<List<String>> rows = new ArrayList<>();
        chronology.workspace().notes().stream().filter(n -> n.on().equals("period"))
                .forEach(n -> rows.add(List.of(n.from() + " to " + n.to(), n.text(), n.author())));
        chronology.workspace().findings().stream().filter(f -> f.entries().isEmpty())
                .forEach(f -> rows.add(List.of(f.on().toString(), finding(f), f.author())));
        return rows;
    }

    private static String note(Workspace.Note note) {
        return "Reviewer's note (" + note.author() + "): " + note.text();
    }

    private static String own(Workspace.OwnFinding finding) {
        return "Reviewer's finding (" + finding.author() + "): " + finding(finding);
    }

    private static String finding(Workspace.OwnFinding finding) {
        String pattern = finding.pattern().replace('_', ' ');
        return (pattern.equals("other") ? "" : pattern.substring(0, 1).toUpperCase(Locale.ROOT) + pattern.substring(1)
                + ": ") + finding.text();
    }
}
