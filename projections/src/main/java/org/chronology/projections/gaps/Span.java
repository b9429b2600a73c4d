package org.chronology.projections.gaps;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length of time in a rule parameter: {@code 90d} calendar days, {@code 5wd} working days, {@code 7m}
 * months, {@code 1y} years or {@code 24h} (a calendar day: the record keeps dates, not hours).
 */
public record Span(int amount, Unit unit) {

    public enum Unit {
        CALENDAR_DAYS("d"), WORKING_DAYS("wd"), MONTHS("m"), YEARS("y");

        private final String suffix;

        Unit(String suffix) {
            this.suffix = suffix;
        }
    }

    private static final Pattern FORM = Pattern.compile("(\\d{1,4})(wd|d|m|y|h)");

    public static Span parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a span such as 90d, 5wd, 7m, 1y or 24h");
        }
        int amount = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
            case "wd" -> new Span(amount, Unit.WORKING_DAYS);
            case "m" -> new Span(amount, Unit.MONTHS);
            case "y" -> new Span(amount, Unit.YEARS);
            case "h" -> new Span(Math.max(1, (amount + 23) / 24), Unit.CALENDAR_DAYS);
            default -> new Span(amount, Unit.CALENDAR_DAYS);
        };
    }

    /** The last day still within the span that starts on {@code start}. */
    public LocalDate after(LocalDate start, WorkingCalendar calendar) {
        return switch (unit) {
            case CALENDAR_DAYS -> start.plusDays(amount);
            case WORKING_DAYS -> calendar.addWorkingDays(start, amount);
            case MONTHS -> start.plusMonths(amount);
            case YEARS -> start.plusYears(amount);
        };
    }

    /** The first day of the span that ends on {@code end}. */
    public LocalDate before(LocalDate end, WorkingCalendar calendar) {
        return switch (unit) {
            case CALENDAR_DAYS -> end.minusDays(amount);
            case WORKING_DAYS -> calendar.addWorkingDays(end, -amount);
            case MONTHS -> end.minusMonths(amount);
            case YEARS -> end.minusYears(amount);
        };
    }

    @Override
    public String toString() {
        return amount + unit.suffix;
    }

    /** How a reviewer reads it: "5 working days". */
    public String describe() {
        return amount + switch (unit) {
            case CALENDAR_DAYS -> amount == 1 ? " day" : " days";
            case WORKING_DAYS -> amount == 1 ? " working day" : " working days";
            case MONTHS -> amount == 1 ? " month" : " months";
            case YEARS -> amount == 1 ? " year" : " years";
        };
    }
}
