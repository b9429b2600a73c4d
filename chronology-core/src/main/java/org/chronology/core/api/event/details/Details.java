package org.chronology.core.api.event.details;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The type-specific details of an entry as stored: each field of the type's vocabulary holds its canonical
 * value (absent when the given value could not be read), {@value #AS_GIVEN} holds every value stored otherwise
 * than the agency gave it, and keys the vocabulary does not know are kept as given. Values may be {@code null}.
 */
public record Details(Map<String, Object> values) {

    /** The key under which the given form of every value read otherwise is kept. */
    public static final String AS_GIVEN = "asGiven";
    public static final Details NONE = new Details(Map.of());

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Details {
        values = values == null || values.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    @JsonValue
    @Override
    public Map<String, Object> values() {
        return values;
    }

    /** The text of a field; {@code null} when absent or not text. */
    public String text(String field) {
        return values.get(field) instanceof String text ? text : null;
    }

    /** The texts of a list field; empty when absent. */
    public List<String> strings(String field) {
        List<String> strings = new ArrayList<>();
        if (values.get(field) instanceof List<?> list) {
            list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(strings::add);
        }
        return strings;
    }
}
