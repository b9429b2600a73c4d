package org.chronology.core.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.chronology.core.validation.Codes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** What a details field holds, how a given value is read as it, and how JSON Schema describes it. */
public enum FieldKind {
    TEXT(null), CODE(null), AGENCY(null), PERSON(null), EVENT(null), DATE(null), INSTANT(null), INTEGER(null),
    BOOLEAN(null), CODES(CODE), AGENCIES(AGENCY), PERSONS(PERSON), EVENTS(EVENT);

    private static final Pattern DATE_FORM = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Map<String, Boolean> YES_NO = Map.of("true", true, "yes", true, "y", true,
            "false", false, "no", false, "n", false);

    private final FieldKind element;

    FieldKind(FieldKind element) {
        this.element = element;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FieldKind of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** The kind of each element of a list kind, or {@code null} for a single value. */
    public FieldKind element() {
        return element;
    }

    /** The outcome of reading one given value: the canonical value, or why there is none. */
    record Scalar(JsonNode value, String problem) {
    }

    /** Reads one value of a single-value kind. */
    Scalar read(JsonNode given, CodeList codes) {
        String text = given.isTextual() ? given.textValue().strip() : null;
        return switch (this) {
            case TEXT -> text != null && !text.isEmpty() ? ok(given) : unread("expected text");
            case CODE -> text == null ? unread("expected one of: " + String.join(", ", codes.values().keySet()))
                    : codes.canonical(text).map(c -> ok(TextNode.valueOf(c)))
                    .orElseGet(() -> unread("not in the vocabulary (" + String.join(", ", codes.values().keySet()) + ")"));
            case AGENCY -> text != null && Codes.isAgencyCode(text.toUpperCase(Locale.ROOT))
                    ? ok(TextNode.valueOf(text.toUpperCase(Locale.ROOT)))
                    : unread("expected an agency code of 2-32 characters A-Z, 0-9 and -");
            case PERSON -> syntax(text, Codes.PERSON_ID, "expected a person id of 1-64 characters A-Z a-z 0-9 . _ : -");
            case EVENT -> syntax(text, Codes.EVENT_ID, "expected an eventId of 1-128 characters A-Z a-z 0-9 . _ : -");
            case DATE -> text != null && isDate(text) ? ok(TextNode.valueOf(text)) : unread("expected a date YYYY-MM-DD");
            case INSTANT -> text != null && (isDate(text) || isInstant(text)) ? ok(TextNode.valueOf(text))
                    : unread("expected a date or an ISO-8601 date-time with offset");
            case INTEGER -> integer(given, text);
            case BOOLEAN -> given.isBoolean() ? ok(given) : text != null && YES_NO.containsKey(text.toLowerCase(Locale.ROOT))
                    ? ok(BooleanNode.valueOf(YES_NO.get(text.toLowerCase(Locale.ROOT)))) : unread("expected true or false");
            default -> throw new IllegalStateException(this + " is a list kind");
        };
    }

    /** The JSON Schema type of one value of a single-value kind. */
    String schemaType() {
        return switch (this) {
            case INTEGER -> "integer";
            case BOOLEAN -> "boolean";
            default -> "string";
        };
    }

    /** The JSON Schema format or pattern that says more than the type, if any. */
    Map<String, String> schemaConstraint() {
        return switch (this) {
            case AGENCY -> Map.of("pattern", "^" + Codes.AGENCY_CODE.pattern() + "$");
            case PERSON -> Map.of("pattern", "^" + Codes.PERSON_ID.pattern() + "$");
            case EVENT -> Map.of("pattern", "^" + Codes.EVENT_ID.pattern() + "$");
            case DATE -> Map.of("format", "date");
            case INSTANT -> Map.of("format", "date-time");
            default -> Map.of();
        };
    }

    private static Scalar integer(JsonNode given, String text) {
        if (given.isIntegralNumber() && given.canConvertToInt()) {
            return ok(given);
        }
        if (text != null && text.matches("-?\\d{1,9}")) {
            return ok(IntNode.valueOf(Integer.parseInt(text)));
        }
        return unread("expected a whole number");
    }

    private static Scalar syntax(String text, Pattern syntax, String expected) {
        return text != null && syntax.matcher(text).matches() ? ok(TextNode.valueOf(text)) : unread(expected);
    }

    private static boolean isDate(String text) {
        if (!DATE_FORM.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text.length() == 4 ? text + "-01-01" : text.length() == 7 ? text + "-01" : text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isInstant(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Scalar ok(JsonNode value) {
        return new Scalar(value, null);
    }

    private static Scalar unread(String problem) {
        return new Scalar(null, problem);
    }
}
