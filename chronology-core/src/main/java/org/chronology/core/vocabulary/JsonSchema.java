package org.chronology.core.vocabulary;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.core.api.event.details.Details;

/**
 * A type's vocabulary as a JSON Schema (draft 2020-12). It describes what the service reads; recording is
 * more tolerant than the schema: a value it does not match is kept as given and answered with a warning.
 */
public final class JsonSchema {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private JsonSchema() {
    }

    public static ObjectNode of(TypeVocabulary type) {
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", type.type());
        schema.put("description", type.description());
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        type.fields().forEach(field -> properties.set(field.name(), property(field)));
        properties.putObject(Details.AS_GIVEN).put("type", "object").put("readOnly", true).put("description",
                "Set by the service: each value it stored otherwise than given (a synonym, or a value it could not"
                        + " read), as given");
        schema.put("additionalProperties", true);
        return schema;
    }

    private static ObjectNode property(Field field) {
        ObjectNode property = JSON.objectNode();
        FieldKind one = field.kind().element() == null ? field.kind() : field.kind().element();
        ObjectNode value = property;
        if (field.kind().element() != null) {
            property.put("type", "array");
            value = property.putObject("items");
        }
        value.put("type", one.schemaType());
        one.schemaConstraint().forEach(value::put);
        if (field.codes() != null) {
            field.codes().values().keySet().forEach(value.putArray("enum")::add);
            ObjectNode synonyms = property.putObject("x-synonyms");
            field.codes().synonyms().forEach(synonyms::put);
        }
        property.put("x-kind", field.kind().code());
        property.put("description", field.description());
        return property;
    }
}
