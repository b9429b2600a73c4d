package org.chronology.core.api.event.details;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.chronology.core.api.event.EntryDetails;
import org.chronology.core.validation.Codes;
import org.chronology.core.validation.FieldErrors;

import java.util.List;
import java.util.Map;

/** The categories of a concern and the agencies it was shared with. Other keys are kept as given. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConcernDetails(List<String> categories, List<String> sharedWith,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements EntryDetails {

    public ConcernDetails {
        other = OtherKeys.copy(other);
    }

    @Override
    public void validate(FieldErrors errors) {
        Codes.checkAgencyCodes(sharedWith, "sharedWith", errors);
    }
}
