package org.chronology.api.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronology.api.web.Problem;
import org.chronology.core.validation.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One request body of the workspace, read field by field: every field's errors are collected and the request is
 * refused as a whole ({@link #check}) before anything is stored.
 */
final class WorkspaceInput {

    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 2000;

    private final JsonNode body;
    private final List<FieldError> errors = new ArrayList<>();

    WorkspaceInput(JsonNode body) {
        this.body = body;
    }

    /** Plain text of 1 to {@code max} characters (no control characters but line breaks); null if absent and optional. */
    String text(String field, int max, boolean required) {
        JsonNode value = body.path(field);
        if (value.isMissingNode() && !required) {
            return null;
        }
        if (!value.isTextual() || value.textValue().isBlank() || value.textValue().length() > max
                || value.textValue().chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            errors.add(new FieldError(field, "must be plain text of 1-" + max + " characters"));
            return null;
        }
        return value.textValue().strip();
    }

    /** One of {@code codes} (lower case), returned upper case for the enum of that name. */
    String code(String field, List<String> codes) {
        JsonNode value = body.path(field);
        if (!value.isTextual() || !codes.contains(value.textValue())) {
            errors.add(new FieldError(field, "must be one of " + String.join(", ", codes)));
            return null;
        }
        return value.textValue().toUpperCase(Locale.ROOT);
    }

    /** A date YYYY-MM-DD within the review's period. */
    LocalDate date(String field, LocalDate from, LocalDate to) {
        JsonNode value = body.path(field);
        try {
            if (value.isTextual() && value.textValue().matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate date = LocalDate.parse(value.textValue());
                if (!date.isBefore(from) && !date.isAfter(to)) {
                    return date;
                }
            }
        } catch (RuntimeException e) {
            // reported below
        }
        errors.add(new FieldError(field, "must be a date YYYY-MM-DD within the review's period, " + from + " to " + to));
        return null;
    }

    /** {@code min} to {@code max} distinct entry keys ({@code agency:eventId}), each a well-formed key. */
    List<String> entryKeys(String field, int min, int max) {
        JsonNode list = body.path(field);
        Set<String> keys = new LinkedHashSet<>();
        if (list.isArray() && list.size() <= max) {
            list.forEach(item -> keys.add(item.isTextual() && EntryKeys.wellFormed(item.textValue()) ? item.textValue() : ""));
        }
        if (keys.contains("") || keys.size() < min || keys.size() > max) {
            errors.add(new FieldError(field, "must list " + min + "-" + max + " distinct entries as agency:eventId"));
            return List.of();
        }
        return List.copyOf(keys);
    }

    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    boolean valid() {
        return errors.isEmpty();
    }

    /** Refuses the request with every error found so far. */
    void check(String what) {
        if (!errors.isEmpty()) {
            throw Problem.invalid(what + " is not valid.", List.copyOf(errors));
        }
    }
}
