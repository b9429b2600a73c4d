package org.chronology.core.api.event.details;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.chronology.core.api.event.EntryDetails;
import org.chronology.core.validation.Codes;
import org.chronology.core.validation.FieldErrors;

import java.util.List;
import java.util.Map;

/** Whether a discharge planning meeting was held before a hospital discharge. Other keys are kept as given. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DischargeDetails(Boolean planningMeetingHeld,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements EntryDetails {

    public DischargeDetails {
        other = OtherKeys.copy(other);
    }
}
