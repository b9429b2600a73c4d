package org.chronology.core.api.event.details;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.chronology.core.api.event.EntryDetails;
import org.chronology.core.validation.Codes;
import org.chronology.core.validation.FieldErrors;

import java.util.List;
import java.util.Map;

/** The health services between which care was handed over. Other keys are kept as given. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HandoverDetails(String fromService, String toService,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements EntryDetails {

    public HandoverDetails {
        other = OtherKeys.copy(other);
    }
}
