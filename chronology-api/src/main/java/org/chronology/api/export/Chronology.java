package org.chronology.api.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.chronology.api.openapi.TimelineSchemas;
import org.chronology.api.workspace.FindingKeys;
import org.chronology.api.workspace.MergedRows;
import org.chronology.api.workspace.Workspace;
import org.chronology.projections.gaps.Finding;

import java.time.LocalDate;
import java.util.List;

/**
 * A chronology as a review reads it: the entries of one child, or of a review's children merged (each entry
 * once), in timeline order, with the gap findings as they stood at the end of the period.
 *
 * @param name      the child's id or the review's name
 * @param children  the children it covers
 * @param from      start of the period shown ({@code null}: from the first entry)
 * @param to        end of the period shown ({@code null}: to date)
 * @param entries   timeline entries as the timeline endpoint returns them
 * @param rows      a review's rows, one per happening, each with its sources; {@code null} outside a review
 * @param workspace a review's notes, own findings, triage and merge decisions; {@code null} outside a review
 */
public record Chronology(String name, List<String> children, LocalDate from, LocalDate to, LocalDate findingsAsOf,
                         @ArraySchema(schema = @Schema(ref = TimelineSchemas.ENTRY)) List<JsonNode> entries,
                         List<ChildFinding> findings,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<MergedRows.Row> rows,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Workspace workspace) {

    /** A chronology of a child or a person, outside any review. */
    public Chronology(String name, List<String> children, LocalDate from, LocalDate to, LocalDate findingsAsOf,
                      List<JsonNode> entries, List<ChildFinding> findings) {
        this(name, children, from, to, findingsAsOf, entries, findings, null, null);
    }

    /** A finding and the children it was found for (the same gap often shows in siblings' records). */
    public record ChildFinding(@JsonUnwrapped Finding finding, List<String> children) {

        /** What a reviewer's verdict and notes on this finding refer to. */
        @JsonProperty("key")
        public String key() {
            return FindingKeys.of(finding);
        }
    }

    /** This chronology as its review's rows and workspace show it. */
    Chronology inReview(Workspace workspace) {
        return new Chronology(name, children, from, to, findingsAsOf, entries, findings,
                MergedRows.of(entries, workspace.decisions()), workspace);
    }

    /** Where a file of this chronology is named: letters, digits and dashes only. */
    String fileStem() {
        return "chronology-" + name.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("(^-+|-+$)", "");
    }

    String periodText() {
        if (from == null && to == null) {
            return "all recorded entries";
        }
        return (from == null ? "the first entry" : from.toString()) + " to " + (to == null ? "date" : to.toString());
    }
}
