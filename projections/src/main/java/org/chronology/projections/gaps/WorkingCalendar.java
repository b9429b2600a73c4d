package org.chronology.projections.gaps;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** Working days in England and Wales: weekdays that are not bank holidays (shipped as data, 2010-2030). */
public final class WorkingCalendar {

    private static final String HOLIDAYS = "/calendar/bank-holidays-england-and-wales.txt";
    private final Set<LocalDate> holidays;

    public WorkingCalendar(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public static WorkingCalendar englandAndWales() {
        Set<LocalDate> holidays = new HashSet<>();
        try (InputStream in = WorkingCalendar.class.getResourceAsStream(HOLIDAYS);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> holidays.add(LocalDate.parse(line.substring(0, 10))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkingCalendar(holidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(date);
    }

    /** The date {@code days} working days after {@code date} (before it, when negative). */
    public LocalDate addWorkingDays(LocalDate date, int days) {
        int step = days >= 0 ? 1 : -1;
        LocalDate at = date;
        for (int left = Math.abs(days); left > 0; ) {
            at = at.plusDays(step);
            if (isWorkingDay(at)) {
                left--;
            }
        }
        return at;
    }

    /** Working days after {@code from} up to and including {@code to} (0 when {@code to} is not later). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate at = from.plusDays(1); !at.isAfter(to); at = at.plusDays(1)) {
            if (isWorkingDay(at)) {
                count++;
            }
        }
        return count;
    }
}
