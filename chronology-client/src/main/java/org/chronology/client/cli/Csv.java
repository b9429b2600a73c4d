package org.chronology.client.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** Writes RFC 4180 rows: cells with commas, quotes or line breaks are quoted. */
final class Csv {

    private Csv() {
    }

    static void row(PrintWriter out, List<?> cells) {
        out.print(cells.stream().map(Csv::cell).collect(Collectors.joining(",")));
        out.print("\r\n");
    }

    private static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        return text.matches("(?s).*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
