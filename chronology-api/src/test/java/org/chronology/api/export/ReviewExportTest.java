package org.chronology.api.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.chronology.api.workspace.Workspace;
import org.chronology.projections.gaps.Category;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.Severity;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.api.workspace.TimelineEntries.entry;

/**
 * A review's table as it publishes it: one row per happening with all its agencies, and beside it the findings
 * with the reviewer's verdicts and notes; a dismissed finding carries its reason into the Word and PDF exports.
 */
class ReviewExportTest {

    private static final String REASON = "the second worker only covered annual leave";

    private final List<JsonNode> entries = List.of(
            entry("CSC", "T-036", "strategy.meeting", "2018-03-14", "2018-03-14", "T-Twin1"),
            entry("POLICE", "P-7", "strategy.meeting", "2018-03-14", "2018-03-14", "T-Twin1"),
            entry("HEALTH", "H-12", "strategy.discussion", "2018-03-14", "2018-03-14", "T-Twin1"),
            entry("CSC", "T-040", "worker.allocated", "2018-04-02", "2018-04-02", "T-Twin1"));
    private final Chronology.ChildFinding turnover = new Chronology.ChildFinding(new Finding("SW_TURNOVER",
            Category.TURNOVER, Severity.MEDIUM, "2018-04-02", LocalDate.of(2018, 4, 2), List.of("CSC"),
            List.of("T-040"), "3 social workers in 90 days"), List.of("T-Twin1"));
    private final Chronology chronology = new Chronology("Family T", List.of("T-Twin1"), LocalDate.of(2017, 9, 1),
            LocalDate.of(2018, 6, 30), LocalDate.of(2018, 6, 30), entries, List.of(turnover))
            .inReview(new Workspace(List.of(
                    new Workspace.Note("note-1", "entry", "POLICE:P-7", null, null, "The father's history was not used",
                            "Rita Reviewer", Instant.EPOCH),
                    new Workspace.Note("note-2", "period", null, LocalDate.of(2018, 5, 1), LocalDate.of(2018, 6, 12),
                            "No record of contact in these six weeks", "Rita Reviewer", Instant.EPOCH)),
                    List.of(), Map.of(turnover.key(), new Workspace.Triage(turnover.key(), "SW_TURNOVER", "dismissed",
                    REASON, "Rita Reviewer", Instant.EPOCH)), List.of()));

    @Test
    void oneStrategyMeetingRecordedByThreeAgenciesIsOneRowWithTheReviewersNoteBesideIt() {
        List<ReviewTable.Row> rows = ReviewTable.rows(chronology);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).month()).isEqualTo("March 2018");
        assertThat(rows.get(0).action()).contains("[T-036]", "[P-7]", "[H-12]");
        assertThat(rows.get(0).agency()).isEqualTo("CSC, POLICE, HEALTH");
        assertThat(rows.get(0).remarks()).isEqualTo("Reviewer's note (Rita Reviewer): The father's history was not used");
        assertThat(rows.get(1).remarks())
                .isEqualTo("Finding SW_TURNOVER: dismissed by Rita Reviewer, because " + REASON);
        assertThat(ReviewTable.findings(chronology).get(0)).last().isEqualTo("dismissed by Rita Reviewer, because " + REASON);
    }

    @Test
    void aDismissedFindingCarriesItsReasonIntoTheWordAndPdfExports() throws IOException {
        String word;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxExport.write(chronology)));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            word = extractor.getText();
        }
        String pdf;
        try (PDDocument doc = Loader.loadPDF(PdfExport.write(chronology))) {
            pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }

        for (String text : List.of(word.replaceAll("\\s+", " "), pdf)) {
            assertThat(text).contains("Findings and reviewer's notes", "dismissed by Rita Reviewer, because " + REASON,
                    "The father's history was not used", "No record of contact in these six weeks",
                    "Reviewer's verdict");
        }
    }

    @Test
    void outsideAReviewTheTableHasNoRemarksColumn() {
        Chronology child = new Chronology("T-Twin1", List.of("T-Twin1"), null, null, LocalDate.of(2018, 6, 30),
                entries, List.of(turnover));

        assertThat(ReviewTable.headings(child)).containsExactly("Month", "Action", "Agency");
        assertThat(ReviewTable.rows(child)).hasSize(4).allSatisfy(row -> assertThat(row.remarks()).isEmpty());
    }
}
