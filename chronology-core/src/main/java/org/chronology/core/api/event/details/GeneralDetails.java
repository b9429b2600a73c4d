package org.chronology.core.api.event.details;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.chronology.core.api.event.EntryDetails;

import java.util.Map;

/** Details of a type whose keys no rule reads: all kept as given. */
public record GeneralDetails(Map<String, Object> other) implements EntryDetails {

    public static final GeneralDetails NONE = new GeneralDetails(Map.of());

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public GeneralDetails {
        other = OtherKeys.copy(other);
    }

    @JsonValue
    @Override
    public Map<String, Object> other() {
        return other;
    }
}
