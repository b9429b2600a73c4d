package org.chronology.core.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.chronology.core.api.event.EntryDetails;
import org.chronology.core.api.event.EventType;
import org.chronology.core.api.event.details.GeneralDetails;

import java.util.Map;

/** Binds a {@code details} object to the typed details of its event type, strictly: no coercion of scalars. */
public final class DetailsBinder {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .build();

    private DetailsBinder() {
    }

    /** @return the typed details, or {@code null} with the problems added to {@code errors} */
    public static EntryDetails bind(EventType type, Map<String, Object> details, FieldErrors errors) {
        if (details == null) {
            return type.detailsType() == GeneralDetails.class ? GeneralDetails.NONE : bindOrNull(type, Map.of(), errors);
        }
        return bindOrNull(type, details, errors);
    }

    private static EntryDetails bindOrNull(EventType type, Map<String, Object> details, FieldErrors errors) {
        EntryDetails bound;
        try {
            bound = STRICT.convertValue(details, type.detailsType());
        } catch (IllegalArgumentException e) {
            errors.add(pathOf(e.getCause()), messageOf(e.getCause()));
            return null;
        }
        bound.validate(errors);
        return bound;
    }

    private static String pathOf(Throwable cause) {
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path.toString();
        }
        return "";
    }

    private static String messageOf(Throwable cause) {
        if (cause instanceof JsonMappingException mapping && mapping.getCause() instanceof IllegalArgumentException iae) {
            return iae.getMessage();
        }
        if (cause instanceof JsonProcessingException processing) {
            String message = processing.getOriginalMessage();
            // Jackson names Java types; say what the caller must send instead.
            if (message.contains("java.util.List") || message.contains("ArrayList")) {
                return "must be an array";
            }
            if (message.contains("java.lang.Boolean") || message.contains("boolean")) {
                return "must be true or false";
            }
            if (message.contains("java.lang.String")) {
                return "must be a string";
            }
            return "has the wrong type or value";
        }
        return "is not valid";
    }
}
