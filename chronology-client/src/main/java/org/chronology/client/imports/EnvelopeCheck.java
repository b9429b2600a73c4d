package org.chronology.client.imports;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronology.client.api.FieldError;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks of the contract that need no server: required fields, id syntax, dates and list syntax. An
 * event that passes may still be refused by the service (an unknown type or agency, details of the wrong
 * shape), but one that fails would certainly be, so a dry run finds these problems without sending anything.
 */
public final class EnvelopeCheck {

    public static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    public static final Pattern PERSON_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    public static final Pattern AGENCY_CODE = Pattern.compile("[A-Z0-9-]{2,32}");
    private static final Pattern TYPE = Pattern.compile("[a-z0-9_]{1,32}(\\.[a-z0-9_]{1,32}){1,3}");
    private static final Pattern ROLE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final int MAX_SUMMARY = 4_000;
    private static final int MAX_LIST = 100;

    private final Clock clock;

    public EnvelopeCheck(Clock clock) {
        this.clock = clock;
    }

    /** @return every problem found, empty when the envelope looks sendable */
    public List<FieldError> problems(JsonNode event) {
        List<FieldError> errors = new ArrayList<>();
        if (event == null || !event.isObject()) {
            errors.add(new FieldError("", "each event must be a JSON object"));
            return errors;
        }
        LocalDate latest = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
        text(event, "eventId", true, EVENT_ID, "must be 1-128 characters A-Z a-z 0-9 . _ : -", errors);
        String type = text(event, "type", true, TYPE, "must be an event type such as strategy.meeting", errors);
        text(event, "recordingAgency", true, AGENCY_CODE, "must be an agency code of 2-32 characters A-Z, 0-9 and -",
                errors);
        text(event, "actingAgency", false, AGENCY_CODE, "must be an agency code of 2-32 characters A-Z, 0-9 and -",
                errors);
        boolean revision = "entry.corrected".equals(type) || "entry.retracted".equals(type);
        dates(event, latest, !revision, errors);
        ids(event, "children", !revision, PERSON_ID, "must be an id of 1-64 characters A-Z a-z 0-9 . _ : -", errors);
        ids(event, "adults", false, PERSON_ID, "must be an id of 1-64 characters A-Z a-z 0-9 . _ : -", errors);
        ids(event, "knownTo", false, AGENCY_CODE, "must be an agency code of 2-32 characters A-Z, 0-9 and -", errors);
        worker(event, type, errors);
        String summary = text(event, "summary", true, null, null, errors);
        if (summary != null && (summary.isBlank() || summary.codePointCount(0, summary.length()) > MAX_SUMMARY)) {
            errors.add(new FieldError("summary", "must be 1-" + MAX_SUMMARY + " characters of text"));
        } else if (summary != null && CONTROL.matcher(summary).find()) {
            errors.add(new FieldError("summary", "must be plain text without control characters"));
        }
        JsonNode estimated = event.get("estimated");
        if (estimated != null && !estimated.isNull() && !estimated.isBoolean()) {
            errors.add(new FieldError("estimated", "must be true or false"));
        }
        JsonNode details = event.get("details");
        if (details != null && !details.isNull() && !details.isObject()) {
            errors.add(new FieldError("details", "must be a JSON object"));
        }
        return errors;
    }

    private static String text(JsonNode event, String field, boolean required, Pattern syntax, String message,
                               List<FieldError> errors) {
        JsonNode value = event.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.textValue().isEmpty())) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        if (syntax != null && !syntax.matcher(value.textValue()).matches()) {
            errors.add(new FieldError(field, message));
            return null;
        }
        return value.textValue();
    }

    private static void ids(JsonNode event, String field, boolean required, Pattern syntax, String message,
                            List<FieldError> errors) {
        JsonNode value = event.get(field);
        if (value == null || value.isNull() || (value.isArray() && value.isEmpty())) {
            if (required) {
                errors.add(new FieldError(field, "is required: list at least one id"));
            }
            return;
        }
        if (!value.isArray() || value.size() > MAX_LIST) {
            errors.add(new FieldError(field, "must be a list of at most " + MAX_LIST + " ids"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode id = value.get(i);
            if (!id.isTextual() || !syntax.matcher(id.textValue()).matches()) {
                errors.add(new FieldError(field + "[" + i + "]", message));
            } else if (!seen.add(id.textValue()) && !field.equals("knownTo")) {
                errors.add(new FieldError(field + "[" + i + "]", "repeats '" + id.textValue() + "'"));
            }
        }
    }

    private static void worker(JsonNode event, String type, List<FieldError> errors) {
        JsonNode worker = event.get("worker");
        if (worker == null || worker.isNull()) {
            if (type != null && type.startsWith("worker.")) {
                errors.add(new FieldError("worker", "is required for " + type));
            }
            return;
        }
        if (!worker.isObject()) {
            errors.add(new FieldError("worker", "must be an object {\"id\", \"role\"}"));
            return;
        }
        List<FieldError> inner = new ArrayList<>();
        text(worker, "id", true, PERSON_ID, "must be 1-64 characters A-Z a-z 0-9 . _ : -", inner);
        text(worker, "role", true, ROLE, "must be an upper-case role code such as SOCIAL_WORKER", inner);
        inner.forEach(e -> errors.add(new FieldError("worker." + e.field(), e.message())));
    }

    private static void dates(JsonNode event, LocalDate latest, boolean required, List<FieldError> errors) {
        String occurredAt = text(event, "occurredAt", false, null, null, errors);
        LocalDate notBefore = bound(event, "occurredNotBefore", latest, errors);
        LocalDate notAfter = bound(event, "occurredNotAfter", latest, errors);
        boolean boundsGiven = event.hasNonNull("occurredNotBefore") || event.hasNonNull("occurredNotAfter");
        if (occurredAt == null && !boundsGiven && required && !event.hasNonNull("occurredAt")) {
            errors.add(new FieldError("occurredAt", "is required unless occurredNotBefore or occurredNotAfter is given"));
        }
        if (occurredAt != null) {
            LocalDate start = start(occurredAt);
            if (start == null) {
                errors.add(new FieldError("occurredAt",
                        "must be YYYY, YYYY-MM, YYYY-MM-DD or an ISO-8601 date-time with offset"));
            } else if (start.isBefore(EARLIEST) || start.isAfter(latest)) {
                errors.add(new FieldError("occurredAt", "must lie between 1900-01-01 and today"));
            }
        }
        if (notBefore != null && notAfter != null && notBefore.isAfter(notAfter)) {
            errors.add(new FieldError("occurredNotBefore", "must not be after occurredNotAfter"));
        }
    }

    /** The first day an {@code occurredAt} allows, or null when it is not one of the contract's forms. */
    static LocalDate start(String occurredAt) {
        try {
            if (YEAR.matcher(occurredAt).matches()) {
                return LocalDate.of(Integer.parseInt(occurredAt), 1, 1);
            }
            if (MONTH.matcher(occurredAt).matches()) {
                return YearMonth.parse(occurredAt).atDay(1);
            }
            if (DAY.matcher(occurredAt).matches()) {
                return LocalDate.parse(occurredAt);
            }
            if (occurredAt.length() <= 40 && occurredAt.contains("T")) {
                return OffsetDateTime.parse(occurredAt).toLocalDate();
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static LocalDate bound(JsonNode event, String field, LocalDate latest, List<FieldError> errors) {
        String value = text(event, field, false, null, null, errors);
        if (value == null) {
            return null;
        }
        try {
            if (DAY.matcher(value).matches()) {
                LocalDate date = LocalDate.parse(value);
                if (date.isBefore(EARLIEST) || date.isAfter(latest)) {
                    errors.add(new FieldError(field, "must lie between 1900-01-01 and today"));
                    return null;
                }
                return date;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new FieldError(field, "must be a date YYYY-MM-DD"));
        return null;
    }
}
