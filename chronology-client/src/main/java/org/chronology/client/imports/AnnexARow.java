package org.chronology.client.imports;

import org.chronology.client.api.FieldError;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One Annex A row by column, reading its dates and yes/no answers and collecting what is wrong with them. */
final class AnnexARow {

    /** The guidance's dd/mm/yyyy, as well as ISO dates and spreadsheet exports that add a midnight time. */
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T]00:00(?::00)?)?");
    private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[ T]00:00(?::00)?)?");

    private final Map<AnnexAField, String> cells;
    private final List<FieldError> problems = new ArrayList<>();

    AnnexARow(Map<AnnexAField, String> cells) {
        this.cells = cells;
    }

    List<FieldError> problems() {
        return problems;
    }

    /** The trimmed cell, or null when the column is absent or the cell blank. */
    String text(AnnexAField field) {
        String value = cells.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The cell as an ISO date {@code YYYY-MM-DD}, or null when blank (a problem when {@code required}). */
    String date(AnnexAField field, boolean required) {
        String value = text(field);
        if (value == null) {
            if (required) {
                problems.add(new FieldError(field.title(), "is required"));
            }
            return null;
        }
        try {
            Matcher dayFirst = DAY_FIRST.matcher(value);
            if (dayFirst.matches()) {
                return LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1))).format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return LocalDate.parse(iso.group(1)).toString();
            }
        } catch (DateTimeException e) {
            // reported below
        }
        problems.add(new FieldError(field.title(), "'" + value + "' is not a date dd/mm/yyyy"));
        return null;
    }

    /**
     * A yes/no/unknown answer as the lists code it ({@code a) Yes}, {@code Y}, {@code No}, {@code c) Unknown}),
     * or null when blank.
     */
    String answer(AnnexAField field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("y") || lower.startsWith("a)")) {
            return "yes";
        }
        if (lower.startsWith("n") || lower.startsWith("b)")) {
            return "no";
        }
        if (lower.startsWith("unk") || lower.startsWith("c)")) {
            return "unknown";
        }
        problems.add(new FieldError(field.title(), "'" + value + "' is not Yes, No or Unknown"));
        return null;
    }
}
