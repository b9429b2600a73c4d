package org.chronology.api.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a JSON answer is what its schema describes: the types, the required fields, the values of an enum, and
 * no field the schema does not name. An object schema naming no fields describes only an empty object, so a
 * generic {@code {"type": "object"}} passes no answer with fields. A map is described by its values' schema
 * ({@code additionalProperties}); a schema open on purpose says {@code additionalProperties: true}, as springdoc
 * writes {@code {}} for a {@code Map<String, Object>}'s values. A null passes anywhere: the service writes every
 * component of a record, null or not.
 */
final class SchemaCheck {

    private static final String REF = "#/components/schemas/";
    private final JsonNode schemas;

    SchemaCheck(JsonNode schemas) {
        this.schemas = schemas;
    }

    /** Throws an {@link AssertionError} naming where in {@code value} (a JSON path from $) it departs from {@code schema}. */
    void check(JsonNode schema, JsonNode value, String at) {
        JsonNode described = resolve(schema);
        if (value.isNull()) {
            return;
        }
        if (described.has("allOf")) {
            described.get("allOf").forEach(part -> check(part, value, at));
        }
        for (String choice : List.of("oneOf", "anyOf")) {
            if (described.has(choice)) {
                checkAny(described.get(choice), value, at);
            }
        }
        Set<String> types = types(described);
        if (types.isEmpty()) {
            if (described.has("allOf") || described.has("oneOf") || described.has("anyOf")) {
                return;
            }
            throw new AssertionError(at + " is " + kind(value) + ", which the document does not describe: " + described);
        }
        if (!types.contains(kind(value)) && !(kind(value).equals("integer") && types.contains("number"))) {
            throw new AssertionError(at + " is " + kind(value) + ", where the document says " + types + ": " + value);
        }
        if (described.has("enum") && value.isTextual() && !texts(described.get("enum")).contains(value.asText())) {
            throw new AssertionError(at + " is '" + value.asText() + "', not one of " + described.get("enum"));
        }
        if (value.isObject()) {
            checkObject(described, value, at);
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                if (!described.has("items")) {
                    throw new AssertionError(at + " has items, which the document does not describe");
                }
                check(described.get("items"), value.get(i), at + "[" + i + "]");
            }
        }
    }

    private void checkObject(JsonNode schema, JsonNode value, String at) {
        schema.path("required").forEach(field -> {
            if (!value.has(field.asText())) {
                throw new AssertionError(at + " without the required field " + field.asText() + ": " + value);
            }
        });
        JsonNode properties = schema.path("properties");
        JsonNode more = schema.path("additionalProperties");
        value.fields().forEachRemaining(field -> {
            String path = at + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), path);
            } else if (more.isObject() && !more.isEmpty()) {
                check(more, field.getValue(), path);
            } else if (!more.isObject() && !more.asBoolean(false)) {
                List<String> named = new ArrayList<>();
                properties.fieldNames().forEachRemaining(named::add);
                throw new AssertionError(path + " is a field its schema does not describe (it names " + named + ")");
            }
        });
    }

    private void checkAny(JsonNode choices, JsonNode value, String at) {
        List<String> misses = new ArrayList<>();
        for (JsonNode choice : choices) {
            try {
                check(choice, value, at);
                return;
            } catch (AssertionError miss) {
                misses.add(miss.getMessage());
            }
        }
        throw new AssertionError(at + " matches none of its schema's choices: " + misses);
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.path("$ref").asText("").startsWith(REF)) {
            resolved = schemas.path(resolved.get("$ref").asText().substring(REF.length()));
        }
        return resolved;
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        Set<String> types = new TreeSet<>(type.isArray() ? texts(type) : type.isTextual() ? List.of(type.asText()) : List.of());
        if (types.isEmpty() && schema.has("properties")) {
            types.add("object");
        }
        return types;
    }

    private static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case OBJECT -> "object";
            case ARRAY -> "array";
            case STRING -> "string";
            case BOOLEAN -> "boolean";
            case NUMBER -> value.isIntegralNumber() ? "integer" : "number";
            default -> value.getNodeType().name().toLowerCase();
        };
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
