package org.chronology.core.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.core.api.event.details.Details;
import org.chronology.core.validation.FieldError;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The facts one event type's details can hold, and how a given details object is read against them. */
public record TypeVocabulary(String type, String description, List<Field> fields) {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    public TypeVocabulary {
        fields = List.copyOf(fields);
    }

    /**
     * The details as given, read: a known field holds its canonical value, or is left out when nothing of
     * it could be read; every value stored otherwise than given is kept, as given, under {@code asGiven};
     * keys the vocabulary does not know are kept as they are.
     *
     * @param warnings one per value read otherwise than given or not read, paths relative to {@code details}
     */
    public record Reading(Details details, List<FieldError> warnings) {
    }

    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public Reading read(Map<String, Object> given) {
        if (given == null || given.isEmpty()) {
            return new Reading(Details.NONE, List.of());
        }
        ObjectNode read = MAPPER.createObjectNode();
        ObjectNode asGiven = MAPPER.createObjectNode();
        List<FieldError> warnings = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = MAPPER.valueToTree(given).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            Optional<Field> field = field(key);
            if (key.equals(Details.AS_GIVEN)) {
                asGiven.set(key, value);
                warnings.add(new FieldError(key, "is where the service keeps values as given: yours is under asGiven.asGiven"));
            } else if (field.isEmpty() || value.isNull()) {
                read.set(key, value);
            } else {
                Field.Read reading = field.get().read(value);
                warnings.addAll(reading.warnings());
                if (reading.value() != null) {
                    read.set(key, reading.value());
                }
                if (!value.equals(reading.value())) {
                    asGiven.set(key, value);
                }
            }
        }
        if (!asGiven.isEmpty()) {
            read.set(Details.AS_GIVEN, asGiven);
        }
        Map<String, Object> values = MAPPER.convertValue(read, MAPPER.getTypeFactory()
                .constructMapType(LinkedHashMap.class, String.class, Object.class));
        return new Reading(new Details(values), warnings);
    }
}
