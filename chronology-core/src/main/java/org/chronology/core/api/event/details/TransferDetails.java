package org.chronology.core.api.event.details;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.chronology.core.api.event.EntryDetails;
import org.chronology.core.validation.Codes;
import org.chronology.core.validation.FieldErrors;

import java.util.List;
import java.util.Map;

/** Whether a transfer crossed a local authority boundary, and between which areas. Other keys are kept as given. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransferDetails(Boolean crossArea, String fromArea, String toArea,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements EntryDetails {

    public TransferDetails {
        other = OtherKeys.copy(other);
    }
}
