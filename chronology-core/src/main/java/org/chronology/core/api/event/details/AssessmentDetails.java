package org.chronology.core.api.event.details;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.chronology.core.api.event.EntryDetails;
import org.chronology.core.validation.Codes;
import org.chronology.core.validation.FieldErrors;

import java.util.List;
import java.util.Map;

/** The kind of assessment and the agencies that contributed to it. Other keys are kept as given. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentDetails(String kind, List<String> contributors,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements EntryDetails {

    public AssessmentDetails {
        other = OtherKeys.copy(other);
    }

    @Override
    public void validate(FieldErrors errors) {
        Codes.checkAgencyCodes(contributors, "contributors", errors);
    }
}
