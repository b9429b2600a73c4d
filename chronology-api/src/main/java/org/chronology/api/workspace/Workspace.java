package org.chronology.api.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A review's workspace as its reviewers and administrators read it: the reviewers' notes, their own findings,
 * their verdicts on the rules' findings (by finding key) and their split and join decisions, in order. Every item
 * names its author: it is the reviewer's, not an agency's record.
 */
public record Workspace(List<Note> notes, List<OwnFinding> findings, Map<String, Triage> triage,
                        List<RowDecision> decisions) {

    public static final Workspace EMPTY = new Workspace(List.of(), List.of(), Map.of(), List.of());

    /** {@code on} is entry, finding or period; {@code ref} the entry or finding key, or null for a period. */
    public record Note(String noteId, String on, String ref, LocalDate from, LocalDate to, String text, String author,
                       Instant writtenAt) {
    }

    public record OwnFinding(String findingId, String pattern, LocalDate on, List<String> entries, String text,
                             String author, Instant raisedAt) {
    }

    /** {@code verdict}: confirmed or dismissed; a dismissal always has its reason. */
    public record Triage(String findingKey, String rule, String verdict, String reason, String author,
                         Instant triagedAt) {

        public boolean dismissed() {
            return "dismissed".equals(verdict);
        }
    }

    /** {@code kind}: split (one entry taken out of its row) or join (these entries shown as one row). */
    public record RowDecision(String kind, List<String> entries, String author, Instant decidedAt) {
    }

    /** Notes about one entry or finding ({@code on} entry or finding), oldest first. */
    public List<Note> notesOn(String on, String ref) {
        return notes.stream().filter(n -> n.on().equals(on) && ref.equals(n.ref())).toList();
    }
}
