package org.chronology.client.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Left-aligned columns for the terminal; a cell longer than its column's limit is cut with an ellipsis. */
final class Table {

    private final List<String> headings;
    private final int[] limits;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param limits the widest each column may be, 0 for no limit */
    Table(List<String> headings, int... limits) {
        this.headings = headings;
        this.limits = limits.length == 0 ? new int[headings.size()] : limits;
    }

    Table row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i] == null ? "" : cells[i].toString().replaceAll("\\s+", " ").strip();
            int limit = limits[i];
            row.add(limit > 0 && cell.length() > limit ? cell.substring(0, limit - 1) + "…" : cell);
        }
        rows.add(row);
        return this;
    }

    void print(PrintWriter out) {
        int[] widths = new int[headings.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headings.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        line(out, headings, widths);
        rows.forEach(row -> line(out, row, widths));
        out.flush();
    }

    private static void line(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(i == cells.size() - 1 ? cells.get(i) : String.format("%-" + widths[i] + "s  ", cells.get(i)));
        }
        out.println(line.toString().stripTrailing());
    }
}
