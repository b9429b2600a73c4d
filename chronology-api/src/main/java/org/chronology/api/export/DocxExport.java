package org.chronology.api.export;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The printable review table as a Word document (.docx, Office Open XML), for pasting into a review report. */
final class DocxExport {

    private DocxExport() {
    }

    static byte[] write(Chronology chronology) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(doc, ReviewTable.heading(chronology), true, 16);
            paragraph(doc, ReviewTable.scope(chronology), false, 10);
            boolean review = ReviewTable.isReview(chronology);
            table(doc, ReviewTable.headings(chronology),
                    ReviewTable.rows(chronology).stream().map(r -> r.cells(review)).toList());
            if (review && !ReviewRemarks.apart(chronology).isEmpty()) {
                paragraph(doc, ReviewRemarks.APART_HEADING, true, 13);
                table(doc, ReviewRemarks.OWN_HEADINGS, ReviewRemarks.apart(chronology));
            }
            paragraph(doc, "Appendix: findings", true, 13);
            List<List<String>> findings = ReviewTable.findings(chronology);
            if (findings.isEmpty()) {
                paragraph(doc, "No gap rule found anything in this period.", false, 10);
            } else {
                table(doc, ReviewTable.findingHeadings(chronology), findings);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, int size) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
    }

    private static void table(XWPFDocument doc, List<String> headings, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, headings.size());
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < headings.size(); c++) {
            cell(header, c, headings.get(c), true);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < headings.size(); c++) {
                cell(table.getRow(r + 1), c, rows.get(r).get(c), false);
            }
        }
    }

    private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
        XWPFParagraph paragraph = row.getCell(column).getParagraphs().get(0);
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(9);
    }
}
