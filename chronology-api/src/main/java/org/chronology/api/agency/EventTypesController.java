package org.chronology.api.agency;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.media.Schema;
import org.chronology.core.vocabulary.Field;
import org.chronology.core.vocabulary.JsonSchema;
import org.chronology.core.vocabulary.Vocabulary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The event catalogue with the vocabulary of facts each type's details hold, as JSON Schema. */
@RestController
class EventTypesController {

    /** @param typedDetails the names of the fields the service reads, for clients that need no more */
    record EventTypeView(String type, String description, List<String> typedDetails,
                         @Schema(description = "The type's details as a JSON Schema document",
                                 additionalProperties = Schema.AdditionalPropertiesValue.TRUE) ObjectNode schema) {
    }

    @GetMapping("/api/v1/event-types")
    List<EventTypeView> eventTypes() {
        return Vocabulary.all().stream().map(type -> new EventTypeView(type.type(), type.description(),
                type.fields().stream().map(Field::name).toList(), JsonSchema.of(type))).toList();
    }
}
