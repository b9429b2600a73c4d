package org.chronology.api.web;

import org.chronology.core.validation.Codes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Parses query and path parameters, refusing bad ones with a problem that names them. */
public final class QueryParameters {

    private static final int LATEST_YEAR = 9999;

    private QueryParameters() {
    }

    public static String personId(String name, String value) {
        if (value == null || !Codes.PERSON_ID.matcher(value).matches()) {
            throw Problem.invalid(name, "must be 1-64 characters A-Z a-z 0-9 . _ : -");
        }
        return value;
    }

    public static String agency(String name, String value) {
        if (value != null && !Codes.isAgencyCode(value)) {
            throw Problem.invalid(name, "must be an agency code of 2-32 characters A-Z, 0-9 and -");
        }
        return value;
    }

    public static List<String> agencies(String name, List<String> values) {
        if (values == null) {
            return List.of();
        }
        values.forEach(value -> agency(name, value));
        return values;
    }

    public static List<String> types(String name, List<String> values) {
        if (values == null) {
            return List.of();
        }
        for (String value : values) {
            if (!value.matches("[a-z0-9_.]{1,64}")) {
                throw Problem.invalid(name, "must be an event type such as strategy.meeting");
            }
        }
        return values;
    }

    public static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Problem.invalid(name, "must be a date YYYY-MM-DD");
        }
    }

    /** An instant, or a date meaning the end of that day (UTC): "as things stood on that day". */
    public static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1000);
            }
            OffsetDateTime instant = OffsetDateTime.parse(value);
            if (instant.getYear() < 1 || instant.getYear() > LATEST_YEAR) {
                // A database timestamp holds neither; such an instant would fail the read rather than answer it.
                throw Problem.invalid(name, "must be an instant between the years 1 and " + LATEST_YEAR);
            }
            return instant.toInstant();
        } catch (DateTimeParseException e) {
            throw Problem.invalid(name, "must be an ISO-8601 instant with offset, or a date YYYY-MM-DD");
        }
    }

    public static void ordered(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw Problem.invalid("from", "must not be after to");
        }
    }
}
