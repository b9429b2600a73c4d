package org.chronology.api.export;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The printable review table as PDF: the table written as XHTML and laid out by openhtmltopdf, on landscape
 * A4 with the heading row repeated on every page, then the findings appendix.
 */
final class PdfExport {

    private static final String STYLE = """
            @page { size: A4 landscape; margin: 14mm;
                    @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif; } }
            body { font-family: sans-serif; font-size: 9.5pt; color: #111; }
            h1 { font-size: 15pt; margin: 0 0 4pt 0; }
            h2 { font-size: 12pt; margin: 14pt 0 4pt 0; page-break-before: always; }
            p.scope { margin: 0 0 8pt 0; }
            table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }
            thead { display: table-header-group; }
            th { background: #dde4ee; text-align: left; }
            th, td { border: 0.5pt solid #555; padding: 3pt 4pt; vertical-align: top; }
            tr { page-break-inside: avoid; }
            td.month { width: 16%; font-weight: bold; }
            td.agency { width: 14%; }
            td.remarks { width: 30%; font-size: 8.5pt; }
            h3 { font-size: 11pt; margin: 12pt 0 4pt 0; }
            td.short { width: 8%; }
            """;

    private PdfExport() {
    }

    static byte[] write(Chronology chronology) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(ReviewTable.heading(chronology))).append("</title><style>").append(STYLE)
                .append("</style></head><body><h1>").append(escape(ReviewTable.heading(chronology)))
                .append("</h1><p class=\"scope\">").append(escape(ReviewTable.scope(chronology))).append("</p>");
        boolean review = ReviewTable.isReview(chronology);
        html.append("<table><thead>");
        headings(html, ReviewTable.headings(chronology));
        html.append("</thead><tbody>");
        for (ReviewTable.Row row : ReviewTable.rows(chronology)) {
            html.append("<tr><td class=\"month\">").append(escape(row.month())).append("</td><td>")
                    .append(escape(row.action())).append("</td><td class=\"agency\">").append(escape(row.agency()))
                    .append("</td>");
            if (review) {
                html.append("<td class=\"remarks\">").append(escape(row.remarks())).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        List<List<String>> apart = review ? ReviewRemarks.apart(chronology) : List.of();
        if (!apart.isEmpty()) {
            html.append("<h3>").append(escape(ReviewRemarks.APART_HEADING)).append("</h3><table><thead>");
            headings(html, ReviewRemarks.OWN_HEADINGS);
            html.append("</thead><tbody>");
            apart.forEach(row -> {
                html.append("<tr>");
                row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
                html.append("</tr>");
            });
            html.append("</tbody></table>");
        }
        html.append("<h2>Appendix: findings</h2>");
        List<List<String>> findings = ReviewTable.findings(chronology);
        if (findings.isEmpty()) {
            html.append("<p>No gap rule found anything in this period.</p>");
        } else {
            html.append("<table><thead>");
            headings(html, ReviewTable.findingHeadings(chronology));
            html.append("</thead><tbody>");
            for (List<String> finding : findings) {
                html.append("<tr>");
                // Every column but the rule, the explanation and a verdict holds short values: keep them narrow.
                for (int i = 0; i < finding.size(); i++) {
                    html.append(i == 1 || i >= 6 ? "<td>" : "<td class=\"short\">")
                            .append(escape(finding.get(i))).append("</td>");
                }
                html.append("</tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("</body></html>");
        return render(html.toString());
    }

    private static void headings(StringBuilder html, List<String> headings) {
        html.append("<tr>");
        headings.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr>");
    }

    private static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** XML text escaping, and control characters (which XML forbids) dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
