package org.chronology.core.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.chronology.core.validation.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * One fact a type's details can hold.
 *
 * @param codes the values of a coded field ({@code code} or {@code codes}); {@code null} otherwise
 */
public record Field(String name, FieldKind kind, String description, CodeList codes) {

    /**
     * The outcome of reading a given value.
     *
     * @param value    the canonical value, {@code null} when nothing of it could be read
     * @param warnings what was read otherwise than given, or not read at all
     */
    public record Read(JsonNode value, List<FieldError> warnings) {
    }

    /** Reads a given (non-null) value; a single value where a list is expected reads as a list of one. */
    public Read read(JsonNode given) {
        List<FieldError> warnings = new ArrayList<>();
        if (kind.element() == null) {
            return new Read(readOne(kind, given, name, warnings), warnings);
        }
        ArrayNode values = JsonNodeFactory.instance.arrayNode();
        if (given.isArray()) {
            for (int i = 0; i < given.size(); i++) {
                addOnce(values, readOne(kind.element(), given.get(i), name + "[" + i + "]", warnings));
            }
        } else {
            addOnce(values, readOne(kind.element(), given, name, warnings));
        }
        boolean nothingRead = values.isEmpty() && !(given.isArray() && given.isEmpty());
        return new Read(nothingRead ? null : values, warnings);
    }

    private JsonNode readOne(FieldKind as, JsonNode given, String at, List<FieldError> warnings) {
        FieldKind.Scalar read = as.read(given, codes);
        if (read.value() == null) {
            warnings.add(new FieldError(at, shown(given) + " kept as given and read as unknown: " + read.problem()));
        } else if (!read.value().equals(given)) {
            warnings.add(new FieldError(at, shown(given) + " read as " + read.value()));
        }
        return read.value();
    }

    private static void addOnce(ArrayNode values, JsonNode value) {
        if (value != null && !contains(values, value)) {
            values.add(value);
        }
    }

    private static boolean contains(ArrayNode values, JsonNode value) {
        for (JsonNode v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** The given value as the warning quotes it: short, and without control characters. */
    private static String shown(JsonNode given) {
        String text = given.toString();
        String shortened = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return shortened.replaceAll("\\p{Cntrl}", "?");
    }
}
